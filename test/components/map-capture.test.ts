/**
 * Issue 20: full-page captures (DevTools' "Capture full size screenshot", Puppeteer's fullPage, an
 * archive's crawler) showed the map's sea but not its land. The capture resizes the viewport for one
 * frame, and with `content-visibility: auto` Chromium now and then judged the map, on screen, not
 * relevant in that frame and skipped its content (the sea is the SVG's own background). A map keeps
 * the lazy first draw far below the fold, and once drawn is never skipped again. What the capture
 * paints is not testable here without a pixel test that would pass or fail by chance; what decides it
 * is: whether the browser skips the map's content (`checkVisibility({contentVisibilityAuto: true})`).
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';

import type {FoipMap} from '../../src/foip-map.js';
import {frames} from '../helpers.js';
import {$, map, settled} from './map-fixtures.js';

/** Whether the browser renders the map's land, or skips it as content not relevant to the reader. */
const landRendered = (el: FoipMap) =>
  $<SVGPathElement>(el, 'path.land')!.checkVisibility({contentVisibilityAuto: true});

describe('map rendering in a full-page capture', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('skips a map far below the fold until scrolled near, then keeps rendering it when scrolled away', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 1000px">
        <div style="block-size: ${4 * innerHeight}px"></div>
        ${map()}
        <div style="block-size: ${4 * innerHeight}px"></div>
      </div>`,
    );
    const el = wrapper.querySelector<FoipMap>('foip-map')!;
    await settled(el);
    await frames(3);
    expect(landRendered(el), 'far below the fold: not rendered yet (the lazy first draw)').to.equal(false);

    el.scrollIntoView();
    await waitUntil(() => landRendered(el), 'rendered once scrolled near');
    await settled(el);
    for (const [x, y] of [
      [0, 0],
      [0, document.documentElement.scrollHeight],
    ]) {
      window.scrollTo(x, y);
      await frames(4);
      expect(landRendered(el), `scrolled to ${y}, the map out of sight`).to.equal(true);
    }
  });

  it('keeps rendering a map drawn in view when the page moves it far from the viewport', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 1000px">${map()}</div>`);
    const el = wrapper.querySelector<FoipMap>('foip-map')!;
    await settled(el);
    await waitUntil(() => landRendered(el), 'rendered in view');
    const spacer = document.createElement('div');
    spacer.style.blockSize = `${5 * innerHeight}px`;
    wrapper.prepend(spacer);
    await frames(4);
    expect(landRendered(el), 'five screens down').to.equal(true);
  });
});
