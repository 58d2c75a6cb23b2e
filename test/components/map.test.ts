import {aTimeout, expect, fixture, html} from '@open-wc/testing';
import {sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import {geoPath} from 'd3-geo';

import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';
import {bundledIndex, dataset} from '../../src/data/index.js';
import type {PillarId} from '../../src/data/index.js';
import {FoipCountrySelectEvent} from '../../src/events/events.js';
import {planarMap} from '../../src/geo/generated/map.js';
import {UNDETERMINED} from '../../src/geo/planar.js';
import {createProjection} from '../../scripts/geo/projection.js';
import {nameTypography} from '../../src/components/map/name-widths.js';
import {countClass, mapPlaces, placesCsv} from '../../src/layout/map-places.js';
import type {MapPlace} from '../../src/layout/map-places.js';
import {suggest} from '../../src/internal/input.js';
import {captureWarnings, mediaRules, shadow, text} from '../helpers.js';
import {
  $,
  button,
  downloads,
  map,
  nameOf,
  optionIds,
  options,
  render,
  settled,
  summaryCounts,
  svgOf,
  viewBox,
} from './map-fixtures.js';
import type {Attrs, Lang} from './map-fixtures.js';

type Point = readonly [number, number];

const places = mapPlaces(bundledIndex);
const place = (iso3: string) => places.find((p) => p.iso3 === iso3)!;
/** Where the map puts a country: the dataset's point, projected at build time. */
const pointOf = (iso3: string): Point => planarMap.points[iso3];
/** Where the keyboard starts: Japan is no stop of its own, the place nearest it is (map-home.test.ts). */
const [beside] = [...places].sort(
  (a, b) =>
    Math.hypot(pointOf(a.iso3)[0] - pointOf('JPN')[0], pointOf(a.iso3)[1] - pointOf('JPN')[1]) -
    Math.hypot(pointOf(b.iso3)[0] - pointOf('JPN')[0], pointOf(b.iso3)[1] - pointOf('JPN')[1]),
);
const BASE = planarMap.views['indo-pacific'];
const WORLD = planarMap.views.world;
const SMALL_STATES = ['TUV', 'NRU', 'KIR', 'PLW', 'FSM', 'TON', 'FJI', 'TLS', 'SGP'];

// ----- helpers ---------------------------------------------------------------------------------

/** Which countries are options, whatever their paint order (larger outlines first): sorted alpha-3 codes. */
const shownIds = (el: FoipMap) => ids(optionIds(el));
const ids = (codes: readonly (string | null)[]) => [...codes].sort();
const option = (el: FoipMap, iso3: string) => $<SVGGElement>(el, `#place-${iso3}`);
const status = (el: FoipMap) => text($(el, '[role=status]'));
const tooltip = (el: FoipMap) => $<HTMLElement>(el, '.tooltip[role=tooltip]');
const activeId = (el: FoipMap) =>
  svgOf(el)
    .getAttribute('aria-activedescendant')
    ?.replace(/^place-/u, '') ?? null;

/** A key pressed on the map as a script sees it (for keys a WebDriver cannot type, such as kana). */
async function press(el: FoipMap, key: string, init: KeyboardEventInit = {}): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', {key, bubbles: true, composed: true, cancelable: true, ...init});
  svgOf(el).dispatchEvent(event);
  await el.updateComplete;
  return event;
}

/**
 * The map's typeahead adds up letters typed within a second. The tests' clock runs ahead by a
 * skew that each `typeahead()` call moves on by two seconds, so every name starts afresh without
 * the test waiting, while real time still flows for keys typed through WebDriver.
 */
const realNow = Date.now;
let skew = 0;

/** Types `name` into the map's typeahead, as a fresh search. */
async function typeahead(el: FoipMap, name: string): Promise<void> {
  skew += 2_000;
  for (const char of name) await press(el, char);
}

/** Collects foip-country-select events on the document: they bubble out of the element. */
function recordEvents(): {events: FoipCountrySelectEvent[]; stop: () => void} {
  const events: FoipCountrySelectEvent[] = [];
  const listener = (e: Event) => events.push(e as FoipCountrySelectEvent);
  document.addEventListener('foip-country-select', listener);
  return {events, stop: () => document.removeEventListener('foip-country-select', listener)};
}

/** A point of the plane on screen (client pixels). */
function toClient(el: FoipMap, [x, y]: Point): DOMPoint {
  return new DOMPoint(x, y).matrixTransform(svgOf(el).getScreenCTM()!);
}

/** A point on screen in the plane. */
function toPlane(el: FoipMap, x: number, y: number): DOMPoint {
  return new DOMPoint(x, y).matrixTransform(svgOf(el).getScreenCTM()!.inverse());
}

const centre = (r: DOMRect): [number, number] => [r.left + r.width / 2, r.top + r.height / 2];
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Where the reader sees a country's target on screen: its marker, else its point on its outline. */
function targetRect(el: FoipMap, iso3: string): DOMRect {
  const hit = option(el, iso3)!.querySelector('.marker .hit');
  if (hit) return hit.getBoundingClientRect();
  const p = toClient(el, pointOf(iso3));
  return new DOMRect(p.x - 12, p.y - 12, 24, 24);
}

/** Plane coordinates of a longitude and latitude, as scripts/build-map.ts projects them. */
function project(lonLat: Point): Point {
  const projection = createProjection('world', planarMap.width, planarMap.width);
  const [[, top]] = geoPath(projection).bounds({type: 'Sphere'});
  const [x, y] = projection(lonLat as [number, number])!;
  return [x, y - top];
}

/**
 * A country's option name, from the data: what it has of its own, counted as the tooltip lists it
 * (initiatives, other map entries, or both), in the singular for one.
 */
const expectedLabel = (p: MapPlace) => {
  const glyphs = p.pillars.map((id) => bundledIndex.pillars.get(id)!.glyph).join('');
  const [a, b] = [p.initiatives.length, p.items.length];
  const what = !b
    ? `${a} initiative${a === 1 ? '' : 's'}`
    : !a
      ? `${b} map entr${b === 1 ? 'y' : 'ies'}`
      : `${a + b} initiatives and map entries`;
  return `${nameOf(p.iso3)}, ${what}, priority area${p.pillars.length === 1 ? '' : 's'} ${glyphs}`;
};

// ----- tests ---------------------------------------------------------------------------------

