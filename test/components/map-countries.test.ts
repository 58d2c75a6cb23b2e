import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';

import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';
import {bundledIndex} from '../../src/data/index.js';
import {planarMap} from '../../src/geo/generated/map.js';
import {UNDETERMINED} from '../../src/geo/planar.js';
import type {FoipCountrySelectEvent} from '../../src/events/events.js';
import {recordEvents, shadow} from '../helpers.js';
import {
  $,
  SMALL_STATES,
  activeId,
  beside,
  button,
  centre,
  expectedLabel,
  ids,
  nameOf,
  option,
  optionIds,
  options,
  places,
  pointOf,
  press,
  project,
  render,
  settled,
  shownIds,
  status,
  svgOf,
  targetRect,
  toClient,
  typeahead,
  desktopViewport,
} from './map-fixtures.js';
import type {Point} from './map-fixtures.js';

describe('<foip-map>', () => {
  desktopViewport();

  describe('every country of the dataset', () => {
    it('is drawn as an option, every marker painted above every outline, with a path or a marker', async () => {
      const el = await render();
      expect(places.length, 'the dataset places things in many countries').to.be.above(30);
      expect(shownIds(el)).to.deep.equal(ids(places.map((p) => p.iso3)));
      // SVG paints in document order: an outline after a marker could cover it. Outlines without a
      // marker come first, larger first; then the markers in the view; then those at its edge.
      const extent = (iso3: string) => {
        const shape = planarMap.shapes.find((s) => s.id === bundledIndex.countries.get(iso3)!.isoNumeric);
        return shape ? Math.max(shape.bounds[2] - shape.bounds[0], shape.bounds[3] - shape.bounds[1]) : -1;
      };
      const order = optionIds(el);
      const kind = (iso3: string) => {
        const marker = option(el, iso3)!.querySelector('.marker');
        return !marker ? 0 : marker.classList.contains('edge') ? 2 : 1;
      };
      const kinds = order.map(kind);
      expect(kinds, 'outlines, then markers, then edge markers').to.deep.equal([...kinds].sort((a, b) => a - b));
      expect(kinds, 'the default view has outlines and markers in it').to.include.members([0, 1, 2]);
      const outlines = order.filter((iso3) => kind(iso3) === 0).map(extent);
      expect(outlines, 'larger outlines first').to.deep.equal([...outlines].sort((a, b) => b - a));
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
      const {events, stop} = recordEvents<FoipCountrySelectEvent>('foip-country-select');
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
      const {events, stop} = recordEvents<FoipCountrySelectEvent>('foip-country-select');
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
        const {events, stop} = recordEvents<FoipCountrySelectEvent>('foip-country-select');
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
});
