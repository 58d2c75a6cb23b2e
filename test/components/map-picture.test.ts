import {expect, fixture, html} from '@open-wc/testing';

import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';
import {captureWarnings, shadow, text} from '../helpers.js';
import {$, map, option, render, settled, svgOf, desktopViewport} from './map-fixtures.js';

describe('<foip-map>', () => {
  desktopViewport();

  describe('picture (toSVG)', () => {
    it('is the map as drawn, standalone: resolved colours, no widget semantics, the source line, loadable', async () => {
      const el = await render({pillar: '1 3'}, 'ja', 600);
      const svgText = el.toSVG();
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      expect(doc.querySelector('parsererror'), 'well-formed').to.be.null;
      const root = doc.documentElement;
      expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(Number(root.getAttribute('width'))).to.equal(Math.round(svgOf(el).getBoundingClientRect().width));
      // The stylesheet stays behind: every colour is written out, none refers to a custom property.
      const all = [...root.querySelectorAll('*')];
      for (const element of all) {
        for (const {name, value} of element.attributes) {
          expect(value, `${element.localName} ${name}`).not.to.contain('var(');
          expect(name, element.localName).not.to.match(/^(class|role|tabindex|aria-|data-)/u);
        }
      }
      // The outlines of the shown places, filled as on screen; nothing filtered out or invisible.
      const drawn = [...shadow(el).querySelectorAll<SVGPathElement>('.place:not(.out) path.shape')];
      const exported = all.filter(
        (e) => e.localName === 'path' && drawn.some((d) => d.getAttribute('d') === e.getAttribute('d')),
      );
      expect(exported).to.have.length(drawn.length);
      const phl = option(el, 'PHL')!.querySelector('path.shape')!;
      const phlCopy = exported.find((e) => e.getAttribute('d') === phl.getAttribute('d'))!;
      expect(phlCopy.getAttribute('fill')).to.equal(getComputedStyle(phl).fill);
      expect(root.querySelectorAll('circle[r="12.5"]'), 'no hit areas').to.have.length(0);
      expect(svgText, 'no Lit markers').not.to.contain('<!--');
      // Every visual carries its source, in the map's language.
      const caption = root.lastElementChild!;
      expect(caption.localName).to.equal('text');
      expect(caption.textContent).to.equal(text($(el, '.source')));
      expect(caption.textContent).to.contain('出典');
      // An image element can draw it.
      const url = URL.createObjectURL(new Blob([svgText], {type: 'image/svg+xml'}));
      try {
        const image = new Image();
        image.src = url;
        await image.decode();
        expect(image.naturalWidth).to.equal(Number(root.getAttribute('width')));
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it("keeps the names in the page's typography: letter-spacing, style and capitals", async () => {
      const style = document.createElement('style');
      style.textContent =
        'foip-map::part(labels) { letter-spacing: 2px; word-spacing: 3px; font-style: italic; text-transform: uppercase; }';
      document.head.append(style);
      try {
        const el = await render();
        const shown = [...shadow(el).querySelectorAll('.labels text')].map((t) => t.textContent!);
        expect(shown.length, 'names drawn').to.be.at.least(12);
        const picture = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml').documentElement;
        const inPicture = new Map([...picture.querySelectorAll('text')].map((t) => [t.textContent!, t]));
        for (const name of shown) {
          const copy = inPicture.get(name.toUpperCase());
          expect(copy, `${name} in capitals in the picture`).to.exist;
          expect(copy!.getAttribute('letter-spacing')).to.equal('2px');
          expect(copy!.getAttribute('word-spacing')).to.equal('3px');
          expect(copy!.getAttribute('font-style')).to.equal('italic');
        }
      } finally {
        style.remove();
      }
    });

    it("is the same picture on a page scaled with CSS zoom: the map's own size, the same names", async () => {
      const pictureIn = async (style: string) => {
        const wrapper = await fixture<HTMLElement>(html`<div style=${style}>${map()}</div>`);
        const el = wrapper.querySelector<FoipMap>('foip-map')!;
        await settled(el);
        const picture = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml').documentElement;
        const shown = svgOf(el).getBoundingClientRect().width;
        wrapper.remove();
        const names = [...picture.querySelectorAll('text')].map(
          (t) => `${t.textContent} ${t.getAttribute('font-size')}`,
        );
        return {size: [picture.getAttribute('width'), picture.getAttribute('height')], names, shown};
      };
      const plain = await pictureIn('inline-size: 700px');
      const zoomed = await pictureIn('zoom: 1.5; inline-size: 700px');
      expect(zoomed.shown / plain.shown, 'the page shows the map larger').to.be.closeTo(1.5, 0.01);
      expect(zoomed.size, 'width and height').to.deep.equal(plain.size);
      expect(zoomed.names.length, 'names and source line').to.be.at.least(10);
      expect(zoomed.names).to.deep.equal(plain.names);
    });

    it('is empty while the map shows a problem', async () => {
      const capture = captureWarnings();
      try {
        const el = await render({view: 'moon'});
        expect(el.toSVG()).to.equal('');
      } finally {
        capture.restore();
      }
    });
  });
});
