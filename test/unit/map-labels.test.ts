import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {bundledIndex} from '../../src/data/index.js';
import {planarMap} from '../../src/geo/generated/map.js';
import {landIndex} from '../../src/geo/land.js';
import {nameAnchor, placeLabels, readsAsOwn, textWidth} from '../../src/layout/map-labels.js';
import type {Box, LabelCandidate, Land} from '../../src/layout/map-labels.js';

const BOUNDS: Box = [0, 0, 400, 300];
const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const candidate = (id: string, x: number, y: number, text = id): LabelCandidate => ({id, text, x, y, clearance: 4});

describe('textWidth', () => {
  it('gives a name one em a character where nothing measures it: room enough in any ordinary font', () => {
    assert.equal(textWidth('フィリピン', 10), 50);
    assert.equal(textWidth('Fiji', 10), 40);
  });
});

describe('placeLabels', () => {
  it('puts a lone name to the right of its point, vertically centred on it', () => {
    const [label] = placeLabels([candidate('Fiji', 100, 100)], {size: 12, bounds: BOUNDS, obstacles: []});
    assert.equal(label.anchor, 'start');
    assert.ok(label.x > 100);
    assert.equal(label.y, 100);
    assert.ok(label.box[0] > 100 && label.box[1] < 100 && label.box[3] > 100);
  });

  it('never overlaps two names or a name and an obstacle; the first candidates choose first', () => {
    // A crowd: twenty names around one spot, and a marker among them.
    const crowd = Array.from({length: 20}, (_, i) => candidate(`Country ${i}`, 200 + (i % 5) * 6, 150 + i * 2));
    const marker: Box = [215, 170, 239, 194];
    const placed = placeLabels(crowd, {size: 12, bounds: BOUNDS, obstacles: [marker]});
    assert.ok(placed.length > 2, 'several fit');
    assert.ok(placed.length < crowd.length, 'not all fit');
    assert.equal(placed[0].id, 'Country 0');
    for (const [i, a] of placed.entries()) {
      assert.ok(!overlap(a.box, marker), `${a.id} clear of the marker`);
      for (const b of placed.slice(i + 1)) assert.ok(!overlap(a.box, b.box), `${a.id} and ${b.id}`);
    }
  });

  it('gives each name the width measured for it, where the page’s typography is measured', () => {
    const options = {size: 12, bounds: BOUNDS, obstacles: []};
    const [estimated] = placeLabels([candidate('Fiji', 100, 100)], options);
    const [measured] = placeLabels([candidate('Fiji', 100, 100)], {...options, measure: () => 90});
    const width = (box: Box) => box[2] - box[0];
    assert.equal(width(measured.box) - width(estimated.box), 90 - textWidth('Fiji', 12));
    // A name measured too wide for the right of its point, near the edge, goes to its left.
    const [wide] = placeLabels([candidate('Fiji', 300, 100)], {...options, measure: () => 120});
    assert.equal(wide.anchor, 'end');
  });

  it('gives a name a Japanese line where its script or the page’s full-width forms ask for one', () => {
    const options = {size: 12, bounds: BOUNDS, obstacles: []};
    const height = (box: Box) => box[3] - box[1];
    const [latin] = placeLabels([candidate('Fiji', 100, 100)], options);
    const [japanese] = placeLabels([candidate('fj', 100, 100, 'フィジー')], options);
    const [fullWidth] = placeLabels([candidate('Fiji', 100, 100)], {...options, fullWidth: true});
    assert.ok(height(japanese.box) > height(latin.box), 'a Japanese name has a taller line');
    assert.equal(height(fullWidth.box), height(japanese.box));
  });

  it('keeps names inside the bounds: at the right edge a name goes to the left of its point', () => {
    const [label] = placeLabels([candidate('Samoa', 390, 100)], {size: 12, bounds: BOUNDS, obstacles: []});
    assert.equal(label.anchor, 'end');
    assert.ok(label.box[0] >= 0 && label.box[2] <= 400);
    assert.deepEqual(placeLabels([candidate('Nowhere', 500, 500)], {size: 12, bounds: BOUNDS, obstacles: []}), []);
  });

  it('keeps clear of the point by the clearance asked for (a marker’s radius)', () => {
    const [label] = placeLabels([{...candidate('Nauru', 100, 100), clearance: 13}], {
      size: 12,
      bounds: BOUNDS,
      obstacles: [],
    });
    assert.ok(label.box[0] >= 100 + 13, 'right of the marker');
  });

  it('takes a corner when the four sides are taken, clear of its own marker (the Philippines among the Pacific markers)', () => {
    const own: Box = [87.5, 87.5, 112.5, 112.5];
    // Markers just off each side position: right, left, above and below are all taken.
    const blockers: Box[] = [
      [130, 100, 150, 120],
      [50, 90, 70, 110],
      [90, 60, 110, 80],
      [90, 120, 110, 140],
    ];
    const [label] = placeLabels([{...candidate('Philippines', 100, 100), clearance: 12.5}], {
      size: 12,
      bounds: BOUNDS,
      obstacles: [own, ...blockers],
    });
    assert.ok(label, 'placed');
    assert.ok(label.y < 100 && label.anchor === 'start', 'upper right');
    for (const b of [own, ...blockers]) assert.ok(!overlap(label.box, b), `clear of ${b.join()}`);
  });

  it('is deterministic', () => {
    const crowd = Array.from({length: 15}, (_, i) => candidate(`C${i}`, 100 + i * 7, 100 + (i % 3) * 5));
    const options = {size: 12, bounds: BOUNDS, obstacles: []};
    assert.deepEqual(placeLabels(crowd, options), placeLabels(crowd, options));
  });
});

