/**
 * The map on a phone, and at any width (issue 15): every drawn country name reads as its own
 * country's, checked against the drawn geometry; a narrow map shows a taller crop of the region;
 * names follow the page's text size. The outlines are rasterised by the browser's own canvas from
 * the path data the map draws, in the map's screen transform: the check shares no code with the
 * placement it checks.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';

import type {FoipMap} from '../../src/foip-map.js';
import {bundledIndex} from '../../src/data/index.js';
import {planarMap} from '../../src/geo/generated/map.js';
import {NARROW_MAP} from '../../src/geo/view.js';
import {shadow} from '../helpers.js';
import {button, map, nameOf, render, settled, svgOf, viewBox} from './map-fixtures.js';
import type {Lang} from './map-fixtures.js';

/** A marker's target radius (px): a marker still covering its pin from this far sits at its country. */
const HIT_RADIUS = 12.5;
/**
 * How far (px) a name beside a marker may stand from the marker's centre: at a corner, the marker's
 * target and a few pixels both ways, and half a Japanese line (`size`, the names' font size) more.
 */
const beside = (size: number) => Math.hypot(HIT_RADIUS + 5, HIT_RADIUS + 5 + size / 2) + 1;

type Rect = readonly [number, number, number, number];

interface DrawnName {
  readonly iso3: string;
  readonly text: string;
  /** Its text's box on screen, [left, top, right, bottom] (client px), as the browser gives it. */
  readonly rect: Rect;
  /** Its text's advance, one em tall about the line's middle: what lies under its letters in any font. */
  readonly em: Rect;
}

interface DrawnMarker {
  readonly iso3: string;
  /** Its centre on screen (client px). */
  readonly x: number;
  readonly y: number;
  /** How far (px) it was moved from its pin: the length of its leader line. */
  readonly moved: number;
}

function drawnNames(el: FoipMap, lang: Lang): DrawnName[] {
  const byName = new Map(bundledIndex.data.countries.map((c) => [nameOf(c.iso3, lang), c.iso3]));
  return [...shadow(el).querySelectorAll<SVGTextElement>('.labels text')].map((t) => {
    const r = t.getBoundingClientRect();
    // The text's point is the middle of its line (the baseline is shifted by dy) at its anchor.
    const advance = t.getComputedTextLength();
    const shift = {start: 0, middle: advance / 2, end: advance}[t.getAttribute('text-anchor') as 'start'];
    const m = t.getScreenCTM()!;
    const {x, y} = new DOMPoint(t.x.baseVal[0].value - shift, t.y.baseVal[0].value).matrixTransform(m);
    const half = (parseFloat(getComputedStyle(t).fontSize) * m.d) / 2;
    return {
      iso3: byName.get(t.textContent!)!,
      text: t.textContent!,
      rect: [r.left, r.top, r.right, r.bottom],
      em: [x, y - half, x + advance * m.a, y + half],
    };
  });
}

function drawnMarkers(el: FoipMap): DrawnMarker[] {
  return [...shadow(el).querySelectorAll<SVGGElement>('[role=option] .marker')].map((m) => {
    const r = m.querySelector('.hit')!.getBoundingClientRect();
    const leader = m.querySelector<SVGLineElement>('.leader');
    return {
      iso3: m.closest('[data-country]')!.getAttribute('data-country')!,
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
      // The marker is drawn in screen pixels (scale(1/k) of the plane), and so is its leader.
      moved: leader ? Math.hypot(leader.x2.baseVal.value, leader.y2.baseVal.value) : 0,
    };
  });
}

const shapeIds = (iso3: string) => bundledIndex.countries.get(iso3)!.isoNumeric;

/**
 * Whether any land of `shapes` lies under `rect` on screen: the shapes filled, as the map fills
 * them (even-odd), onto a canvas of the rect's pixels in the map's transform; any coverage counts,
 * down to the anti-aliased edge of an islet smaller than a pixel.
 */
function landUnder(el: FoipMap, ids: (id: string) => boolean, [left, top, right, bottom]: Rect): boolean {
  const width = Math.ceil(right - left);
  const height = Math.ceil(bottom - top);
  if (width <= 0 || height <= 0) return false;
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [width, height];
  const ctx = canvas.getContext('2d', {willReadFrequently: true})!;
  const m = svgOf(el).getScreenCTM()!;
  ctx.setTransform(m.a, m.b, m.c, m.d, m.e - left, m.f - top);
  for (const shape of planarMap.shapes) if (ids(shape.id)) ctx.fill(new Path2D(shape.d), 'evenodd');
  const {data} = ctx.getImageData(0, 0, width, height);
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
  return false;
}

