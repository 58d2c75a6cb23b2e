import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';

import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';
import {bundledIndex} from '../../src/data/index.js';
import {nameTypography} from '../../src/components/map/name-widths.js';
import {mapPlaces} from '../../src/layout/map-places.js';
import {captureWarnings, shadow} from '../helpers.js';
import {
  button,
  centre,
  map,
  nameOf,
  optionIds,
  overlaps,
  places,
  press,
  render,
  settled,
  svgOf,
  targetRect,
  desktopViewport,
} from './map-fixtures.js';
import type {Lang} from './map-fixtures.js';

describe('<foip-map>', () => {
  desktopViewport();

  describe('country names', () => {
    const labels = (el: FoipMap) =>
      [...shadow(el).querySelectorAll<SVGTextElement>('.labels text')].map((t) => ({
        text: t.textContent!,
        rect: t.getBoundingClientRect(),
      }));
    const hitRects = (el: FoipMap) =>
      [...shadow(el).querySelectorAll('[role=option] .marker .hit')].map((h) => ({
        iso3: h.closest('[data-country]')!.getAttribute('data-country')!,
        rect: h.getBoundingClientRect(),
      }));

    const box = (r: DOMRect) => `[${[r.left, r.top, r.right, r.bottom].map((v) => v.toFixed(1)).join(' ')}]`;
    /** What a reader sees: names apart, off every marker, inside the map, each a shown country's. */
    function expectLegible(el: FoipMap, lang: Lang, when: string): void {
      const names = labels(el);
      const frame = svgOf(el).getBoundingClientRect();
      const shown = new Map(optionIds(el).map((iso3) => [nameOf(iso3!, lang), iso3]));
      expect(new Set(names.map((n) => n.text)).size, `no name twice ${when}`).to.equal(names.length);
      for (const [i, a] of names.entries()) {
        expect(shown.has(a.text), `${a.text} is a shown country ${when}`).to.be.true;
        // Beside a country in sight: not the name of a marker or point scrolled out of the view.
        const [tx, ty] = centre(targetRect(el, shown.get(a.text)!));
        expect(tx, `${a.text}'s country in sight ${when}`).to.be.within(frame.left, frame.right);
        expect(ty, `${a.text}'s country in sight ${when}`).to.be.within(frame.top, frame.bottom);
        expect(a.rect.left, `${a.text} inside ${when}`).to.be.at.least(frame.left - 0.5);
        expect(a.rect.right, `${a.text} inside ${when}`).to.be.at.most(frame.right + 0.5);
        expect(a.rect.top, `${a.text} inside ${when}`).to.be.at.least(frame.top - 0.5);
        expect(a.rect.bottom, `${a.text} inside ${when}`).to.be.at.most(frame.bottom + 0.5);
        for (const b of names.slice(i + 1)) {
          expect(overlaps(a.rect, b.rect), `${a.text} ${box(a.rect)} and ${b.text} ${box(b.rect)} overlap ${when}`).to
            .be.false;
        }
        for (const hit of hitRects(el)) {
          expect(
            overlaps(a.rect, hit.rect),
            `${a.text} ${box(a.rect)} covers ${hit.iso3}'s marker ${box(hit.rect)} ${when}`,
          ).to.be.false;
        }
      }
    }

    for (const lang of ['en', 'ja'] as const) {
      for (const width of [320, 1000, 1600]) {
        it(`name countries without ever overlapping one another or a marker, at ${width} px (${lang})`, async () => {
          await setViewport({width: Math.max(1200, width + 100), height: 1000});
          try {
            const el = await render({}, lang, width);
            const names = labels(el);
            expect(names.length, 'some names fit').to.be.at.least(width === 320 ? 5 : 20);
            expectLegible(el, lang, `at ${width} px`);
            // The countries with the most initiatives choose their places first. A name stands only
            // where it reads as its country's (map-phone.test.ts): at 320 px none of the three has
            // such a place among the markers of South-East Asia, at 1000 px Malaysia has none (its
            // name would cross Sumatra, Thailand or Brunei).
            const most = [...places].sort((a, b) => b.count - a.count).slice(0, 3);
            const named = most.filter((p) => names.some((n) => n.text === nameOf(p.iso3, lang)));
            if (width > 320)
              expect(named.length, 'the three with most initiatives, mostly named').to.be.at.least(
                width === 1000 ? 2 : 3,
              );
          } finally {
            await setViewport({width: 1200, height: 1000});
          }
        });
      }
    }

    for (const lang of ['en', 'ja'] as const) {
      it(`are measured in the page's own typography: names still apart (${lang})`, async () => {
        // A partner's brand: a serif, tracked out, and names set larger, bolder and in capitals through the part.
        const style = document.createElement('style');
        style.textContent = `
          .brand { --foip-font-family: 'DejaVu Serif', 'Liberation Serif', serif; letter-spacing: 0.12em; word-spacing: 0.3em; }
          .brand foip-map::part(labels) { font-size: 15px; font-weight: 800; text-transform: uppercase; }`;
        document.head.append(style);
        try {
          const wrapper = await fixture<HTMLElement>(
            html`<div class="brand" lang=${lang} style="inline-size: 1000px">${map()}</div>`,
          );
          const el = wrapper.querySelector<FoipMap>('foip-map')!;
          await settled(el);
          const names = labels(el);
          expect(names.length, 'some names fit').to.be.at.least(12);
          expect(getComputedStyle(shadow(el).querySelector('.labels text')!).fontSize).to.equal('15px');
          expectLegible(el, lang, 'in the brand typography');
        } finally {
          style.remove();
        }
      });
    }

    it('read spacing as drawn: a percentage of the font size as its pixels; calc() kept apart too', async () => {
      const namesWith = async (css: string) => {
        const style = document.createElement('style');
        style.textContent = `foip-map::part(labels) { font-size: 12px; ${css} }`;
        document.head.append(style);
        try {
          const el = await render();
          expectLegible(el, 'en', `with ${css}`);
          const names = labels(el).map((n) => n.text);
          // Out of the page: the next map is drawn where this one was, not below the fold (waiting).
          el.remove();
          return names;
        } finally {
          style.remove();
        }
      };
      // 25 % of 12 px is 3 px: the same names, placed the same.
      const px = await namesWith('letter-spacing: 3px; word-spacing: 6px;');
      expect(px.length, 'names fit').to.be.at.least(12);
      expect(await namesWith('letter-spacing: 25%; word-spacing: 50%;')).to.deep.equal(px);
      expect((await namesWith('letter-spacing: calc(1px + 20%);')).length, 'names fit').to.be.at.least(8);
    });

    // What a canvas does not draw as the SVG does: font-size-adjust (each font scaled to a metric of
    // its own, ×1.28 in Chromium and ×1.5 in Firefox here) and full-width forms (Firefox only:
    // Chromium ignores the value and measures as usual).
    for (const [css, lang] of [
      ['font-size-adjust: 0.75', 'en'],
      ['font-size-adjust: 0.75', 'ja'],
      ['text-transform: full-width', 'en'],
    ] as const) {
      it(`are still apart with ${css} (${lang})`, async () => {
        const style = document.createElement('style');
        style.textContent = `foip-map::part(labels) { font-size: 12px; ${css} }`;
        document.head.append(style);
        try {
          const el = await render({}, lang);
          expect(labels(el).length, 'names fit').to.be.at.least(8);
          expectLegible(el, lang, `with ${css}`);
        } finally {
          style.remove();
        }
      });
    }

    it('are measured as wide as they are drawn, font-size-adjust and capitals together', async () => {
      // A names' layer as the map's, styled as a page might: the width measured against the width drawn.
      const host = await fixture<HTMLElement>(
        html`<svg width="600" height="100">
          <g font-size="12" style="font-size-adjust: 0.75; text-transform: uppercase; letter-spacing: 0.05em"></g>
        </svg>`,
      );
      const layer = host.querySelector('g')!;
      for (const [lang, name] of [
        ['en', 'Federated States of Micronesia'],
        ['ja', 'ミクロネシア連邦'],
      ] as const) {
        const {measure} = nameTypography(layer, lang)!;
        const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        text.textContent = name;
        layer.append(text);
        const drawn = text.getComputedTextLength();
        text.remove();
        expect(measure!(name), `${name} measured as drawn (${drawn.toFixed(1)} px)`).to.be.closeTo(drawn, drawn * 0.03);
      }
    });

    it('hidden by the page under font-size-adjust, never overlap when shown again', async () => {
      const adjust = document.createElement('style');
      adjust.textContent = 'foip-map::part(labels) { font-size: 12px; font-size-adjust: 0.75 }';
      const hide = document.createElement('style');
      hide.textContent = 'foip-map::part(labels) { display: none }';
      document.head.append(adjust, hide);
      try {
        const el = await render({}, 'en', 900);
        hide.remove();
        await settled(el);
        expectLegible(el, 'en', 'shown again');
        // The next measurement of the map (a resize) names them in the typography now shown.
        el.parentElement!.style.inlineSize = '1000px';
        await settled(el);
        expect(labels(el).length, 'names after a resize').to.be.at.least(12);
        expectLegible(el, 'en', 'after a resize');
      } finally {
        adjust.remove();
        hide.remove();
      }
    });

    it('are placed again after the map was updated out of the page and put back', async () => {
      const el = await render();
      const before = labels(el).length;
      expect(before, 'names drawn').to.be.at.least(20);
      const parent = el.parentElement!;
      // Moved once (its frame measured again: the names' typography is read afresh), then updated while out.
      el.remove();
      parent.append(el);
      await settled(el);
      el.remove();
      el.pillar = '1';
      await el.updateComplete;
      parent.append(el);
      await settled(el);
      expect(labels(el).length, 'names drawn again').to.be.at.least(12);
      expectLegible(el, 'en', 'after being put back');
    });

    it('are placed for the real width after bad input is fixed within one frame', async () => {
      const fresh = labels(await render({}, 'en', 500)).map((n) => n.text);
      const capture = captureWarnings();
      try {
        const el = await render({}, 'en', 500);
        el.view = 'bogus' as never;
        await el.updateComplete;
        el.view = 'indo-pacific';
        await settled(el);
        expect(labels(el).map((n) => n.text)).to.deep.equal(fresh);
        expectLegible(el, 'en', 'after the fix');
      } finally {
        capture.restore();
      }
    });

    it('are measured again when a web font of the page has loaded', async () => {
      const el = await render();
      // What a font arriving does to the names drawn in its fallback: they grow, and the map is not resized.
      const style = document.createElement('style');
      style.textContent = 'foip-map::part(labels) { font-size: 16px; letter-spacing: 0.15em; }';
      document.head.append(style);
      try {
        document.fonts.dispatchEvent(new FontFaceSetLoadEvent('loadingdone'));
        await settled(el);
        expect(labels(el).length, 'some names fit').to.be.at.least(12);
        expectLegible(el, 'en', 'after the font loaded');
      } finally {
        style.remove();
      }
    });

    it('stay apart and off the markers on a right-to-left page', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar" style="inline-size: 1000px">${map({lang: 'en'})}</div>`,
      );
      const el = wrapper.querySelector<FoipMap>('foip-map')!;
      await settled(el);
      expect(labels(el).length, 'some names fit').to.be.at.least(20);
      expectLegible(el, 'en', 'on a right-to-left page');
    });

    it('are measured once for all the maps of a page when a font has loaded', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 800px">${map()}${map()}</div>`);
      const maps = [...wrapper.querySelectorAll<FoipMap>('foip-map')];
      await Promise.all(maps.map(settled));
      const {measureText} = CanvasRenderingContext2D.prototype;
      const measured: string[] = [];
      CanvasRenderingContext2D.prototype.measureText = function (text: string) {
        measured.push(text);
        return measureText.call(this, text);
      };
      try {
        document.fonts.dispatchEvent(new FontFaceSetLoadEvent('loadingdone'));
        await Promise.all(maps.map(settled));
        expect(measured.length, 'names measured again').to.be.at.least(20);
        expect(new Set(measured).size, 'each name once').to.equal(measured.length);
        for (const el of maps) expect(labels(el).length, 'names drawn').to.be.at.least(12);
      } finally {
        CanvasRenderingContext2D.prototype.measureText = measureText;
      }
    });

    it('a page can style or hide them through ::part(labels)', async () => {
      const el = await render();
      expect(labels(el)[0].rect.width).to.be.above(0);
      const style = document.createElement('style');
      style.textContent = 'foip-map::part(labels) { display: none; }';
      document.head.append(style);
      try {
        expect(labels(el).every((n) => n.rect.width === 0)).to.be.true;
      } finally {
        style.remove();
      }
    });

    it('follow the view, the zoom (staying 12 px) and the filter', async () => {
      const world = await render({view: 'world'});
      expect(labels(world).length).to.be.at.least(10);
      expectLegible(world, 'en', 'in the world view');

      const el = await render();
      const height = () => Math.max(...labels(el).map((n) => n.rect.height));
      const before = height();
      button(el, 'Zoom in').click();
      await settled(el);
      button(el, 'Zoom in').click();
      await settled(el);
      expectLegible(el, 'en', 'zoomed in');
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown']) await press(el, key, {shiftKey: true});
      await settled(el);
      expectLegible(el, 'en', 'zoomed in and panned');
      expect(height(), 'the same size on screen when zoomed').to.be.closeTo(before, 1);

      el.pillar = '3';
      await settled(el);
      const third = new Set(mapPlaces(bundledIndex, [3]).map((p) => nameOf(p.iso3)));
      expect(labels(el).length).to.be.above(0);
      for (const n of labels(el)) expect(third.has(n.text), `${n.text} has priority area 3`).to.be.true;
      expectLegible(el, 'en', 'filtered');

      // The most initiatives of the filter choose first, even among the crowded markers of the world view.
      const [most] = mapPlaces(bundledIndex, [3]).sort((a, b) => b.count - a.count);
      const filteredWorld = await render({view: 'world', pillar: '3'});
      // Third on the page, it may lie more than a screen down: names wait until it is scrolled near.
      filteredWorld.scrollIntoView();
      await settled(filteredWorld);
      expect(labels(filteredWorld).map((n) => n.text)).to.include(nameOf(most.iso3));
      expectLegible(filteredWorld, 'en', 'filtered, world view');
    });
  });
});