describe('names that read as their countries’, on the map’s own outlines', () => {
  // A phone, as the issue found it: the whole Indo-Pacific at 360 px, 12 px names.
  const view = planarMap.views['indo-pacific'];
  const k = 360 / view[2];
  const bounds: Box = [0, 0, 360, view[3] * k];
  const toScreen = ([x, y]: readonly [number, number]) => [(x - view[0]) * k, (y - view[1]) * k] as const;
  const under = landIndex(planarMap.shapes);
  const land: Land = (b, which) =>
    under([b[0] / k + view[0], b[1] / k + view[1], b[2] / k + view[0], b[3] / k + view[1]], which);
  const landOf = (iso3: string) => bundledIndex.countries.get(iso3)!.isoNumeric;
  const nameBox = ([x, y]: readonly [number, number], dx: number, width: number): Box => [
    x + dx,
    y - 8,
    x + dx + width,
    y + 8,
  ];
  const ink = (b: Box): Box => [b[0], b[1] + 2, b[2], b[3] - 2];
  const at = (iso3: string) => toScreen(planarMap.points[iso3]);
  const candidateOf = (iso3: string, marker = false): LabelCandidate => {
    const [x, y] = at(iso3);
    return {id: iso3, text: nameOf(iso3), x, y, clearance: marker ? 12.5 : 3, marker, land: landOf(iso3)};
  };
  const nameOf = (iso3: string) => bundledIndex.countries.get(iso3)!.name.en;

  it('never over another country’s land: “Bangladesh” west of its point lies over India', () => {
    const bangladesh = candidateOf('BGD');
    const west = nameBox(at('BGD'), -70, 66);
    assert.ok(
      land(west, (id) => id === landOf('IND')),
      'the box is over India',
    );
    assert.equal(readsAsOwn(bangladesh, west, ink(west), land, []), false);
    assert.equal(
      readsAsOwn({...bangladesh, marker: true}, west, ink(west), land, []),
      false,
      'not beside a marker either',
    );
  });

  it('touching its own land where it has no marker: not out in the sea', () => {
    const indonesia = candidateOf('IDN');
    const onJava = nameBox(at('IDN'), -20, 40);
    assert.equal(readsAsOwn(indonesia, onJava, ink(onJava), land, []), true);
    const inTheSea = nameBox(at('IDN'), -20, 40).map((v, i) => v + (i % 2 ? 40 : -60)) as unknown as Box;
    assert.equal(
      land(inTheSea, () => true),
      false,
      'open sea south-west of Java',
    );
    assert.equal(readsAsOwn(indonesia, inTheSea, ink(inTheSea), land, []), false);
    // Beside its marker, sitting at its country, a name in the sea reads as the marker's.
    assert.equal(
      readsAsOwn(
        {...indonesia, x: inTheSea[2] + 10, y: inTheSea[1] + 8, marker: true},
        inTheSea,
        ink(inTheSea),
        land,
        [],
      ),
      true,
    );
  });

  it('beside a marker, nearer its own than any other', () => {
    const [x, y] = at('FJI');
    const fiji: LabelCandidate = {...candidateOf('FJI', true), x, y};
    const right: Box = [x + 17.5, y - 8, x + 57.5, y + 8];
    const marker = (cx: number, cy: number): Box => [cx - 12.5, cy - 12.5, cx + 12.5, cy + 12.5];
    assert.equal(readsAsOwn(fiji, right, ink(right), land, [marker(x, y)]), true);
    // Another marker just right of the name: the name could be that one's.
    assert.equal(readsAsOwn(fiji, right, ink(right), land, [marker(x, y), marker(x + 70, y)]), false);
  });

  it('a marker moved further than its radius carries its name no more: the name goes to its country', () => {
    const point = [100, 100] as const;
    assert.deepEqual(nameAnchor(point, point, [108, 100], 12.5), {x: 108, y: 100, clearance: 12.5, marker: true});
    assert.deepEqual(nameAnchor(point, point, [140, 100], 12.5), {x: 100, y: 100, clearance: 3, marker: false});
    assert.deepEqual(nameAnchor(point, point, undefined, 12.5), {x: 100, y: 100, clearance: 3, marker: false});
    // A country outside the view: its pin at the edge stands for it.
    assert.equal(nameAnchor([900, 100], [350, 100], [350, 105], 12.5).marker, true);
  });

  it('places every dataset country’s name, if at all, where it reads as its own: Vanuatu’s marker pushed over Australia', () => {
    // Markers at the small states' points, and Vanuatu's pushed 40 px west,
    // onto north-eastern Australia (the case): its name must not follow it there.
    const places = bundledIndex.data.countries.filter((c) => planarMap.points[c.iso3] && c.iso3 !== 'USA');
    const small = new Set([
      'VUT',
      'FJI',
      'TUV',
      'NRU',
      'KIR',
      'SGP',
      'BRN',
      'TLS',
      'PLW',
      'SLB',
      'TON',
      'WSM',
      'BGD',
      'BTN',
      'LKA',
    ]);
    const spots = new Map([...small].map((iso3) => [iso3, at(iso3)]));
    spots.set('VUT', [at('VUT')[0] - 40, at('VUT')[1]]);
    const obstacles = [...spots.values()].map(([x, y]): Box => [x - 12.5, y - 12.5, x + 12.5, y + 12.5]);
    const candidates = places.map((c) => ({
      id: c.iso3,
      text: c.name.en,
      land: c.isoNumeric,
      ...nameAnchor(at(c.iso3), at(c.iso3), spots.get(c.iso3), 12.5),
    }));
    const placed = placeLabels(candidates, {size: 12, measure: (t) => t.length * 7, bounds, obstacles, land});
    assert.ok(placed.length >= 4, `${placed.length} names`);
    for (const label of placed) {
      const c = candidates.find((x) => x.id === label.id)!;
      const line: Box = [label.box[0] + 1, label.box[1] + 1, label.box[2] - 1, label.box[3] - 1];
      assert.equal(
        land(line, (id) => id !== c.land),
        false,
        `${label.text} over another's land`,
      );
      if (!c.marker)
        assert.ok(
          land(line, (id) => id === c.land),
          `${label.text} touches its land`,
        );
    }
    const vanuatu = placed.find((l) => l.id === 'VUT');
    if (vanuatu) assert.ok(!land(vanuatu.box, (id) => id === landOf('AUS')), 'Vanuatu is not written across Australia');
    assert.equal(candidates.find((c) => c.id === 'VUT')!.marker, false, 'moved 40 px: its marker carries no name');
  });
});