describe('<foip-map>', () => {
  before(async () => {
    await setViewport({width: 1200, height: 1000});
    Date.now = () => realNow() + skew;
  });
  after(async () => {
    Date.now = realNow;
    await setViewport({width: 800, height: 600});
  });

  describe('every country of the dataset', () => {
    it('is drawn as an option, larger outlines first (painted under markers), with a path or a marker', async () => {
      const el = await render();
      expect(places.length, 'the dataset places things in many countries').to.be.above(30);
      expect(shownIds(el)).to.deep.equal(ids(places.map((p) => p.iso3)));
      // SVG paints in document order: an outline after a marker could cover it.
      const extent = (iso3: string) => {
        const shape = planarMap.shapes.find((s) => s.id === bundledIndex.countries.get(iso3)!.isoNumeric);
        return shape ? Math.max(shape.bounds[2] - shape.bounds[0], shape.bounds[3] - shape.bounds[1]) : -1;
      };
      const inView = optionIds(el).filter((iso3) => !option(el, iso3!)!.querySelector('.marker.edge'));
      const edges = optionIds(el).slice(inView.length);
      expect(
        edges.every((iso3) => option(el, iso3!)!.querySelector('.marker.edge')),
        'edge markers last',
      ).to.be.true;
      const extents = inView.map((iso3) => extent(iso3!));
      expect(extents, 'larger outlines first').to.deep.equal([...extents].sort((a, b) => b - a));
      for (const o of options(el)) {
        const iso3 = o.getAttribute('data-country')!;
        // Options of the listbox itself: the group between them is presentational.
        expect(o.parentElement!.getAttribute('role'), `${iso3}'s parent`).to.equal('none');
        expect(o.parentElement!.parentElement).to.equal(svgOf(el));
        expect(svgOf(el).getAttribute('role')).to.equal('listbox');
        expect(o.id).to.equal(`place-${iso3}`);
        expect(o.getAttribute('part')).to.equal('country');
        expect(o.getAttribute('aria-selected')).to.equal('false');
        expect(o.getAttribute('aria-label'), iso3).to.contain(nameOf(iso3));
        expect(o.querySelector('path.shape, .marker .hit'), `${iso3} has something to hit`).to.exist;
        const rect = o.getBoundingClientRect();
        expect(rect.width * rect.height, `${iso3} is not empty`).to.be.above(0);
      }
      const own = places.filter((p) => p.count > 0);
      expect(
        own.map((p) => option(el, p.iso3)!.getAttribute('aria-label')),
        'every country with initiatives or map entries',
      ).to.deep.equal(own.map(expectedLabel));
      // The kinds the data has: initiatives and map entries, initiatives only (one: singular), map entries only.
      expect(own.some((p) => p.initiatives.length && p.items.length)).to.be.true;
      expect(own.some((p) => p.initiatives.length === 1 && !p.items.length)).to.be.true;
      expect(own.some((p) => !p.initiatives.length && p.items.length)).to.be.true;
      expect(option(el, 'MHL')!.getAttribute('aria-label')).to.equal(
        'Marshall Islands, covered as a member of the Pacific Island countries (region-wide items)',
      );
    });

    it('can be clicked where it is drawn at the default size', async () => {
      const el = await render();
      const root = shadow(el);
      const svgRect = svgOf(el).getBoundingClientRect();
      // Find every target first: a click opens a tooltip that may lie over the next one.
      const targets = places.map((p) => {
        const [x, y] = centre(targetRect(el, p.iso3));
        expect(x, `${p.iso3} on the map`).to.be.within(svgRect.left, svgRect.right);
        expect(y, `${p.iso3} on the map`).to.be.within(svgRect.top, svgRect.bottom);
        const hit = root.elementFromPoint(x, y);
        expect(hit?.closest('[role=option]')?.getAttribute('data-country'), `what is at ${p.iso3}'s target`).to.equal(
          p.iso3,
        );
        return [p.iso3, hit!] as const;
      });
      const {events, stop} = recordEvents();
      try {
        for (const [iso3, hit] of targets) {
          hit.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
          await el.updateComplete;
          expect(el.country).to.equal(iso3);
          expect(el.getAttribute('country')).to.equal(iso3);
        }
        expect(events.map((e) => e.country)).to.deep.equal(places.map((p) => p.iso3));
      } finally {
        stop();
      }
    });

    it('a real mouse click on a small state selects it', async () => {
      const el = await render();
      const [x, y] = centre(option(el, 'TUV')!.querySelector('.hit')!.getBoundingClientRect());
      const {events, stop} = recordEvents();
      try {
        await sendMouse({type: 'click', position: [Math.round(x), Math.round(y)]});
        await settled(el);
        expect(events.map((e) => e.country)).to.deep.equal(['TUV']);
        expect(el.getAttribute('country')).to.equal('TUV');
        expect(shadow(el).activeElement).to.equal(svgOf(el));
      } finally {
        stop();
        await sendMouse({type: 'move', position: [0, 0]});
      }
    });

    for (const lang of ['en', 'ja'] as const) {
      it(`is reached by typing its ${lang === 'en' ? 'English' : 'Japanese'} name`, async () => {
        const el = await render({}, lang);
        svgOf(el).focus();
        await el.updateComplete;
        const {events, stop} = recordEvents();
        try {
          for (const p of places) {
            await typeahead(el, nameOf(p.iso3, lang));
            expect(activeId(el), nameOf(p.iso3, lang)).to.equal(p.iso3);
          }
          expect(events, 'typing a space selects nothing').to.have.length(0);
          expect(el.hasAttribute('country')).to.be.false;
        } finally {
          stop();
        }
      });
    }

    it('Home and End go to the westernmost and the easternmost', async () => {
      const el = await render();
      const byX = [...places].sort((a, b) => pointOf(a.iso3)[0] - pointOf(b.iso3)[0]);
      svgOf(el).focus();
      await sendKeys({press: 'End'});
      await el.updateComplete;
      expect(activeId(el)).to.equal(byX.at(-1)!.iso3);
      await sendKeys({press: 'Home'});
      await el.updateComplete;
      expect(activeId(el)).to.equal(byX[0].iso3);
      // The active descendant's name is what a screen reader reads; the live region does not say it again.
      expect(option(el, byX[0].iso3)!.getAttribute('aria-label')).to.match(
        new RegExp(`^${nameOf(byX[0].iso3)}, `, 'u'),
      );
      expect(status(el), 'no second announcement of the move').to.equal('');
    });

    it('is reached by arrow keys alone, starting beside Japan', async () => {
      const el = await render();
      svgOf(el).focus();
      await el.updateComplete;
      expect(activeId(el)).to.equal(beside.iso3);
      const seen = new Set([beside.iso3]);
      const queue = [beside.iso3];
      while (queue.length) {
        const from = queue.shift()!;
        for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
          await typeahead(el, nameOf(from));
          expect(activeId(el)).to.equal(from);
          await press(el, key);
          const to = activeId(el)!;
          if (!seen.has(to)) {
            seen.add(to);
            queue.push(to);
          }
        }
      }
      expect([...seen].sort()).to.deep.equal(places.map((p) => p.iso3).sort());
    });
  });

  describe('small states', () => {
    it('have a marker with a hit target of at least 24 × 24 CSS px at the default size', async () => {
      const el = await render();
      expect(svgOf(el).getBoundingClientRect().width).to.equal(1000);
      for (const iso3 of SMALL_STATES) {
        const hit = option(el, iso3)?.querySelector('.marker .hit');
        expect(hit, `${iso3} has a marker`).to.exist;
        const {width, height} = hit!.getBoundingClientRect();
        expect(width, `${iso3} width`).to.be.at.least(24);
        expect(height, `${iso3} height`).to.be.at.least(24);
      }
    });

    it('keep 24 px targets at 320 px and when zoomed in', async () => {
      const el = await render({}, 'en', 320);
      const size = (iso3: string) => option(el, iso3)!.querySelector('.marker .hit')!.getBoundingClientRect();
      for (const iso3 of SMALL_STATES) expect(size(iso3).width, iso3).to.be.at.least(24);
      button(el, 'Zoom in').click();
      await settled(el);
      button(el, 'Zoom in').click();
      await settled(el);
      for (const iso3 of SMALL_STATES) {
        const hit = option(el, iso3)?.querySelector('.marker .hit');
        if (hit) expect(hit.getBoundingClientRect().width, iso3).to.be.within(24, 26);
      }
    });

    for (const width of [320, 1000, 1600]) {
      it(`at ${width} px every country is a 24 × 24 px target: its marker, or an outline that wide and tall`, async () => {
        await setViewport({width: Math.max(1200, width + 100), height: 1000});
        try {
          const el = await render({}, 'en', width);
          expect(svgOf(el).getBoundingClientRect().width).to.equal(width);
          const shapes = new Map(planarMap.shapes.map((s) => [s.id, s]));
          for (const o of options(el)) {
            const iso3 = o.getAttribute('data-country')!;
            const hit = o.querySelector('.marker .hit');
            if (hit) {
              const r = hit.getBoundingClientRect();
              expect(Math.min(r.width, r.height), `${iso3}'s marker`).to.be.at.least(24);
              continue;
            }
            // No marker: its largest outline (the ring the build gives bounds for) is the target.
            const [x0, y0, x1, y1] = shapes.get(bundledIndex.countries.get(iso3)!.isoNumeric)!.bounds;
            const a = toClient(el, [x0, y0]);
            const b = toClient(el, [x1, y1]);
            expect(Math.min(b.x - a.x, b.y - a.y), `${iso3}'s outline`).to.be.at.least(24);
          }
        } finally {
          await setViewport({width: 1200, height: 1000});
        }
      });
    }

    for (const [width, view] of [
      [320, 'indo-pacific'],
      [320, 'world'],
      [1000, 'indo-pacific'],
    ] as const) {
      it(`at ${width} px (${view}) no marker covers another or lies under an outline; a moved one points home`, async () => {
        const el = await render({view}, 'en', width);
        const markers = options(el)
          .filter((o) => o.querySelector('.marker'))
          .map((o) => ({
            iso3: o.getAttribute('data-country')!,
            at: centre(o.querySelector('.hit')!.getBoundingClientRect()),
          }));
        expect(markers.length, 'many markers').to.be.above(15);
        for (const [i, a] of markers.entries()) {
          for (const b of markers.slice(i + 1)) {
            expect(Math.hypot(a.at[0] - b.at[0], a.at[1] - b.at[1]), `${a.iso3} and ${b.iso3} apart`).to.be.at.least(
              24,
            );
          }
          const [x, y] = a.at;
          const hit = shadow(el).elementFromPoint(x, y)?.closest('[data-country]');
          expect(hit?.getAttribute('data-country'), `${a.iso3}'s marker centre`).to.equal(a.iso3);
        }
        // A leader line runs from a moved marker to its country's point.
        const leaders = [...shadow(el).querySelectorAll<SVGLineElement>('.marker .leader')];
        if (width === 320) expect(leaders.length, 'markers moved apart at 320 px').to.be.above(0);
        for (const line of leaders) {
          const iso3 = line.closest('[data-country]')!.getAttribute('data-country')!;
          const end = new DOMPoint(line.x2.baseVal.value, line.y2.baseVal.value).matrixTransform(line.getScreenCTM()!);
          const home = toClient(el, pointOf(iso3));
          if (!line.closest('.marker.edge')) {
            expect(Math.hypot(end.x - home.x, end.y - home.y), `${iso3}'s leader ends at its point`).to.be.below(1.5);
            continue;
          }
          // An edge marker's place is off the map: its leader ends at its pin on the edge, nearer home.
          const frame = svgOf(el).getBoundingClientRect();
          const start = centre(line.closest('.marker')!.querySelector('.hit')!.getBoundingClientRect());
          expect(end.x, iso3).to.be.within(frame.left, frame.right);
          expect(end.y, iso3).to.be.within(frame.top, frame.bottom);
          expect(Math.hypot(end.x - home.x, end.y - home.y), `${iso3}'s leader points home`).to.be.below(
            Math.hypot(start[0] - home.x, start[1] - home.y),
          );
        }
      });
    }
  });

  describe('territory follows the position of the Government of Japan', () => {
    // Etorofu (build log: its polygon at 147.83°E 45.05°N) and Kunashiri.
    const NORTHERN_TERRITORIES: [string, Point][] = [
      ['Etorofu', [147.83, 45.05]],
      ['Kunashiri', [145.9, 44.2]],
    ];
    /** The shipped outlines as the browser fills them, one path each, in an SVG of their own. */
    function owners(point: DOMPoint): string[] {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      const paths = planarMap.shapes.map((shape) => {
        const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        path.setAttribute('d', shape.d);
        path.setAttribute('fill-rule', 'evenodd');
        svg.append(path);
        return [shape.id, path] as const;
      });
      document.body.append(svg);
      try {
        return paths.filter(([, path]) => path.isPointInFill(point)).map(([id]) => id);
      } finally {
        svg.remove();
      }
    }
    const landOf = (el: FoipMap) => $<SVGPathElement>(el, 'path.land:not(.undetermined, .home)')!;

    for (const [island, lonLat] of NORTHERN_TERRITORIES) {
      it(`${island} lies inside Japan's land and nobody else's`, async () => {
        const el = await render();
        expect(landOf(el).getAttribute('d'), 'the land draws every other outline of the geometry').to.equal(
          planarMap.shapes
            .filter((shape) => shape.id !== UNDETERMINED)
            .map((shape) => shape.d)
            .join(''),
        );
        const [x, y] = project(lonLat);
        const point = new DOMPoint(x, y);
        expect(landOf(el).isPointInFill(point), `${island} is land on the map`).to.be.true;
        expect(owners(point), `${island} is Japan's alone`).to.deep.equal(['392']);
        // And Japan, drawn again above the land as the home country, with the same outline.
        expect($<SVGPathElement>(el, 'path.home')!.isPointInFill(point)).to.be.true;
      });
    }

    it('draws southern Sakhalin and the Kurils north of Etorofu apart, uncoloured, as of undetermined status', async () => {
      const el = await render();
      const undetermined = $<SVGPathElement>(el, 'path.land.undetermined')!;
      expect(undetermined.getAttribute('d')).to.equal(planarMap.shapes.find((s) => s.id === UNDETERMINED)!.d);
      expect(landOf(el).getAttribute('d'), 'the rest of the land leaves it out').not.to.contain(
        undetermined.getAttribute('d'),
      );
      for (const lonLat of [
        [142.8, 47.0],
        [150.0, 45.9],
      ] as Point[]) {
        const [x, y] = project(lonLat);
        expect(undetermined.isPointInFill(new DOMPoint(x, y)), `${lonLat}`).to.be.true;
        expect(landOf(el).isPointInFill(new DOMPoint(x, y)), `${lonLat} not in the land`).to.be.false;
      }
      expect(getComputedStyle(undetermined).fill).not.to.equal(getComputedStyle(landOf(el)).fill);
    });

    it('a point in the sea off Etorofu is no one’s (the test can tell land from sea)', async () => {
      const el = await render();
      const [x, y] = project([149.5, 44]);
      expect(landOf(el).isPointInFill(new DOMPoint(x, y))).to.be.false;
      expect(owners(new DOMPoint(x, y))).to.deep.equal([]);
      const [hx, hy] = project([142.5, 43.5]);
      expect(landOf(el).isPointInFill(new DOMPoint(hx, hy))).to.be.true;
      expect(owners(new DOMPoint(hx, hy))).to.deep.equal(['392']);
    });
  });

  describe('keyboard', () => {
    it('is one tab stop: the svg has tabindex 0 and no option is tabbable', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 1000px">
          <button id="before">before</button>${map()}<button id="after">after</button>
        </div>`,
      );
      const el = wrapper.querySelector<FoipMap>('foip-map')!;
      await settled(el);
      const svg = svgOf(el);
      expect(svg.getAttribute('tabindex')).to.equal('0');
      expect(svg.getAttribute('role')).to.equal('listbox');
      for (const o of options(el)) {
        expect(o.hasAttribute('tabindex'), o.id).to.be.false;
        expect(o.tabIndex, o.id).to.be.below(0);
      }
      expect(
        shadow(el).querySelectorAll('[role=option] [tabindex], [role=option] a, [role=option] button'),
      ).to.have.length(0);
      // From the last control, Tab lands on the map itself and the next Tab leaves it.
      const controls = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=controls] button')];
      controls.at(-1)!.focus();
      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement).to.equal(svg);
      expect(activeId(el)).to.equal(beside.iso3);
      await sendKeys({press: 'ArrowLeft'});
      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement).not.to.equal(svg);
      expect(shadow(el).activeElement?.closest('[role=option]') ?? null).to.be.null;
      // Shift+Tab comes back to the map: no trap either way.
      await sendKeys({down: 'Shift'});
      try {
        await sendKeys({press: 'Tab'});
        expect(shadow(el).activeElement).to.equal(svg);
        await sendKeys({press: 'Tab'});
        expect(shadow(el).activeElement).to.equal(controls.at(-1));
      } finally {
        await sendKeys({up: 'Shift'});
      }
    });

    it('ArrowRight from the Philippines goes east, ArrowLeft from Korea west, Up north, Down south', async () => {
      const el = await render();
      svgOf(el).focus();
      await typeahead(el, 'Philippines');
      expect(activeId(el)).to.equal('PHL');
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      const east = activeId(el)!;
      expect(east).not.to.equal('PHL');
      expect(pointOf(east)[0], `${east} is east of the Philippines`).to.be.above(pointOf('PHL')[0]);

      await typeahead(el, nameOf('KOR'));
      expect(activeId(el)).to.equal('KOR');
      await sendKeys({press: 'ArrowLeft'});
      await el.updateComplete;
      const west = activeId(el)!;
      expect(pointOf(west)[0], `${west} is west of Korea`).to.be.below(pointOf('KOR')[0]);

      await typeahead(el, nameOf('KOR'));
      await sendKeys({press: 'ArrowDown'});
      await el.updateComplete;
      const south = activeId(el)!;
      expect(pointOf(south)[1], `${south} is south of Korea`).to.be.above(pointOf('KOR')[1]);

      await typeahead(el, 'Australia');
      await sendKeys({press: 'ArrowUp'});
      await el.updateComplete;
      const north = activeId(el)!;
      expect(pointOf(north)[1], `${north} is north of Australia`).to.be.below(pointOf('AUS')[1]);
      // Not list order: the dataset lists Australia right after the United States.
      expect(north).not.to.equal('USA');
    });

    it('the focused country is the active descendant, marked and kept in view', async () => {
      const el = await render();
      svgOf(el).focus();
      await typeahead(el, 'Indonesia');
      const svg = svgOf(el);
      expect(svg.getAttribute('aria-activedescendant')).to.equal('place-IDN');
      expect(shadow(el).getElementById('place-IDN')!.getAttribute('role')).to.equal('option');
      expect(option(el, 'IDN')!.classList.contains('active')).to.be.true;
      expect(shadow(el).querySelectorAll('.place.active')).to.have.length(1);
    });

    it('Enter selects: country reflects, one bubbling composed event with the country and its initiatives', async () => {
      const el = await render();
      const phl = place('PHL');
      expect(phl.initiatives.length).to.be.above(1);
      svgOf(el).focus();
      await sendKeys({type: 'phi'});
      await el.updateComplete;
      expect(activeId(el)).to.equal('PHL');
      const {events, stop} = recordEvents();
      try {
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expect(events).to.have.length(1);
        expect(events[0]).to.be.instanceOf(FoipCountrySelectEvent);
        expect(events[0].bubbles && events[0].composed).to.be.true;
        expect(events[0].country).to.equal('PHL');
        expect(events[0].initiatives).to.deep.equal(phl.initiatives);
        expect(el.country).to.equal('PHL');
        expect(el.getAttribute('country')).to.equal('PHL');
        expect(option(el, 'PHL')!.getAttribute('aria-selected')).to.equal('true');
        expect(option(el, 'PHL')!.classList.contains('selected')).to.be.true;
        // Its name said the rest when it was reached: the selection is news, in one sentence.
        expect(status(el)).to.equal('Philippines selected.');

        // Escape closes the tooltip first, then clears the selection.
        expect(tooltip(el)).to.exist;
        await sendKeys({press: 'Escape'});
        await el.updateComplete;
        expect(tooltip(el)).to.be.null;
        expect(el.getAttribute('country')).to.equal('PHL');
        expect(events).to.have.length(1);
        await sendKeys({press: 'Escape'});
        await el.updateComplete;
        expect(events).to.have.length(2);
        expect(events[1].country).to.be.null;
        expect(events[1].initiatives).to.deep.equal([]);
        expect(el.hasAttribute('country')).to.be.false;
        expect(option(el, 'PHL')!.getAttribute('aria-selected')).to.equal('false');
        expect(status(el)).to.equal('Selection cleared.');
        // Nothing left to close: Escape is not swallowed.
        const escape = await press(el, 'Escape');
        expect(escape.defaultPrevented).to.be.false;
        expect(events).to.have.length(2);
      } finally {
        stop();
      }
    });

    it('typing "phi" jumps to the Philippines, and so does the Japanese 「フィ」', async () => {
      const el = await render();
      svgOf(el).focus();
      await sendKeys({type: 'phi'});
      await el.updateComplete;
      expect(activeId(el)).to.equal('PHL');
      // Japan, the home country, is no stop: its name, typed, leaves the focus where it was.
      await typeahead(el, 'Japan');
      expect(activeId(el)).to.equal('PHL');
      await typeahead(el, '日本');
      expect(activeId(el)).to.equal('PHL');
      await typeahead(el, 'フィ');
      expect(activeId(el)).to.equal('PHL');
      await typeahead(el, 'ﾌｨ');
      expect(activeId(el), 'half-width kana too').to.equal('PHL');
      await typeahead(el, 'xq');
      expect(activeId(el), 'no match keeps the focus').to.equal('PHL');
    });

    it('a space or hyphen typed within a name is part of it; on its own a space selects', async () => {
      const el = await render();
      svgOf(el).focus();
      const {events, stop} = recordEvents();
      try {
        await typeahead(el, 'Sri Lanka');
        expect(activeId(el)).to.equal('LKA');
        expect(events).to.have.length(0);
        await typeahead(el, 'Timor-Leste');
        expect(activeId(el)).to.equal('TLS');
        expect(viewBox(el), 'the hyphen did not zoom').to.deep.equal([...BASE]);
        await typeahead(el, 'Sri L');
        expect(activeId(el)).to.equal('LKA');
        await aTimeout(1100);
        await sendKeys({press: ' '});
        await el.updateComplete;
        expect(events.map((e) => e.country)).to.deep.equal(['LKA']);
      } finally {
        stop();
      }
    });
  });

  describe('tooltip', () => {
    const glyph = (pillar: PillarId) => bundledIndex.pillars.get(pillar)!.glyph;

    it('hovering a country shows its name and its initiatives’ short titles with glyphs', async () => {
      const el = await render();
      expect(tooltip(el)).to.be.null;
      const target = option(el, 'PHL')!.querySelector('path.shape')!;
      target.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      await settled(el);
      const tip = tooltip(el)!;
      expect(tip).to.exist;
      expect(text(tip.querySelector('.tooltip-title'))).to.equal('Philippines');
      const items = [...tip.querySelectorAll('.tooltip-list')[0].querySelectorAll('li')];
      const phl = place('PHL');
      expect(items.map((li) => text(li))).to.deep.equal(
        phl.initiatives.map((id) => {
          const i = bundledIndex.initiatives.get(id)!;
          return `${glyph(i.pillar)}${i.title.en}`;
        }),
      );
      expect(items.map((li) => li.getAttribute('data-pillar'))).to.deep.equal(
        phl.initiatives.map((id) => String(bundledIndex.initiatives.get(id)!.pillar)),
      );
      // It is on screen, inside the map.
      const frame = $(el, '.frame')!.getBoundingClientRect();
      const r = tip.getBoundingClientRect();
      expect(r.width).to.be.above(0);
      expect(r.left).to.be.at.least(frame.left - 1);
      expect(r.right).to.be.at.most(frame.right + 1);
    });

    it('an item of two priority areas shows both glyphs, and stands on its own where the filter drops its initiative', async () => {
      for (const entry of dataset.mapEntries.filter((e) => e.items.some((i) => i.pillars))) {
        const item = entry.items.find((i) => i.pillars)!;
        const [iso3] = entry.countries;
        // Filtered to the area that is not its initiative's, the item is the place's own entry.
        const other = item.pillars!.find((p) => p !== item.pillar)!;
        const el = await render({pillar: String(other)});
        option(el, iso3)!
          .querySelector('path.shape')!
          .dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
        await settled(el);
        const li = [...tooltip(el)!.querySelectorAll('li')].find((l) => text(l).includes(item.text.en));
        expect(li, `${iso3}: ${item.text.en}`).to.exist;
        expect(text(li!.querySelector('.glyph'))).to.equal(item.pillars!.map(glyph).join(''));
        expect(option(el, iso3)!.getAttribute('aria-label'), `${iso3} counts it`).to.match(
          /, \d+ (initiative|map entr)/u,
        );
      }
    });

    it('focus shows it too, in Japanese on a Japanese page; Escape hides it', async () => {
      const el = await render({}, 'ja');
      svgOf(el).focus();
      await settled(el);
      expect(text(tooltip(el)?.querySelector('.tooltip-title'))).to.equal(nameOf(beside.iso3, 'ja'));
      await typeahead(el, 'フィリピン');
      await settled(el);
      const tip = tooltip(el)!;
      expect(text(tip.querySelector('.tooltip-title'))).to.equal('フィリピン');
      const first = bundledIndex.initiatives.get(place('PHL').initiatives[0])!;
      expect(text(tip)).to.contain(`${glyph(first.pillar)}${first.title.ja}`);
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(tooltip(el)).to.be.null;
      expect(shadow(el).activeElement, 'focus stays on the map').to.equal(svgOf(el));
    });

    it('Escape closes a hovered tooltip wherever focus is: on the page, or in the tooltip', async () => {
      const el = await render();
      const hover = async (iso3: string) => {
        option(el, iso3)!
          .querySelector('path.shape')!
          .dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
        await settled(el);
      };
      const outside = await fixture<HTMLButtonElement>(html`<button type="button">Elsewhere</button>`);
      outside.focus();
      await hover('IDN');
      expect(tooltip(el)).to.exist;
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(tooltip(el), 'closed with focus on the page').to.be.null;
      expect(document.activeElement, 'focus left where it was').to.equal(outside);

      await hover('PHL');
      tooltip(el)!.querySelector<HTMLButtonElement>('button.close')!.focus();
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(tooltip(el), 'closed with focus in it').to.be.null;
      expect(shadow(el).activeElement, 'focus back on the map, not lost').to.equal(svgOf(el));
    });

    it('Escape closes every open tooltip: the focused map’s and another map’s hovered one', async () => {
      const focused = await render();
      const hovered = await render();
      svgOf(focused).focus();
      await settled(focused);
      expect(tooltip(focused), 'focus opens one').to.exist;
      option(hovered, 'IDN')!
        .querySelector('path.shape')!
        .dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      await settled(hovered);
      expect(tooltip(hovered), 'the pointer opens another').to.exist;
      await sendKeys({press: 'Escape'});
      await focused.updateComplete;
      await hovered.updateComplete;
      expect(tooltip(focused), 'the focused map handles its own').to.be.null;
      expect(tooltip(hovered), 'the other closes too').to.be.null;
    });

    it('lists map items, region-wide boxes and partnerships for countries without initiatives of their own', async () => {
      const el = await render();
      const regionOnly = places.find((p) => p.count === 0 && p.regions.length > 0)!;
      const partner = places.find((p) => p.partnerships.length > 0)!;
      // A partner only through a map item of no initiative: （日米韓） in the US box names the Republic of Korea.
      const itemPartner = places.find((p) => p.partnerItems.length > 0 && p.count === 0)!;
      expect(itemPartner, 'a partner named only in a map item').to.exist;
      for (const p of [regionOnly, partner, itemPartner]) {
        option(el, p.iso3)!.firstElementChild!.dispatchEvent(
          new PointerEvent('pointerover', {bubbles: true, composed: true}),
        );
        await settled(el);
        const tip = text(tooltip(el));
        expect(tip).to.contain(nameOf(p.iso3));
        for (const r of p.regions) expect(tip).to.contain(bundledIndex.regions.get(r)!.name.en);
        for (const id of p.partnerships) expect(tip).to.contain(bundledIndex.initiatives.get(id)!.title.en);
        for (const {item} of p.partnerItems) expect(tip).to.contain(item.text.en);
      }
    });

    it('stays while the pointer moves from the country onto it, and closes after the pointer leaves', async () => {
      const el = await render();
      const target = option(el, 'IDN')!.querySelector('path.shape')!;
      target.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      await settled(el);
      expect(tooltip(el)).to.exist;
      // Leave the country, reach the tooltip within the grace time: it stays.
      target.dispatchEvent(new PointerEvent('pointerout', {bubbles: true, composed: true}));
      target.dispatchEvent(new PointerEvent('pointerleave', {composed: true}));
      await aTimeout(100);
      tooltip(el)!.dispatchEvent(new PointerEvent('pointerenter'));
      await aTimeout(450);
      await el.updateComplete;
      expect(tooltip(el), 'kept while hovered').to.exist;
      // Leave the tooltip: it closes after the grace time.
      tooltip(el)!.dispatchEvent(new PointerEvent('pointerleave'));
      await aTimeout(450);
      await el.updateComplete;
      expect(tooltip(el)).to.be.null;

      // Leaving the country for elsewhere closes it too, after the grace time, not at once.
      target.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      await settled(el);
      target.dispatchEvent(new PointerEvent('pointerout', {bubbles: true, composed: true}));
      await aTimeout(100);
      await el.updateComplete;
      expect(tooltip(el), 'still there within the grace time').to.exist;
      await aTimeout(350);
      await el.updateComplete;
      expect(tooltip(el)).to.be.null;
    });

    it('is never clipped, even on a 320 px map shorter than the tooltip', async () => {
      // The world view: a narrow Indo-Pacific map is a taller crop (scripts/geo/projection.ts), 285 px tall.
      const el = await render({view: 'world'}, 'en', 320);
      const root = shadow(el);
      expect(svgOf(el).getBoundingClientRect().height).to.be.below(220);
      for (const p of places) {
        option(el, p.iso3)!.firstElementChild!.dispatchEvent(
          new PointerEvent('pointerover', {bubbles: true, composed: true}),
        );
        await settled(el);
        const tip = tooltip(el)!;
        const r = tip.getBoundingClientRect();
        // Its last line and its far corner are on top, not cut off by the map's frame.
        for (const [x, y] of [
          [r.left + 6, r.bottom - 6],
          [r.right - 6, r.top + 6],
        ])
          expect(tip.contains(root.elementFromPoint(x, y)), `${p.iso3} at ${x}, ${y}`).to.be.true;
      }
    });

    it('the close button closes it', async () => {
      const el = await render();
      option(el, 'IDN')!
        .querySelector('path.shape')!
        .dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      await settled(el);
      const close = tooltip(el)!.querySelector<HTMLButtonElement>('button.close')!;
      expect(close.getAttribute('aria-label')).to.equal('Close details of Indonesia');
      close.click();
      await el.updateComplete;
      expect(tooltip(el)).to.be.null;
    });

    for (const width of [1000, 320]) {
      it(`a hovered country's tooltip leaves the keyboard-focused one in sight (${width} px)`, async () => {
        const el = await render({}, 'en', width);
        svgOf(el).focus();
        for (const focused of ['KOR', 'SGP', 'FJI', 'IND', 'AUS']) {
          await typeahead(el, nameOf(focused));
          await settled(el);
          const kept = targetRect(el, focused);
          const [fx, fy] = centre(kept);
          // Its nearest neighbours on screen: the tooltips most likely to land on it.
          const neighbours = optionIds(el)
            .filter((iso3) => iso3 !== focused)
            .map((iso3) => ({iso3: iso3!, at: centre(targetRect(el, iso3!))}))
            .sort((a, b) => Math.hypot(a.at[0] - fx, a.at[1] - fy) - Math.hypot(b.at[0] - fx, b.at[1] - fy))
            .slice(0, 4);
          for (const {iso3} of neighbours) {
            option(el, iso3)!.firstElementChild!.dispatchEvent(
              new PointerEvent('pointerover', {bubbles: true, composed: true}),
            );
            await settled(el);
            expect(activeId(el), 'focus stays').to.equal(focused);
            expect(text(tooltip(el)!.querySelector('.tooltip-title'))).to.equal(nameOf(iso3));
            const tip = tooltip(el)!.getBoundingClientRect();
            expect(overlaps(tip, kept), `${iso3}'s tooltip hides the focused ${focused}`).to.be.false;
            expect(overlaps(tip, targetRect(el, iso3)), `${iso3}'s tooltip hides ${iso3}`).to.be.false;
          }
        }
      });
    }

    it('sits beside the hovered country on a page scaled with CSS zoom', async () => {
      // Some sites enlarge the page with zoom (a text-size switch): the tooltip is placed in its own pixels.
      const wrapper = await fixture<HTMLElement>(html`<div style="zoom: 1.5; inline-size: 700px">${map()}</div>`);
      const el = wrapper.querySelector<FoipMap>('foip-map')!;
      await settled(el);
      const frame = $(el, '.frame')!.getBoundingClientRect();
      // Markers: their client rect is what is drawn (Firefox's getScreenCTM leaves a page's zoom out).
      for (const iso3 of ['FJI', 'TUV', 'SGP', 'PLW', 'NRU', 'TLS']) {
        option(el, iso3)!.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
        await settled(el);
        const tip = tooltip(el)!.getBoundingClientRect();
        const target = option(el, iso3)!.querySelector('.marker .hit')!.getBoundingClientRect();
        const [tx, ty] = centre(target);
        expect(overlaps(tip, target), `the tooltip of ${iso3} leaves it free`).to.be.false;
        expect(Math.min(Math.abs(tip.bottom - ty), Math.abs(tip.top - ty)), `${iso3}'s tooltip beside it`).to.be.below(
          24 * 1.5,
        );
        expect(tx, `${iso3}'s tooltip over it`).to.be.within(tip.left - 1, tip.right + 1);
        expect(tip.left, `${iso3}'s tooltip in the frame`).to.be.at.least(frame.left - 1);
        expect(tip.right, `${iso3}'s tooltip in the frame`).to.be.at.most(frame.right + 1);
      }
    });

    it('never hides the focused country, wherever it is (edge markers included)', async () => {
      const el = await render();
      svgOf(el).focus();
      const svgRect = svgOf(el).getBoundingClientRect();
      for (const p of places) {
        await typeahead(el, nameOf(p.iso3));
        await settled(el);
        const target = targetRect(el, p.iso3);
        const tip = tooltip(el)!.getBoundingClientRect();
        const [tx, ty] = centre(target);
        expect(tx, `${p.iso3} in view`).to.be.within(svgRect.left, svgRect.right);
        expect(ty, `${p.iso3} in view`).to.be.within(svgRect.top, svgRect.bottom);
        expect(overlaps(tip, target), `the tooltip of ${p.iso3} leaves its target free`).to.be.false;
        // …and sits right beside it: above or below, horizontally over it.
        const gap = Math.min(Math.abs(tip.bottom - ty), Math.abs(tip.top - ty));
        expect(gap, `the tooltip of ${p.iso3} is beside it`).to.be.below(24);
        expect(tx, `the tooltip of ${p.iso3} is over it`).to.be.within(tip.left - 1, tip.right + 1);
      }
      expect(viewBox(el), 'walking the keyboard does not move the map at zoom 1').to.deep.equal([...BASE]);
    });
  });

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

  describe('zoom', () => {
    it('by buttons: + divides the viewBox width by 1.5, − multiplies it, reset restores', async () => {
      const el = await render();
      expect(viewBox(el)).to.deep.equal([...BASE]);
      expect(button(el, 'Zoom out').disabled).to.be.true;
      expect(button(el, 'Reset view').disabled).to.be.true;
      button(el, 'Zoom in').click();
      await settled(el);
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2] / 1.5, 1e-6);
      expect(viewBox(el)[3]).to.be.closeTo(BASE[3] / 1.5, 1e-6);
      button(el, 'Zoom in').click();
      await settled(el);
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2] / 2.25, 1e-6);
      expect(button(el, 'Zoom out').disabled).to.be.false;
      button(el, 'Zoom out').click();
      await settled(el);
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2] / 1.5, 1e-6);
      button(el, 'Reset view').click();
      await settled(el);
      expect(viewBox(el)).to.deep.equal([...BASE]);
      // Markers keep their screen size when zoomed: the map scales, they do not.
      button(el, 'Zoom in').click();
      await settled(el);
      expect(option(el, 'TUV')!.querySelector('.hit')!.getBoundingClientRect().width).to.be.within(24, 26);
    });

    it('stops at the limits: never smaller than the view, at most 8×; at a limit the map does not move', async () => {
      const el = await render();
      svgOf(el).focus();
      await typeahead(el, 'Fiji');
      await press(el, '-');
      await press(el, '_');
      svgOf(el).dispatchEvent(new WheelEvent('wheel', {deltaY: 100, clientX: 900, clientY: 600, bubbles: true}));
      await settled(el);
      expect(viewBox(el)).to.deep.equal([...BASE]);
      for (let n = 0; n < 10; n++) button(el, 'Zoom in').click();
      await settled(el);
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2] / 8, 1e-6);
      expect(button(el, 'Zoom in').disabled).to.be.true;
      for (let n = 0; n < 10; n++) await press(el, '-');
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2], 1e-6);
    });

    it('by keys: + and - about the focused country, 0 resets; Shift+arrows pan', async () => {
      const el = await render();
      svgOf(el).focus();
      await typeahead(el, 'Philippines');
      await sendKeys({press: '+'});
      await settled(el);
      const zoomed = viewBox(el);
      expect(zoomed[2]).to.be.closeTo(BASE[2] / 1.5, 1e-6);
      const [px, py] = pointOf('PHL');
      expect(px).to.be.within(zoomed[0], zoomed[0] + zoomed[2]);
      expect(py).to.be.within(zoomed[1], zoomed[1] + zoomed[3]);
      await sendKeys({press: '+'});
      await settled(el);
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2] / 2.25, 1e-6);
      await sendKeys({press: '-'});
      await settled(el);
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2] / 1.5, 1e-6);
      const [x, y, w] = viewBox(el);
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'ArrowLeft'});
      await sendKeys({up: 'Shift'});
      await settled(el);
      expect(viewBox(el)[0]).to.be.closeTo(x - w * 0.2, 1e-6);
      expect(viewBox(el)[1]).to.equal(y);
      expect(activeId(el), 'panning keeps the focus').to.equal('PHL');
      await sendKeys({press: '0'});
      await settled(el);
      expect(viewBox(el)).to.deep.equal([...BASE]);
    });

    it('by wheel, about the pointer; the page does not scroll', async () => {
      const el = await render();
      const rect = svgOf(el).getBoundingClientRect();
      const [cx, cy] = [rect.left + rect.width * 0.7, rect.top + rect.height * 0.4];
      const before = toPlane(el, cx, cy);
      const wheel = new WheelEvent('wheel', {
        deltaY: -100,
        clientX: cx,
        clientY: cy,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      svgOf(el).dispatchEvent(wheel);
      await settled(el);
      expect(wheel.defaultPrevented).to.be.true;
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2] / 1.25, 1e-6);
      const after = toPlane(el, cx, cy);
      expect(after.x).to.be.closeTo(before.x, 0.5);
      expect(after.y).to.be.closeTo(before.y, 0.5);
      svgOf(el).dispatchEvent(new WheelEvent('wheel', {deltaY: 100, clientX: cx, clientY: cy, bubbles: true}));
      await settled(el);
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2], 1e-6);
    });
  });

  describe('attributes', () => {
    for (const pillars of [[2], [2, 3]] as PillarId[][]) {
      it(`pillar="${pillars.join(' ')}" shows exactly the countries of those priority areas`, async () => {
        const el = await render({pillar: pillars.join(' ')});
        const want = mapPlaces(bundledIndex, pillars).map((p) => p.iso3);
        expect(want.length).to.be.within(1, places.length - 1);
        expect(shownIds(el)).to.deep.equal(ids(want));
        // The legend lists only those priority areas.
        expect(
          [...shadow(el).querySelectorAll('.legend-list li[data-pillar]')].map((li) => li.getAttribute('data-pillar')),
        ).to.deep.equal(pillars.map(String));
      });
    }

    it('a pillar change at runtime refilters; the focus moves off a country that left', async () => {
      const el = await render();
      svgOf(el).focus();
      const gone = places.find((p) => !mapPlaces(bundledIndex, [2]).some((q) => q.iso3 === p.iso3))!;
      await typeahead(el, nameOf(gone.iso3));
      expect(activeId(el)).to.equal(gone.iso3);
      el.pillar = '2';
      await settled(el);
      expect(shownIds(el)).to.deep.equal(ids(mapPlaces(bundledIndex, [2]).map((p) => p.iso3)));
      expect(activeId(el)).to.be.null;
      // What the filter leaves out is neither seen, nor hit, nor announced.
      expect(shadow(el).querySelector(`[data-country="${gone.iso3}"]`)).to.be.null;
      const hidden = [...shadow(el).querySelectorAll('.places > g:not([role])')];
      expect(hidden.length, 'out-of-filter places').to.equal(places.length - optionIds(el).length);
      for (const g of hidden) expect(getComputedStyle(g).display).to.equal('none');
    });

    it('going back to an earlier filter, or to another language, shows that filter in that language', async () => {
      const el = await render({pillar: '2'});
      const labels = () => options(el).map((o) => o.getAttribute('aria-label'));
      const first = {ids: optionIds(el), labels: labels(), summary: text($(el, '#summary'))};
      el.pillar = '1 3';
      await settled(el);
      expect(shownIds(el)).to.deep.equal(ids(mapPlaces(bundledIndex, [1, 3]).map((p) => p.iso3)));
      el.pillar = '2';
      await settled(el);
      expect({ids: optionIds(el), labels: labels(), summary: text($(el, '#summary'))}).to.deep.equal(first);
      el.lang = 'ja';
      await settled(el);
      expect(shownIds(el)).to.deep.equal(ids(first.ids));
      const [iso3] = first.ids as string[];
      expect(option(el, iso3)!.getAttribute('aria-label')).to.contain(nameOf(iso3, 'ja'));
      expect(text($(el, '#summary'))).not.to.equal(first.summary);
      expect(text($(el, '#summary'))).to.contain('件');
    });

    it('color-by="pillar" (default) and color-by="count" give each country its class', async () => {
      const el = await render();
      expect(el.getAttribute('color-by')).to.equal('pillar');
      for (const p of places) {
        const classes = option(el, p.iso3)!.classList;
        if (p.count === 0)
          expect(classes.contains(p.regions.length ? 'region-only' : 'partner-only'), p.iso3).to.be.true;
        else if (p.pillars.length === 1) expect(classes.contains(`pillar-${p.pillars[0]}`), p.iso3).to.be.true;
        else expect(classes.contains(`stripes-${p.pillars.join('')}`), p.iso3).to.be.true;
      }
      el.colorBy = 'count';
      await settled(el);
      expect(el.getAttribute('color-by')).to.equal('count');
      const seen = new Set<number>();
      for (const p of places) {
        const classes = option(el, p.iso3)!.classList;
        if (p.count === 0) continue;
        seen.add(countClass(p.count));
        expect(classes.contains(`count-${countClass(p.count)}`), p.iso3).to.be.true;
        expect(
          [...classes].some((c) => c.startsWith('pillar-') || c.startsWith('stripes')),
          p.iso3,
        ).to.be.false;
      }
      expect(seen.size, 'the dataset spans several count classes').to.be.above(1);
      expect(text($(el, '.legend')))
        .to.contain('Initiatives and map entries per country')
        .and.contain('7 or more');
      const ja = await render({colorBy: 'count'}, 'ja');
      expect(text($(ja, '.legend-title'))).to.equal('国・地域ごとの取組等の件数');
      // The scale is the legend's first list (countries without initiatives of their own follow).
      expect([...$(ja, '.legend-list')!.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
        '1件',
        '2～3件',
        '4～6件',
        '7件以上',
      ]);
      // The fills differ: colour carries the class, not only a class name.
      const fill = (iso3: string) => getComputedStyle(option(el, iso3)!.querySelector('.shape, .dot')!).fill;
      const low = places.find((p) => countClass(p.count) === 1)!;
      const high = [...places].sort((a, b) => b.count - a.count)[0];
      expect(fill(low.iso3)).not.to.equal(fill(high.iso3));
    });

    it('names the priority areas in the legend as the document does, glyph once: 「重点分野① …」', async () => {
      for (const [lang, words] of [
        ['en', 'Priority area '],
        ['ja', '重点分野'],
      ] as const) {
        const el = await render({}, lang);
        for (const p of dataset.pillars) {
          const item = $(el, `.legend-list li[data-pillar="${p.id}"]`)!;
          expect(text(item).startsWith(`${words}${p.glyph} ${p.title[lang]}`), text(item)).to.be.true;
          expect(text(item).split(p.glyph), 'the glyph once').to.have.length(2);
          expect(item.querySelector('[aria-hidden=true]:not(svg)'), 'nothing of the name hidden').to.be.null;
        }
      }
    });

    it('at 360 px keeps each priority area’s name in running lines beside its swatch, 「重点分野①」 on one line', async () => {
      for (const lang of ['ja', 'en'] as const) {
        const el = await render({}, lang, 360);
        for (const p of dataset.pillars) {
          const item = $(el, `.legend-list li[data-pillar="${p.id}"]`)!;
          const glyph = item.querySelector('.glyph')!;
          const words = document.createRange();
          words.setStart(glyph.parentNode!, 0);
          words.setEndAfter(glyph);
          // A flex item per text run stacked 「重点分野」 one character a line.
          const tops = new Set([...words.getClientRects()].map((r) => Math.round(r.top)));
          expect(tops.size, `${lang} ${p.glyph}: the name on one line`).to.equal(1);
        }
      }
    });

    it('tells the priority areas apart without colour: ① solid, ② dotted, ③ lined, several striped', async () => {
      const el = await render();
      /** A shape's fill, or the colour of a gradient's stop. */
      const paint = (node: Element) =>
        node.localName === 'stop' ? getComputedStyle(node).stopColor : getComputedStyle(node).fill;
      const fillOf = (iso3: string) => paint(option(el, iso3)!.querySelector('.shape, .dot')!);
      const single = (pillar: PillarId) =>
        places.find((p) => p.count > 0 && p.pillars.length === 1 && p.pillars[0] === pillar)!;
      expect(fillOf(single(1).iso3), '① is a plain colour').to.match(/^rgb/u);
      for (const [pillar, texture] of [
        [2, 'texture-2'],
        [3, 'texture-3'],
      ] as const) {
        expect(fillOf(single(pillar).iso3), `${pillar} is textured`).to.contain(texture);
        // A pattern (dots) or a repeating gradient (lines): a base in the area's colour, marks on it.
        const server = $(el, `#${texture}`)!;
        const base = paint(server.querySelector('.texture-base')!);
        const mark = paint(server.querySelector('.texture-mark')!);
        expect(mark, `the marks of ${texture} stand out from its base`).not.to.equal(base);
        expect(base, `${texture} is in the colour of area ${pillar}`).to.equal(
          getComputedStyle($(el, `.legend-list li[data-pillar="${pillar}"] .glyph`)!).color,
        );
      }
      const several = places.find((p) => p.pillars.length > 1 && p.count > 0)!;
      expect(fillOf(several.iso3)).to.contain(`stripes-${several.pillars.join('')}`);
      // The legend's swatches are the key: each shows the fill the map uses.
      for (const pillar of [1, 2, 3] as const) {
        const swatch = $(el, `.legend-list li[data-pillar="${pillar}"] .swatch rect`)!;
        expect(paint(swatch), `legend swatch ${pillar}`).to.equal(fillOf(single(pillar).iso3));
      }
    });

    it('country="PHL" preselects, frames and reflects', async () => {
      const el = await render({country: 'phl'});
      expect(el.getAttribute('country')).to.equal('PHL');
      expect(option(el, 'PHL')!.getAttribute('aria-selected')).to.equal('true');
      expect(shadow(el).querySelectorAll('[aria-selected=true]')).to.have.length(1);
      const [x, y, w, h] = viewBox(el);
      expect(w).to.be.below(BASE[2]);
      expect(w / h).to.be.closeTo(BASE[2] / BASE[3], 1e-6);
      const [px, py] = pointOf('PHL');
      expect(px).to.be.within(x, x + w);
      expect(py).to.be.within(y, y + h);
      expect(activeId(el)).to.equal('PHL');
      svgOf(el).focus();
      await el.updateComplete;
      expect(activeId(el), 'the keyboard starts at the selection').to.equal('PHL');
      expect(status(el)).to.equal('');
    });

    it('country="USA" in the Indo-Pacific view selects its edge marker, in view, without moving the map', async () => {
      const el = await render({country: 'USA'});
      expect(viewBox(el)).to.deep.equal([...BASE]);
      expect(option(el, 'USA')!.getAttribute('aria-selected')).to.equal('true');
      const marker = option(el, 'USA')!.querySelector('.marker.edge .hit')!.getBoundingClientRect();
      const svgRect = svgOf(el).getBoundingClientRect();
      expect(marker.left).to.be.at.least(svgRect.left);
      expect(marker.right).to.be.at.most(svgRect.right);
      expect(marker.top).to.be.at.least(svgRect.top);
      expect(marker.bottom).to.be.at.most(svgRect.bottom);
      expect(text(option(el, 'USA')!.querySelector('.arrow'))).to.equal('→');
    });

    it('removing an attribute restores its default; clearing the selection removes country', async () => {
      const el = await render({country: 'PHL', pillar: '2', view: 'world', colorBy: 'count'});
      for (const attribute of ['country', 'pillar', 'view', 'color-by']) el.removeAttribute(attribute);
      await settled(el);
      expect($(el, '[part=problem]')).to.be.null;
      expect(el.country).to.equal('');
      expect(el.pillar).to.equal('');
      expect(el.view).to.equal('indo-pacific');
      expect(el.colorBy).to.equal('pillar');
      expect(shownIds(el)).to.deep.equal(ids(places.map((p) => p.iso3)));
      expect(shadow(el).querySelectorAll('[aria-selected=true]')).to.have.length(0);
      expect(viewBox(el)).to.deep.equal([...BASE]);
      // A default map carries no empty attributes.
      const plain = await render();
      expect(plain.hasAttribute('country')).to.be.false;
      expect(plain.hasAttribute('pillar')).to.be.false;
    });

    it('view="world" shows the whole world, the United States inside it', async () => {
      const el = await render({view: 'world'});
      expect(viewBox(el)).to.deep.equal([...WORLD]);
      const [x, y, w, h] = viewBox(el);
      const [ux, uy] = pointOf('USA');
      expect(ux).to.be.within(x, x + w);
      expect(uy).to.be.within(y, y + h);
      expect(option(el, 'USA')!.querySelector('path.shape'), 'drawn as itself').to.exist;
      expect(option(el, 'USA')!.querySelector('.marker.edge')).to.be.null;
      // The indo-pacific view points to it from the edge instead.
      el.view = 'indo-pacific';
      await settled(el);
      expect(viewBox(el)).to.deep.equal([...BASE]);
      expect(option(el, 'USA')!.querySelector('.marker.edge')).to.exist;
    });
  });

  it('ships its templates without indentation: no line-break-only text between tags (rollup.config.mjs)', async () => {
    const el = await render();
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
    const indents: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/^\s*\n\s*$/u.test(node.textContent!)) indents.push(node.parentElement?.localName ?? '#shadow-root');
    }
    expect(indents, 'whitespace text nodes with line breaks, by parent').to.deep.equal([]);
  });

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

  describe('table and summary', () => {
    for (const lang of ['en', 'ja'] as const) {
      it(`the table has one row per country with its localized name and entries (${lang})`, async () => {
        const el = await render({}, lang);
        const table = $(el, '#table')!;
        expect(table.querySelector('table')).to.exist;
        const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
        expect(rows.map((r) => r.dataset.country).sort()).to.deep.equal(places.map((p) => p.iso3).sort());
        const counts = rows.map((r) => place(r.dataset.country!).count);
        expect(counts, 'most first').to.deep.equal([...counts].sort((a, b) => b - a));
        for (const row of rows) {
          const p = place(row.dataset.country!);
          expect(text(row.querySelector('th[scope=row]'))).to.equal(nameOf(p.iso3, lang));
          // Its own list; a region's items are in the region's group after it (test/components/region-wide.test.ts).
          const entries = [...row.querySelectorAll('td > ul > li')].map((li) => text(li));
          expect(entries.length, p.iso3).to.equal(
            p.initiatives.length + p.items.length + p.partnerships.length + p.partnerItems.length,
          );
          expect(
            [...row.querySelectorAll('td > .region-wide')].map((g) => g.getAttribute('data-region')),
            p.iso3,
          ).to.deep.equal(p.regions);
          for (const [n, id] of p.initiatives.entries())
            expect(entries[n]).to.equal(bundledIndex.initiatives.get(id)!.title[lang]);
          const glyphs = text(row.querySelectorAll('td')[1]);
          expect(glyphs).to.equal(p.pillars.map((id) => bundledIndex.pillars.get(id)!.glyph).join(' '));
        }
        const headers = [...table.querySelectorAll('thead th')].map((th) => text(th));
        expect(headers).to.have.length(3);
      });
    }

    it('offers the map as drawn as a picture (SVG), named for the filter', async () => {
      for (const lang of ['en', 'ja'] as const) {
        const el = await render({pillar: '2'}, lang);
        const save = $<HTMLButtonElement>(el, '[part=picture]')!;
        expect(text(save)).to.equal(lang === 'en' ? 'Save picture (SVG)' : '画像を保存（SVG）');
        const files = downloads(() => save.click());
        expect(files.map((f) => f.name)).to.deep.equal(['foip-map-priority-area-2.svg']);
        expect(files[0].blob.type).to.equal('image/svg+xml');
        const picture = await files[0].blob.text();
        expect(picture, 'the picture toSVG() gives').to.equal(el.toSVG());
        const doc = new DOMParser().parseFromString(picture, 'image/svg+xml');
        expect(doc.querySelector('parsererror'), 'well-formed').to.be.null;
        const names = [...doc.querySelectorAll('text')].map((t) => t.textContent);
        expect(names, 'a country of priority area 2 named').to.include(nameOf('IND', lang));
      }
    });

    it('shown, offers its data with sources as CSV, for the current filter and in either language', async () => {
      const el = await render({pillar: '2'}, 'ja');
      expect($(el, 'button.download'), 'no download button while the table is out of sight').to.be.null;
      button(el, '表で表示')!.click();
      await settled(el);
      const download = $<HTMLButtonElement>(el, 'button.download')!;
      expect(text(download)).to.equal('CSVでダウンロード');
      const files = downloads(() => download.click());
      expect(files.map((f) => f.name)).to.deep.equal(['foip-map-priority-area-2.csv']);
      expect(files[0].blob.type).to.contain('text/csv');
      const bytes = new Uint8Array(await files[0].blob.arrayBuffer());
      expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark, for Excel').to.deep.equal([0xef, 0xbb, 0xbf]);
      // (Reading it as text drops the byte-order mark.)
      expect(await files[0].blob.text()).to.equal(
        placesCsv(bundledIndex, mapPlaces(bundledIndex, [2])).replace(/^\uFEFF/u, ''),
      );
    });

    it('is out of sight until "Show as table", and always there for screen readers', async () => {
      const el = await render();
      const table = $(el, '#table')!;
      /** Above the page's top edge: no one sees it, but it is rendered (no display:none, no visibility:hidden). */
      const outOfSight = () => {
        const style = getComputedStyle(table);
        return table.getBoundingClientRect().bottom <= 0 && style.display !== 'none' && style.visibility === 'visible';
      };
      expect(outOfSight(), 'hidden table out of sight and exposed').to.be.true;
      expect(table.querySelectorAll('tbody tr')).to.have.length(places.length);
      const show = button(el, 'Show as table');
      expect(show.getAttribute('aria-controls')).to.equal('table');
      expect(show.getAttribute('aria-expanded')).to.equal('false');
      show.click();
      await settled(el);
      expect(table.getBoundingClientRect().width).to.be.above(500);
      expect(table.getBoundingClientRect().height).to.be.above(200);
      const hide = button(el, 'Hide table');
      expect(hide.getAttribute('aria-expanded')).to.equal('true');
      expect(outOfSight()).to.be.false;
      hide.click();
      await settled(el);
      expect(outOfSight(), 'hidden again').to.be.true;
    });

    it("the summary describes the map in both languages, out of all the document's initiatives", async () => {
      const [n, m, total] = summaryCounts();
      expect(m, 'some initiatives cover a region or name no country or region').to.be.below(total);
      const en = await render();
      // Not read on every focus of the map: the listbox is described by its keys only.
      expect(svgOf(en).getAttribute('aria-describedby')).to.equal('keys');
      expect(text($(en, 'p#summary'))).to.contain(
        `This document sets out ${total} initiatives by Japan, ${m} of them for specific countries or territories; the rest cover a region as a whole or name no country or region. Together with the other map entries, they concern ${n} countries and territories.`,
      );
      const ja = await render({}, 'ja');
      expect(text($(ja, 'p#summary'))).to.contain(
        `この資料では、日本の取組${total}件のうち${m}件が特定の国・地域を対象としています。その他は地域全体を対象とするもの又は対象国・地域が明記されていないものです。これらの取組は、地図上のその他の記載とあわせ、${n}か国・地域を対象としています。`,
      );
      // A partner's edition in which every initiative names a country: all of them, no "others".
      const edited = structuredClone(dataset) as unknown as {initiatives: {countries: string[]}[]};
      for (const initiative of edited.initiatives) if (!initiative.countries.length) initiative.countries = ['PHL'];
      en.data = edited;
      ja.data = edited;
      await Promise.all([settled(en), settled(ja)]);
      expect(text($(en, 'p#summary'))).to.match(
        new RegExp(
          `^This document sets out ${total} initiatives by Japan, all of them for specific countries or territories\\. Together with the other map entries, they concern \\d+ countries and territories\\. A further \\d+ countries and territories are covered only as members of ASEAN or the Pacific Island countries \\(region-wide items\\)\\. The most`,
          'u',
        ),
      );
      expect(text($(ja, 'p#summary'))).to.match(
        new RegExp(
          `^この資料では、日本の取組${total}件のすべてが特定の国・地域を対象としています。これらの取組は`,
          'u',
        ),
      );
    });
  });

  describe('print', () => {
    it('prints the map, its names, legend, summary and table, without controls or tooltip; the summary closes again after', async () => {
      const el = await render();
      svgOf(el).focus();
      await settled(el);
      expect(tooltip(el), 'a tooltip is open when printing starts').to.exist;
      const about = $<HTMLDetailsElement>(el, 'details.about')!;
      const summary = $(el, '#summary')!;
      expect(summary.checkVisibility(), 'summary closed on screen').to.be.false;
      const root = shadow(el);
      const print = mediaRules(root, 'print');
      expect(print.found).to.be.at.least(1);
      const restore = print.apply();
      window.dispatchEvent(new Event('beforeprint'));
      try {
        expect(about.open, 'opened for print').to.be.true;
        expect(summary.checkVisibility(), 'summary printed').to.be.true;
        expect(text(summary)).to.contain('countries and territories');
        for (const hidden of ['[part=controls]', '.tooltip', '.about summary']) {
          expect(getComputedStyle($(el, hidden)!).display, hidden).to.equal('none');
        }
        const table = $(el, '#table')!.getBoundingClientRect();
        expect(table.height, 'table printed').to.be.above(100);
        expect(table.top, 'table in the flow, not off the page').to.be.above(svgOf(el).getBoundingClientRect().bottom);
        expect($(el, '.legend')!.getBoundingClientRect().height).to.be.above(0);
        expect(root.querySelectorAll('.labels text').length, 'country names printed').to.be.above(10);
      } finally {
        window.dispatchEvent(new Event('afterprint'));
        restore();
      }
      expect(about.open, 'closed again after printing').to.be.false;
    });
  });

  describe('live region', () => {
    it("says nothing of a move (the option's name does), then the selection in one sentence (English)", async () => {
      const el = await render();
      const region = $(el, '[role=status]')!;
      expect(region.getAttribute('aria-live') ?? 'polite').to.equal('polite');
      expect(status(el)).to.equal('');
      svgOf(el).focus();
      await sendKeys({type: 'phi'});
      await el.updateComplete;
      expect(activeId(el)).to.equal('PHL');
      expect(status(el), 'silent on a move').to.equal('');
      // What is read on reaching it: one sentence, the one the tooltip bears out.
      expect(option(el, 'PHL')!.getAttribute('aria-label')).to.equal(expectedLabel(place('PHL')));
      // Reaching a region member contradicts nothing: no "0 initiatives".
      await typeahead(el, 'Marshall');
      expect(activeId(el)).to.equal('MHL');
      expect(status(el)).to.equal('');
      expect(option(el, 'MHL')!.getAttribute('aria-label')).not.to.match(/\b0\b/u);
      expect(text(tooltip(el))).to.contain('Pacific Island countries');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(status(el)).to.equal('Marshall Islands selected.');
    });

    it('speaks Japanese on a Japanese page', async () => {
      const el = await render({}, 'ja');
      svgOf(el).focus();
      await typeahead(el, 'フィ');
      expect(status(el)).to.equal('');
      const phl = place('PHL');
      const areas = phl.pillars.map((id) => bundledIndex.pillars.get(id)!.glyph).join('');
      expect(option(el, 'PHL')!.getAttribute('aria-label')).to.equal(
        `フィリピン、取組等${phl.count}件、重点分野${areas}`,
      );
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(status(el)).to.equal('フィリピンを選択しました。');
      await sendKeys({press: 'Escape'});
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(status(el)).to.equal('選択を解除しました。');
    });

    it('announces a filter set after the first draw (by the page or a linked widget), not the first one', async () => {
      const en = await render({pillar: '1'});
      expect(status(en), 'the filter it was drawn with').to.equal('');
      en.pillar = '2 3';
      await settled(en);
      const [n, m, total] = summaryCounts([2, 3]);
      expect(status(en)).to.equal(`Priority areas ②③: ${n} countries and territories, ${m} of ${total} initiatives.`);
      en.pillar = '3';
      await settled(en);
      const [n3, m3, total3] = summaryCounts([3]);
      expect(status(en), 'one area: singular').to.equal(
        `Priority area ③: ${n3} countries and territories, ${m3} of ${total3} initiatives.`,
      );
      en.pillar = '';
      await settled(en);
      const [all, allPlaced, allInitiatives] = summaryCounts();
      expect(allInitiatives, 'every initiative of the document').to.equal(dataset.initiatives.length);
      expect(status(en)).to.equal(
        `All priority areas: ${all} countries and territories, ${allPlaced} of ${allInitiatives} initiatives.`,
      );

      const ja = await render({}, 'ja');
      ja.pillar = '2';
      await settled(ja);
      const [n2, m2, total2] = summaryCounts([2]);
      expect(status(ja)).to.equal(`重点分野②：${n2}か国・地域、取組${total2}件中${m2}件`);
    });
  });

  describe('language and theme', () => {
    it('follows a runtime change of lang', async () => {
      const el = await render();
      const wrapper = el.parentElement!;
      const row = () => text(shadow(el).querySelector('tr[data-country=PHL] th'));
      expect(row()).to.equal('Philippines');
      wrapper.setAttribute('lang', 'ja');
      await aTimeout(0);
      await settled(el);
      expect(row()).to.equal('フィリピン');
      expect(option(el, 'PHL')!.getAttribute('aria-label')).to.contain('フィリピン');
      expect(button(el, 'Show as table'), 'no English control left').to.be.undefined;
      svgOf(el).focus();
      await typeahead(el, 'Philippines');
      await press(el, 'Enter');
      expect(status(el), 'the live region speaks the new language').to.equal('フィリピンを選択しました。');
      el.setAttribute('lang', 'en');
      await settled(el);
      expect(row()).to.equal('Philippines');
      expect(button(el, 'Show as table')).to.exist;
    });

    it('two maps in different languages on one page are both right', async () => {
      const page = await fixture<HTMLElement>(
        html`<div style="inline-size: 1000px">
          <div lang="ja">${map()}</div>
          <div lang="en">${map()}</div>
        </div>`,
      );
      const [ja, en] = [...page.querySelectorAll<FoipMap>('foip-map')];
      await Promise.all([settled(ja), settled(en)]);
      expect(text(shadow(ja).querySelector('tr[data-country=IDN] th'))).to.equal('インドネシア');
      expect(text(shadow(en).querySelector('tr[data-country=IDN] th'))).to.equal('Indonesia');
      for (const el of [ja, en]) {
        svgOf(el).focus();
        await typeahead(el, 'Indonesia');
        await press(el, 'Enter');
      }
      expect(status(ja)).to.equal('インドネシアを選択しました。');
      expect(status(en)).to.equal('Indonesia selected.');
      expect(option(ja, 'IDN')!.getAttribute('aria-label')).to.match(/^インドネシア、取組等\d+件、/u);
      expect(option(en, 'IDN')!.getAttribute('aria-label')).to.match(/^Indonesia, \d+ initiatives and map entries, /u);
      // Each has its own land layer and ids.
      expect($(ja, 'path.land:not(.undetermined)')!.getAttribute('d')).to.equal(
        $(en, 'path.land:not(.undetermined)')!.getAttribute('d'),
      );
    });

    it('theme="dark" and a dark page give a dark colour scheme and a dark sea', async () => {
      const light = await render({theme: 'light'});
      const dark = await render({theme: 'dark'});
      expect(getComputedStyle(dark).colorScheme).to.equal('dark');
      expect(getComputedStyle(light).colorScheme).to.equal('light');
      const sea = (el: FoipMap) => getComputedStyle($(el, '.sea')!).fill;
      expect(sea(dark)).not.to.equal(sea(light));
      dark.theme = 'light';
      await settled(dark);
      expect(getComputedStyle(dark).colorScheme).to.equal('light');
      expect(sea(dark)).to.equal(sea(light));
      const page = await fixture<HTMLElement>(html`<div style="color-scheme: dark">${map()}</div>`);
      const auto = page.querySelector<FoipMap>('foip-map')!;
      await settled(auto);
      expect(sea(auto)).not.to.equal(sea(light));
    });
  });

  describe('bad input', () => {
    const bad: [keyof Attrs, string, string, string][] = [
      [
        'view',
        'moon',
        'Unknown view "moon". Use indo-pacific or world.',
        'view属性に「moon」は指定できません。indo-pacificまたはworldを指定してください。',
      ],
      [
        'colorBy',
        'rainbow',
        'Unknown colouring "rainbow". Use pillar or count.',
        'color-by属性に「rainbow」は指定できません。pillarまたはcountを指定してください。',
      ],
      [
        'pillar',
        '4',
        'There is no priority area "4". Use 1, 2 or 3',
        'pillar属性に「4」は指定できません。1、2、3のいずれかを指定してください。複数の場合は半角スペースで区切ります。',
      ],
      [
        'country',
        'XXX',
        'There is no country "XXX" in the dataset.',
        `country属性に「XXX」は指定できません。データセットにある国を、ISOの3文字の国コードで指定してください（例：${suggest(
          'XXX',
          [...bundledIndex.countries.keys()],
        ).join('、')}）。`,
      ],
    ];
    for (const [attr, value, en, ja] of bad) {
      const attribute = attr === 'colorBy' ? 'color-by' : attr;
      it(`${attribute}="${value}" shows the localized message and warns once`, async () => {
        const capture = captureWarnings();
        try {
          const el = await render({[attr]: value});
          expect(text($(el, '[part=problem]')))
            .to.contain('This FOIP widget cannot be shown.')
            .and.contain(en);
          expect($(el, 'svg.map')).to.be.null;
          el.requestUpdate();
          await el.updateComplete;
          const jaEl = await render({[attr]: value}, 'ja');
          expect(text($(jaEl, '[part=problem]')))
            .to.contain('このFOIPウィジェットを表示できません。')
            .and.contain(ja);
          expect(capture.warnings).to.have.length(2);
          expect(capture.warnings[0]).to.contain(`<foip-map> ${attribute}="${value}"`);
          expect(capture.warnings[1]).to.equal(capture.warnings[0]);
        } finally {
          capture.restore();
        }
      });
    }

    it('recovers when the attribute is corrected, land and all', async () => {
      const capture = captureWarnings();
      try {
        const el = await render({country: 'XXX'});
        expect(text($(el, '[part=problem]'))).to.contain('XXX');
        el.country = 'IDN';
        await settled(el);
        expect($(el, '[part=problem]')).to.be.null;
        expect(shownIds(el)).to.deep.equal(ids(places.map((p) => p.iso3)));
        expect($(el, 'path.land:not(.undetermined)')!.getAttribute('d')).to.contain(planarMap.shapes[0].d);
        expect(option(el, 'IDN')!.getAttribute('aria-selected')).to.equal('true');
        expect(capture.warnings).to.have.length(1);
      } finally {
        capture.restore();
      }
    });
  });

  describe('data override', () => {
    it('a dataset whose initiative names another country shows that country', async () => {
      const el = await render();
      expect(option(el, 'KEN')).to.be.null;
      const edited = structuredClone(dataset) as unknown as {
        countries: Record<string, unknown>[];
        initiatives: {id: string; countries: string[]}[];
      };
      edited.countries.push({
        iso3: 'KEN',
        isoNumeric: '404',
        kind: 'country',
        name: {en: 'Kenya', ja: 'ケニア'},
        point: [37.9, 0.2],
        region: 'africa',
        named: true,
      });
      const initiative = edited.initiatives[0];
      initiative.countries = ['KEN'];
      el.data = edited;
      await settled(el);
      expect($(el, '[part=problem]')).to.be.null;
      const kenya = option(el, 'KEN')!;
      expect(kenya).to.exist;
      expect(kenya.querySelector('path.shape'), 'drawn with its outline').to.exist;
      expect(kenya.getAttribute('aria-label')).to.contain('Kenya');
      expect(text(shadow(el).querySelector('tr[data-country=KEN]'))).to.contain('Kenya');
      kenya.querySelector('path')!.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      await settled(el);
      expect(text(tooltip(el))).to.contain('Kenya');

      const capture = captureWarnings();
      try {
        el.data = {countries: 'none'};
        await settled(el);
        expect(text($(el, '[part=problem]'))).to.contain('not a valid FOIP dataset');
        expect(capture.warnings).to.have.length(1);
        el.data = undefined;
        await settled(el);
        expect(shownIds(el)).to.deep.equal(ids(places.map((p) => p.iso3)));
      } finally {
        capture.restore();
      }
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'ja'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`is accessible in ${lang}, ${theme}`, async () => {
          const el = await render({theme}, lang);
          await expect(el).to.be.accessible();
          // With the table shown, a country selected and its tooltip open.
          svgOf(el).focus();
          await typeahead(el, lang === 'en' ? 'Philippines' : 'フィリピン');
          await press(el, 'Enter');
          [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=controls] button')]
            .find((b) => b.getAttribute('aria-controls') === 'table')!
            .click();
          await settled(el);
          expect(tooltip(el)).to.exist;
          await expect(el).to.be.accessible();
        });
      }
    }

    const TITLE = {
      en: 'Main initiatives of the evolved FOIP, by country and region',
      ja: '「進化版FOIP」の主な取組（国・地域別）',
    };
    for (const lang of ['en', 'ja'] as const) {
      it(`its title is a heading at the page's level, naming the widget as a region (${lang})`, async () => {
        const el = await render({}, lang);
        const title = () => $(el, '[role=heading]')!;
        const region = $(el, '[part=figure]')!;
        expect(region.localName, 'a section named by its heading is a region landmark').to.equal('section');
        expect(region.getAttribute('aria-labelledby')).to.equal(title().id);
        expect(shadow(el).querySelectorAll('[role=heading]')).to.have.length(1);
        expect(text(title())).to.equal(TITLE[lang]);
        expect(title().getAttribute('aria-level'), 'default').to.equal('2');
        for (const [given, level] of [
          ['4', '4'],
          ['9', '6'],
          ['1', '2'],
          ['x', '2'],
        ]) {
          el.setAttribute('heading-level', given);
          await settled(el);
          expect(title().getAttribute('aria-level'), `heading-level="${given}"`).to.equal(level);
        }
      });
    }

    it("edge markers' arrows are hidden from screen readers: the option's name says it all", async () => {
      const el = await render();
      const arrows = [...shadow(el).querySelectorAll('.marker.edge .arrow')];
      expect(arrows.length, 'the Indo-Pacific view has edge markers').to.be.above(0);
      for (const arrow of arrows) expect(arrow.closest('[aria-hidden=true]'), text(arrow)).to.exist;
    });

    it('is accessible at 320 px with the table shown', async () => {
      const el = await render({}, 'en', 320);
      button(el, 'Show as table').click();
      await settled(el);
      await expect(el).to.be.accessible();
    });
  });
});