const grow = ([l, t, r, b]: Rect, by: number): Rect => [l - by, t - by, r + by, b + by];
const distance = ([l, t, r, b]: Rect, x: number, y: number) =>
  Math.hypot(Math.max(l - x, 0, x - r), Math.max(t - y, 0, y - b));
const show = (r: Rect) => `[${r.map((v) => v.toFixed(0)).join(' ')}]`;

/**
 * Every drawn name reads as its own country's: over no other country's land (its box less a pixel,
 * the anti-aliased edge of its neighbour's outline); and touching its country's land (its box and
 * 2 px), or beside its own marker where that marker sits at its country (moved less than its
 * radius, so it still covers its pin), with no other marker as near the name.
 */
function expectNamesOwnTheirPlaces(el: FoipMap, lang: Lang, when: string): number {
  const names = drawnNames(el, lang);
  const markers = drawnMarkers(el);
  const size = parseFloat(getComputedStyle(shadow(el).querySelector('.labels')!).fontSize);
  for (const name of names) {
    const own = shapeIds(name.iso3);
    const other = landUnder(el, (id) => id !== own, grow(name.rect, -1));
    expect(other, `${name.text} ${show(name.rect)} stands over another country's land ${when}`).to.be.false;
    if (landUnder(el, (id) => id === own, grow(name.rect, 2))) continue;
    const marker = markers.find((m) => m.iso3 === name.iso3);
    expect(marker, `${name.text} ${show(name.rect)} touches neither its country nor a marker ${when}`).to.exist;
    const near = distance(name.em, marker!.x, marker!.y);
    expect(near, `${name.text} ${show(name.em)} beside its marker ${when}`).to.be.at.most(beside(size));
    expect(marker!.moved, `${name.text}'s marker, moved away from its country ${when}`).to.be.at.most(HIT_RADIUS + 0.5);
    for (const m of markers) {
      if (m === marker) continue;
      expect(distance(name.em, m.x, m.y), `${name.text} as near ${m.iso3}'s marker as its own ${when}`).to.be.above(
        near,
      );
    }
  }
  return names.length;
}

const overlaps = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Names apart from one another and from every marker's target, inside the map. */
function expectNamesApart(el: FoipMap, lang: Lang, when: string): void {
  const names = drawnNames(el, lang);
  const frame = svgOf(el).getBoundingClientRect();
  const targets = [...shadow(el).querySelectorAll('[role=option] .marker .hit')].map((h) => {
    const r = h.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom] as const;
  });
  for (const [i, a] of names.entries()) {
    const [l, t, r, b] = grow(a.rect, -0.5);
    expect(l >= frame.left && t >= frame.top && r <= frame.right && b <= frame.bottom, `${a.text} inside ${when}`).to.be
      .true;
    for (const b of names.slice(i + 1))
      expect(overlaps(a.rect, b.rect), `${a.text} ${show(a.rect)} and ${b.text} ${show(b.rect)} ${when}`).to.be.false;
    for (const t of targets) expect(overlaps(a.rect, t), `${a.text} ${show(a.rect)} on a marker ${when}`).to.be.false;
  }
}

