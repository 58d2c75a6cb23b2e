// Japan on the map (issue 16): the home country, drawn apart and named in the legend, no option or
// count; the keyboard starts beside it; and no other country's target covers its islands.
import {expect} from '@open-wc/testing';
import {sendMouse, setViewport} from '@web/test-runner-commands';
import {geoPath} from 'd3-geo';

import type {FoipMap} from '../../src/foip-map.js';
import {bundledIndex} from '../../src/data/index.js';
import {planarMap} from '../../src/geo/generated/map.js';
import {rings} from '../../src/geo/land.js';
import {createProjection} from '../../scripts/geo/projection.js';
import {mapPlaces} from '../../src/layout/map-places.js';
import {computed} from '../contrast.js';
import {shadow, text} from '../helpers.js';
import {$, idle, nameOf, optionIds, render, settled, svgOf, viewBox} from './map-fixtures.js';

type Point = readonly [number, number];

const JAPAN = planarMap.shapes.find((s) => s.id === bundledIndex.countries.get('JPN')!.isoNumeric)!;
const activeId = (el: FoipMap) =>
  svgOf(el)
    .getAttribute('aria-activedescendant')
    ?.replace(/^place-/u, '') ?? null;
const tooltip = (el: FoipMap) => $<HTMLElement>(el, '.tooltip[role=tooltip]');
const homeEntry = (el: FoipMap) =>
  [...shadow(el).querySelectorAll('.legend li')].find((li) => li.querySelector('rect.home'));

/** Plane coordinates of a longitude and latitude, projected here as scripts/build-map.ts does. */
function project(lonLat: Point): Point {
  const projection = createProjection('world', planarMap.width, planarMap.width);
  const [[, top]] = geoPath(projection).bounds({type: 'Sphere'});
  const [x, y] = projection(lonLat as [number, number])!;
  return [x, y - top];
}

/** A point of the plane on screen (client pixels). */
const toClient = (el: FoipMap, [x, y]: Point) => new DOMPoint(x, y).matrixTransform(svgOf(el).getScreenCTM()!);

/** The place nearest Japan on the plane, worked out here from the points and the data. */
function nearestJapan(pillars: (1 | 2 | 3)[] = []): string {
  const [jx, jy] = planarMap.points.JPN;
  const distance = (iso3: string) => Math.hypot(planarMap.points[iso3][0] - jx, planarMap.points[iso3][1] - jy);
  return mapPlaces(bundledIndex, pillars)
    .map((p) => p.iso3)
    .sort((a, b) => distance(a) - distance(b))[0];
}

