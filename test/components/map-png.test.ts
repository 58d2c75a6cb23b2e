import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';
import {planarMap} from '../../src/geo/generated/map.js';
import {captureWarnings, shadow, text} from '../helpers.js';
import {downloadsAfter} from '../downloads.js';
import {near, pixelsOf, rgbOf} from '../picture-pixels.js';
import type {Pixels} from '../picture-pixels.js';
import {$, desktopViewport, render, svgOf, toClient} from './map-fixtures.js';
import type {Lang} from './map-fixtures.js';

/** Mongolia: land the document places no initiative in, drawn in the land's colour. */
const MONGOLIA = planarMap.shapes.find((s) => s.id === '496')!;
const inMongolia = (): [number, number] => {
  const [x0, y0, x1, y1] = MONGOLIA.bounds;
  return [(x0 + x1) / 2, (y0 + y1) / 2];
};

/** Where a point of the plane lands in the PNG. */
function inPicture(el: FoipMap, point: [number, number], scale: number): [number, number] {
  const at = toClient(el, point);
  const box = svgOf(el).getBoundingClientRect();
  return [(at.x - box.left) * scale, (at.y - box.top) * scale];
}

const pictureSize = (el: FoipMap) => {
  const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml').documentElement;
  return [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
};

/** Pixels of the text colour in the source line's band under the map, and the rightmost of them. */
function sourceInk(el: FoipMap, png: Pixels, scale: number): {ink: number; right: number} {
  const ink = rgbOf(getComputedStyle($(el, '.figure')!).color);
  const top = svgOf(el).clientHeight * scale;
  let right = 0;
  let count = 0;
  for (let y = Math.floor(top); y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      if (near(png.at(x, y), ink, 40)) {
        count++;
        right = Math.max(right, x);
      }
    }
  }
  return {ink: count, right: right / scale};
}

describe('<foip-map> picture (toPNG)', () => {
  desktopViewport();

  for (const lang of ['en', 'ja'] as Lang[]) {
    it(`${lang}: is toSVG()'s picture at twice its size, painted: sea, land, Japan, names and the source line`, async () => {
      const el = await render({}, lang, 800);
      const [width, height] = pictureSize(el);
      const blob = await el.toPNG();
      expect(blob.type).to.equal('image/png');
      const png = await pixelsOf(blob);
      expect([png.width, png.height], 'the SVG picture × 2').to.deep.equal([width * 2, height * 2]);

      const style = (selector: string) => getComputedStyle($(el, selector)!).fill;
      const land = png.at(...inPicture(el, inMongolia(), 2));
      expect(
        svgOf(el)
          .querySelector<SVGPathElement>('path.land')!
          .isPointInFill(new DOMPoint(...inMongolia())),
      ).to.be.true;
      expect(near(land, rgbOf(style('path.land:not(.home):not(.undetermined)'))), `land colour, got ${land}`).to.be
        .true;
      const box = svgOf(el).getBoundingClientRect();
      // Japan, a thin country: its own colour over its box, not a pixel of its outline.
      const japan = $(el, 'path.land.home')!.getBoundingClientRect();
      const [jx0, jy0, jx1, jy1] = [
        japan.left - box.left,
        japan.top - box.top,
        japan.right - box.left,
        japan.bottom - box.top,
      ];
      expect(
        png.count(rgbOf(style('path.land.home')), jx0 * 2, jy0 * 2, jx1 * 2, jy1 * 2, 3),
        "Japan's colour",
      ).to.be.above(500);
      expect(near(png.at(png.width - 4, 4), rgbOf(getComputedStyle(svgOf(el)).backgroundColor)), 'sea').to.be.true;

      // Every name drawn on the map is in the picture: ink of the names' colour inside its box.
      const names = [...shadow(el).querySelectorAll<SVGTextElement>('.labels text')];
      expect(names.length, 'names shown').to.be.at.least(8);
      const nameInk = rgbOf(style('.labels'));
      for (const name of names) {
        const r = name.getBoundingClientRect();
        const [x0, y0, x1, y1] = [r.left - box.left, r.top - box.top, r.right - box.left, r.bottom - box.top];
        expect(png.count(nameInk, x0 * 2, y0 * 2, x1 * 2, y1 * 2, 40), `${name.textContent} painted`).to.be.above(20);
      }

      // The source line, in the map's language, set in the figure's font at 11 px.
      const {ink, right} = sourceInk(el, png, 2);
      expect(ink, 'ink in the source line').to.be.above(200);
      const measure = document.createElement('canvas').getContext('2d')!;
      measure.font = `11px ${getComputedStyle($(el, '.figure')!).fontFamily}`;
      const expected = 4 + measure.measureText(text($(el, '.source'))).width;
      expect(right, 'as wide as the source line set').to.be.closeTo(expected, expected * 0.05);
    });
  }

  it("carries the page's theme: a land colour set on the element", async () => {
    const el = await render();
    el.style.setProperty('--foip-color-land', 'rgb(10, 200, 30)');
    const png = await pixelsOf(await el.toPNG(1));
    expect([png.width, png.height]).to.deep.equal(pictureSize(el));
    const land = png.at(...inPicture(el, inMongolia(), 1));
    expect(near(land, [10, 200, 30]), `themed land, got ${land}`).to.be.true;
  });

  it('is sharp at any scale: the canvas is sized by it', async () => {
    const el = await render({}, 'en', 600);
    const [width, height] = pictureSize(el);
    const png = await pixelsOf(await el.toPNG(3));
    expect([png.width, png.height]).to.deep.equal([width * 3, height * 3]);
  });

  it('has a "Save picture (PNG)" button after the SVG one, reached by Tab, named in both languages; it saves the PNG', async () => {
    for (const [lang, svgName, pngName] of [
      ['en', 'Save picture (SVG)', 'Save picture (PNG)'],
      ['ja', '画像を保存（SVG）', '画像を保存（PNG）'],
    ] as const) {
      const el = await render({pillar: '1 3'}, lang);
      const [svgButton, pngButton] = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.picture')];
      expect([text(svgButton), text(pngButton)]).to.deep.equal([svgName, pngName]);
      expect(pngButton.getAttribute('part')).to.equal('picture');
      svgButton.focus();
      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement, `${lang}: Tab from the SVG button`).to.equal(pngButton);
      const files = await downloadsAfter(() => sendKeys({press: 'Enter'}));
      expect(files.map((f) => f.name)).to.deep.equal(['foip-map-priority-area-13.png']);
      expect(files[0].blob.type).to.equal('image/png');
      const png = await pixelsOf(files[0].blob);
      expect([png.width, png.height]).to.deep.equal(pictureSize(el).map((n) => n * 2));
    }
  });

  it('rejects while the map shows a problem', async () => {
    const capture = captureWarnings();
    try {
      const el = await render({view: 'moon'});
      let error: unknown;
      await el.toPNG().catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(Error);
    } finally {
      capture.restore();
    }
  });
});