describe('foip-map on a phone', () => {
  after(() => setViewport({width: 1200, height: 1000}));

  describe('country names on the geometry', () => {
    for (const lang of ['en', 'ja'] as const) {
      for (const width of [320, 360, 480, 768, 1200]) {
        it(`at ${width} px (${lang}), every name touches its own country or stands by its marker there, and over no other land`, async () => {
          await setViewport({width: Math.max(1200, width + 100), height: 1000});
          const el = await render({}, lang, width);
          const count = expectNamesOwnTheirPlaces(el, lang, `at ${width} px`);
          expect(count, 'some names are drawn').to.be.at.least(width < 480 ? 5 : 12);
        });
      }
    }

    for (const lang of ['en', 'ja'] as const) {
      it(`hold when zoomed in and panned, and in the world view (${lang})`, async () => {
        const el = await render({}, lang, 480);
        for (const key of ['+', '+', 'ArrowRight']) {
          svgOf(el).dispatchEvent(new KeyboardEvent('keydown', {key, shiftKey: key !== '+', bubbles: true}));
          await settled(el);
        }
        expect(viewBox(el)[2], 'zoomed in').to.be.below(planarMap.views['indo-pacific'][2] / 2);
        expectNamesOwnTheirPlaces(el, lang, 'zoomed in');
        const world = await render({view: 'world'}, lang, 1200);
        expect(expectNamesOwnTheirPlaces(world, lang, 'in the world view'), 'names').to.be.at.least(8);
      });
    }
  });

  describe('a narrow map', () => {
    it(`under ${NARROW_MAP} px shows the taller crop of the Indo-Pacific, as tall as its view box says`, async () => {
      for (const width of [320, 360, NARROW_MAP - 1]) {
        const el = await render({}, 'en', width);
        expect(viewBox(el), `${width} px`).to.deep.equal([...planarMap.narrow]);
        const {width: w, height: h} = svgOf(el).getBoundingClientRect();
        expect(h, `${width} px: no letterbox`).to.be.closeTo((w * planarMap.narrow[3]) / planarMap.narrow[2], 1);
        // Taller than the whole region would be: on a phone the map is more than 180 px tall.
        expect(h, `${width} px`).to.be.above(
          (w * planarMap.views['indo-pacific'][3]) / planarMap.views['indo-pacific'][2] + 40,
        );
      }
      const wide = await render({}, 'en', NARROW_MAP);
      expect(viewBox(wide)).to.deep.equal([...planarMap.views['indo-pacific']]);
      const world = await render({view: 'world'}, 'en', 360);
      expect(viewBox(world), 'the world stays whole').to.deep.equal([...planarMap.views.world]);
      const {width: w, height: h} = svgOf(world).getBoundingClientRect();
      expect(h).to.be.closeTo((w * planarMap.height) / planarMap.width, 1);
    });

    it('keeps a framed country framed when resized across the width, and resets to its own view', async () => {
      const el = await render({country: 'PHL'}, 'en', 1000);
      const centre = () => {
        const [x, y, w, h] = viewBox(el);
        return [x + w / 2, y + h / 2];
      };
      const zoom = (base: readonly number[]) => base[2] / viewBox(el)[2];
      const [cx, cy] = centre();
      const k = zoom(planarMap.views['indo-pacific']);
      expect(k, 'framed').to.be.above(1.5);
      el.parentElement!.style.inlineSize = '360px';
      await settled(el);
      expect(centre()[0]).to.be.closeTo(cx, 1);
      expect(centre()[1]).to.be.closeTo(cy, 1);
      expect(zoom(planarMap.narrow), 'the same zoom of the narrow view').to.be.closeTo(k, 0.01);
      button(el, 'Reset view').click();
      await settled(el);
      expect(viewBox(el)).to.deep.equal([...planarMap.narrow]);
      el.parentElement!.style.inlineSize = '1000px';
      await settled(el);
      expect(viewBox(el), 'whole again').to.deep.equal([...planarMap.views['indo-pacific']]);
      expect(button(el, 'Reset view').disabled).to.be.true;
    });
  });

  describe("names at the page's text size", () => {
    const size = (el: FoipMap) => getComputedStyle(shadow(el).querySelector('.labels')!).fontSize;

    for (const [lang, width] of [
      ['en', 1000],
      ['ja', 1000],
      ['en', 360],
      ['ja', 360],
    ] as const) {
      it(`are 24 px on a page whose text is 200 %, fewer but apart and their countries' (${lang}, ${width} px)`, async () => {
        const plain = await render({}, lang, width);
        expect(size(plain)).to.equal('12px');
        const before = drawnNames(plain, lang).length;
        // Out of the way: the next map is drawn where this one was, not below the fold (waiting).
        plain.parentElement!.remove();
        document.documentElement.style.fontSize = '200%';
        try {
          const wrapper = await fixture<HTMLElement>(
            html`<div lang=${lang} style="inline-size: ${width}px">${map()}</div>`,
          );
          const el = wrapper.querySelector<FoipMap>('foip-map')!;
          await settled(el);
          expect(size(el)).to.equal('24px');
          const names = expectNamesOwnTheirPlaces(el, lang, 'at 200 %');
          expectNamesApart(el, lang, 'at 200 %');
          expect(names, 'some names fit').to.be.at.least(width < 480 ? 2 : 6);
          expect(names, 'fewer than at 100 %').to.be.below(before);
          // Drawn at that size: every name's line is taller than 24 px.
          for (const t of shadow(el).querySelectorAll<SVGTextElement>('.labels text'))
            expect(t.getBoundingClientRect().height, t.textContent!).to.be.above(24);
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });
    }
  });
});