describe('<foip-map> Japan, the home country', () => {
  it('is drawn apart in its own outline, above the land and under the places, and is no option', async () => {
    const el = await render();
    const home = $<SVGPathElement>(el, 'path.home')!;
    expect(home.getAttribute('d')).to.equal(JAPAN.d);
    expect(home.getAttribute('aria-hidden')).to.equal('true');
    expect(home.previousElementSibling!.matches('path.land'), 'above the land').to.be.true;
    expect(home.compareDocumentPosition($(el, '.places')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'under the places').to.be
      .ok;
    expect(optionIds(el)).not.to.include('JPN');
    expect($(el, '#place-JPN')).to.be.null;
    expect(computed(home, 'fill')).not.to.equal(computed($(el, '.land:not(.undetermined, .home)')!, 'fill'));
    // Not a place the table lists either (its rows are built once the page is idle).
    await idle();
    expect($(el, 'tbody tr[data-country]'), 'the table has its rows').to.exist;
    expect($(el, 'tr[data-country="JPN"]')).to.be.null;
  });

  it('takes its colour from --foip-color-home, on the map and in the legend', async () => {
    const el = await render();
    el.style.setProperty('--foip-color-home', 'rgb(1, 2, 3)');
    expect(computed($(el, 'path.home')!, 'fill')).to.equal('rgb(1, 2, 3)');
    expect(computed(homeEntry(el)!.querySelector('rect')!, 'fill')).to.equal('rgb(1, 2, 3)');
  });

  for (const [lang, label] of [
    ['en', 'Japan (home country)'],
    ['ja', '日本（自国）'],
  ] as const) {
    it(`is named in the legend as the home country, whatever the colouring or filter (${lang})`, async () => {
      for (const attrs of [{}, {colorBy: 'count'}, {pillar: '2'}]) {
        const el = await render(attrs, lang);
        const entry = homeEntry(el);
        expect(entry, JSON.stringify(attrs)).to.exist;
        expect(text(entry)).to.equal(label);
        expect(text(entry)).to.contain(nameOf('JPN', lang));
      }
    });
  }

  it('is no keyboard stop: focus starts at the place nearest Japan, also under a filter', async () => {
    for (const pillar of ['', '2', '3']) {
      const el = await render({pillar});
      svgOf(el).focus();
      await settled(el);
      const pillars = pillar ? [Number(pillar) as 1 | 2 | 3] : [];
      expect(activeId(el), `pillar "${pillar}"`).to.equal(nearestJapan(pillars));
      expect(text(tooltip(el)?.querySelector('.tooltip-title')), 'its tooltip opens').to.equal(
        nameOf(nearestJapan(pillars)),
      );
    }
    // With the data as it is, the Republic of Korea: the start is not the first in the list (the United States).
    expect(nearestJapan()).to.equal('KOR');
    expect(mapPlaces(bundledIndex)[0].iso3).not.to.equal('KOR');
  });

  it('country="JPN" frames Japan and selects no option', async () => {
    const el = await render({country: 'JPN'});
    expect($(el, '.problem'), 'no bad-input message').to.be.null;
    const [x, y, w, h] = viewBox(el);
    expect(w, 'zoomed in').to.be.below(planarMap.views['indo-pacific'][2] / 2);
    const [x0, y0, x1, y1] = JAPAN.bounds;
    expect((x0 + x1) / 2).to.be.within(x, x + w);
    expect((y0 + y1) / 2).to.be.within(y, y + h);
    expect(shadow(el).querySelectorAll('[aria-selected=true]')).to.have.length(0);
  });
});

// The Senkaku Islands (Uotsuri-jima, Kuba-jima, Taisho-jima) and Takeshima: too small for the map's
// geometry, and beside Taiwan's and Korea's markers.
const ISLANDS: [string, Point, string][] = [
  ['the Senkaku Islands (Uotsuri-jima)', [123.48, 25.75], 'TWN'],
  ['the Senkaku Islands (123.5°E 25.75°N)', [123.5, 25.75], 'TWN'],
  ['the Senkaku Islands (Kuba-jima)', [123.68, 25.93], 'TWN'],
  ['the Senkaku Islands (Taisho-jima)', [124.56, 25.92], 'TWN'],
  ['Takeshima', [131.87, 37.24], 'KOR'],
];

describe('<foip-map> no target covers Japan’s islands', () => {
  after(() => setViewport({width: 1200, height: 1000}));

  for (const view of ['world', 'indo-pacific']) {
    for (const width of [360, 768, 1024, 1400, 1920]) {
      it(`${view} view at ${width} px: no click or hover on the Senkaku Islands or Takeshima reaches Taiwan or Korea`, async () => {
        await setViewport({width: width + 100, height: 1400});
        const el = await render({view}, 'en', width);
        const frame = svgOf(el).getBoundingClientRect();
        for (const [island, lonLat, neighbour] of ISLANDS) {
          const {x, y} = toClient(el, project(lonLat));
          // On the map and in the window: elementFromPoint answers for nothing outside it.
          expect(x, island).to.be.within(frame.left, frame.right);
          expect(y, island).to.be.within(frame.top, Math.min(frame.bottom, innerHeight));
          const hit = shadow(el).elementFromPoint(x, y);
          expect(hit, `something is drawn at ${island}`).to.exist;
          expect(hit!.closest('[data-country]')?.getAttribute('data-country') ?? null, `what is at ${island}`).to.be
            .null;
          // The neighbour's marker is there, on the map, a target of its own.
          expect($(el, `#place-${neighbour}`), neighbour).to.exist;
          try {
            await sendMouse({type: 'move', position: [Math.round(x), Math.round(y)]});
            await settled(el);
            expect(text(tooltip(el)?.querySelector('.tooltip-title')), `hovering ${island}`).to.equal('');
            // A click focuses the map, and selects nothing or opens any tooltip (Korea's is the keyboard's first stop).
            await sendMouse({type: 'click', position: [Math.round(x), Math.round(y)]});
            await settled(el);
            expect(shadow(el).activeElement, `clicking ${island}`).to.equal(svgOf(el));
            expect(el.country, `clicking ${island}`).to.equal('');
            expect(text(tooltip(el)?.querySelector('.tooltip-title')), `clicking ${island}`).to.equal('');
          } finally {
            await sendMouse({type: 'move', position: [0, 0]});
            svgOf(el).blur();
          }
        }
        // Japan's drawn land too: no marker's target covers a point of its coast in sight.
        let seen = 0;
        for (const ring of rings(JAPAN.d)) {
          for (let i = 0; i < ring.length; i += 2) {
            const {x, y} = toClient(el, [ring[i], ring[i + 1]]);
            if (x < frame.left || x > frame.right || y < frame.top || y > Math.min(frame.bottom, innerHeight)) continue;
            seen++;
            const marker = shadow(el).elementFromPoint(x, y)?.closest('.marker');
            expect(
              marker?.closest('[data-country]')?.getAttribute('data-country') ?? null,
              `Japan's coast at ${x}, ${y}`,
            ).to.be.null;
          }
        }
        expect(seen, "Japan's coast in sight").to.be.above(100);
      });
    }
  }

  it('a hover beside the islands still names Taiwan: its target moved, not gone', async () => {
    await setViewport({width: 1500, height: 1400});
    const el = await render({view: 'world'}, 'en', 1400);
    const hit = $(el, '#place-TWN .marker .hit')!;
    const r = hit.getBoundingClientRect();
    expect(Math.min(r.width, r.height), 'still 24 px').to.be.at.least(24);
    try {
      await sendMouse({type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)]});
      await settled(el);
      expect(text(tooltip(el)?.querySelector('.tooltip-title'))).to.equal(nameOf('TWN'));
      // Moved aside, with a line back to Taiwan.
      expect($(el, '#place-TWN .marker .leader'), 'a leader line').to.exist;
    } finally {
      await sendMouse({type: 'move', position: [0, 0]});
    }
  });
});
