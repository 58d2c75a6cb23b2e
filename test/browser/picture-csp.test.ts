// The pictures under a government site's Content-Security-Policy (`img-src 'self'`, no blob: or
// data: images): painted from the widgets' shapes and styles, never loaded as an image.
import {expect} from '@open-wc/testing';

import type {FoipMap} from '../../src/foip-map.js';
import type {FoipPillars} from '../../src/foip-pillars.js';
import {loadFrame} from '../helpers.js';
import {pixelsOf} from '../picture-pixels.js';

describe('pictures under a strict CSP', () => {
  it('the map and the pillars paint their PNG and SVG with no violation and no image loaded', async () => {
    const frame = await loadFrame('/test/csp/page.html');
    try {
      const win = frame.contentWindow as Window & {__violations: string[]};
      const doc = frame.contentDocument!;
      expect(doc.documentElement.dataset.ready, 'widgets rendered').to.equal('true');
      const map = doc.querySelector<FoipMap>('foip-map')!;
      const pillars = doc.createElement('foip-pillars') as FoipPillars;
      doc.body.prepend(pillars);
      await pillars.updateComplete;
      await new Promise((r) => win.requestAnimationFrame(r));
      await pillars.updateComplete;

      const mapPng = await pixelsOf(await map.toPNG());
      const mapSvg = map.shadowRoot!.querySelector('svg.map')!;
      expect(mapPng.width).to.equal(Math.round(mapSvg.clientWidth) * 2);
      const pillarsPng = await pixelsOf(await pillars.toPNG());
      expect(pillarsPng.width).to.equal(pillars.shadowRoot!.querySelector<HTMLElement>('.root')!.offsetWidth * 2);
      expect(await pillars.toSVG()).to.match(/^<svg /u);

      expect(win.__violations).to.deep.equal([]);
      const images = win.performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((name) => /^(blob|data):/u.test(name));
      expect(images, 'no blob: or data: resource').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
