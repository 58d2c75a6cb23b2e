import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {bundledIndex, dataset} from '../../src/data/index.js';
import {DatasetIndex} from '../../src/data/queries.js';
import type {Dataset, PillarId} from '../../src/data/types.js';
import {mapPlaces} from '../../src/layout/map-places.js';
import {expectedPillarCounts} from '../expected-counts.js';
import {arcCentroid, arcPath} from '../../src/layout/pillars-arcs.js';
import type {Layout, NodeGeometry} from '../../src/layout/pillars-geometry.js';
import {FOCUS, RINGS} from '../../src/layout/pillars-radial.js';
import {
  categoryKey,
  initiativeKey,
  pillarCounts,
  pillarKey,
  pillarStructure,
} from '../../src/layout/pillars-structure.js';
import {easeCubicInOut, interpolateLayouts, layoutPillars} from '../../src/layout/pillars.js';

const structure = pillarStructure(dataset);
const get = (layout: Layout, key: string): NodeGeometry => layout.nodes.find((n) => n.key === key)!;
const items = dataset.mapEntries.flatMap((e) => e.items);
const TAU = 2 * Math.PI;
const close = (a: number, b: number, eps = 0.02) => Math.abs(a - b) <= eps;

describe('pillarStructure', () => {
  it('holds every pillar, category and initiative once, depth first in document order', () => {
    const expected = dataset.pillars.flatMap((p) => [
      pillarKey(p.id),
      ...dataset.categories
        .filter((c) => c.pillar === p.id)
        .flatMap((c) => [
          categoryKey(c.id),
          ...dataset.initiatives.filter((i) => i.category === c.id).map((i) => initiativeKey(i.id)),
        ]),
    ]);
    assert.deepEqual(
      structure.nodes.map((n) => n.key),
      expected,
    );
    assert.equal(structure.nodes.filter((n) => n.kind === 'pillar').length, dataset.pillars.length);
    assert.equal(structure.nodes.filter((n) => n.kind === 'category').length, dataset.categories.length);
    assert.equal(structure.nodes.filter((n) => n.kind === 'initiative').length, dataset.initiatives.length);
    assert.equal(new Set(expected).size, expected.length);
  });

  it('counts initiatives per pillar and category as the dataset does (10/7/7; 4,4,2,3,3,1,3,3,1)', () => {
    for (const p of dataset.pillars) {
      const node = structure.byKey.get(pillarKey(p.id))!;
      assert.equal(node.initiatives, dataset.initiatives.filter((i) => i.pillar === p.id).length);
    }
    assert.deepEqual(
      structure.pillars.map((k) => structure.byKey.get(k)!.initiatives),
      [10, 7, 7],
    );
    assert.deepEqual(
      structure.nodes.filter((n) => n.kind === 'category').map((n) => n.initiatives),
      [4, 4, 2, 3, 3, 1, 3, 3, 1],
    );
  });

  it('weighs an initiative as 1 + the map items linked to it, and sums weights upwards', () => {
    for (const i of dataset.initiatives) {
      const node = structure.byKey.get(initiativeKey(i.id))!;
      assert.equal(node.mapItems, items.filter((m) => m.initiative === i.id).length);
      assert.equal(node.weight, 1 + node.mapItems);
    }
    assert.equal(structure.byKey.get(initiativeKey('osa-expansion'))!.weight, 7);
    for (const node of structure.nodes.filter((n) => n.kind !== 'initiative')) {
      const kids = node.children.map((k) => structure.byKey.get(k)!);
      assert.equal(
        node.weight,
        kids.reduce((s, k) => s + k.weight, 0),
      );
    }
    const linked = items.filter((m) => m.initiative !== null).length;
    assert.equal(
      structure.pillars.reduce((s, k) => s + structure.byKey.get(k)!.weight, 0),
      dataset.initiatives.length + linked,
    );
  });
});

describe('pillarCounts', () => {
  const counts = pillarCounts(bundledIndex);
  for (const p of dataset.pillars) {
    it(`pillar ${p.id}: categories, initiatives, countries, partners, places and map items equal the dataset's`, () => {
      assert.deepEqual(counts.get(p.id), expectedPillarCounts(dataset, p.id));
    });

    it(`pillar ${p.id}: as many countries as the map colours for it (the legend's count), so linked widgets agree`, () => {
      const coloured = mapPlaces(bundledIndex).filter((place) => place.pillars.includes(p.id));
      assert.equal(counts.get(p.id)!.countries, coloured.length);
    });
  }

  it('adds up to the whole dataset: 9 categories, 24 initiatives, 40 map items, two of them in two areas', () => {
    const all = [...counts.values()];
    assert.equal(
      all.reduce((s, c) => s + c.categories, 0),
      9,
    );
    assert.equal(
      all.reduce((s, c) => s + c.initiatives, 0),
      24,
    );
    // Singapore's ammonia bunkering with floating LNG and Indonesia's LNG with geothermal count in both areas.
    assert.equal(items.length, 40);
    assert.equal(items.filter((m) => m.pillars?.length === 2).length, 2);
    assert.equal(
      all.reduce((s, c) => s + c.mapItems, 0),
      42,
    );
  });

  it('counts a partner edition, not the bundled one', () => {
    const edited = structuredClone(dataset) as unknown as {initiatives: {pillar: number; partners: string[]}[]};
    edited.initiatives.find((i) => i.pillar === 2)!.partners.push('FRA');
    const before = counts.get(2)!.partners;
    const after = pillarCounts(new DatasetIndex(edited as unknown as Dataset)).get(2)!.partners;
    assert.equal(after, before + 1);
  });
});

describe('layoutPillars: columns', () => {
  const base = layoutPillars(structure, {layout: 'columns', width: 360});

  it('gives every node a box, in structure order, and is deterministic', () => {
    assert.deepEqual(
      base.nodes.map((n) => n.key),
      structure.nodes.map((n) => n.key),
    );
    assert.deepEqual(layoutPillars(structure, {layout: 'columns', width: 360}), base);
    assert.equal(JSON.stringify(base).includes('NaN'), false);
  });

  it('stacks categories inside their plot without overlap, cells inside their category', () => {
    for (const pKey of structure.pillars) {
      const pillar = structure.byKey.get(pKey)!;
      let bottom = -Infinity;
      for (const cKey of pillar.children) {
        const c = get(base, cKey).box;
        assert.ok(c.y > bottom, `${cKey} below its predecessor`);
        bottom = c.y + c.h;
        assert.equal(c.x, 0);
        assert.equal(c.w, 360);
        for (const iKey of structure.byKey.get(cKey)!.children) {
          const i = get(base, iKey).box;
          assert.ok(i.x >= c.x && i.x + i.w <= c.x + c.w + 0.01, `${iKey} inside horizontally`);
          assert.ok(i.y >= c.y && i.y + i.h <= c.y + c.h + 0.01, `${iKey} inside vertically`);
        }
      }
      assert.ok(close(base.plots[pKey], bottom), `${pKey} plot ends with its last category`);
    }
    assert.equal(base.height, Math.max(...Object.values(base.plots)));
  });

  it('sizes cells by weight: widths within a closed category, row heights across categories', () => {
    for (const cKey of structure.nodes.filter((n) => n.kind === 'category').map((n) => n.key)) {
      const kids = structure.byKey.get(cKey)!.children.map((k) => structure.byKey.get(k)!);
      for (const a of kids) {
        for (const b of kids) {
          const ra = get(base, a.key).box.w / a.weight;
          const rb = get(base, b.key).box.w / b.weight;
          assert.ok(close(ra, rb, 0.05), `${a.key} and ${b.key}: same width per unit of weight`);
        }
      }
    }
    const rows = (key: string) => get(base, structure.byKey.get(key)!.children[0]).box.h;
    // oda-osa-defence-equipment (weight 11) has a taller row than connectivity-and-rules (4).
    assert.ok(rows(categoryKey('oda-osa-defence-equipment')) > rows(categoryKey('connectivity-and-rules')));
  });

  it('opens the selected category into one full-width row per initiative, and grows its pillar', () => {
    const sel = layoutPillars(structure, {
      layout: 'columns',
      width: 360,
      selection: {pillar: 3, category: 'oda-osa-defence-equipment'},
    });
    const cKey = categoryKey('oda-osa-defence-equipment');
    const kids = structure.byKey.get(cKey)!.children;
    assert.ok(get(sel, cKey).open);
    assert.ok(get(sel, pillarKey(3)).open);
    assert.ok(!get(sel, categoryKey('cyber-capacity-building')).open);
    const boxes = kids.map((k) => get(sel, k).box);
    for (const b of boxes) assert.ok(close(b.w, 350), 'full width less padding');
    for (let n = 1; n < boxes.length; n++) assert.ok(boxes[n].y >= boxes[n - 1].y + boxes[n - 1].h);
    assert.ok(kids.every((k) => get(sel, k).labelled && get(sel, k).open));
    assert.ok(sel.plots[pillarKey(3)] > base.plots[pillarKey(3)]);
    assert.equal(sel.plots[pillarKey(1)], base.plots[pillarKey(1)]);
  });

  it('opens every category of a selected pillar', () => {
    const sel = layoutPillars(structure, {layout: 'columns', width: 360, selection: {pillar: 2}});
    const p2 = structure.byKey.get(pillarKey(2))!;
    assert.ok(p2.children.every((k) => get(sel, k).open));
    assert.ok(structure.byKey.get(pillarKey(1))!.children.every((k) => !get(sel, k).open));
  });

  it('titles the rows of an open category when they fit, never a closed cell', () => {
    for (const n of base.nodes.filter((n) => n.key.startsWith('initiative-'))) assert.equal(n.labelled, false, n.key);
    const narrow = layoutPillars(structure, {layout: 'columns', width: 90, selection: {pillar: 1}});
    const wide = layoutPillars(structure, {layout: 'columns', width: 360, selection: {pillar: 1}});
    const rows = (l: Layout) => l.nodes.filter((n) => n.key.startsWith('initiative-') && n.open);
    assert.equal(rows(wide).length, 10);
    assert.ok(rows(wide).every((n) => n.labelled));
    assert.ok(
      rows(narrow).every((n) => !n.labelled),
      'an 80 px row is too narrow for a title',
    );
  });

  it('draws every node while nothing is collapsed', () => {
    assert.ok(base.nodes.every((n) => n.shown));
    const all = new Set(structure.nodes.filter((n) => n.children.length).map((n) => n.key));
    assert.deepEqual(layoutPillars(structure, {layout: 'columns', width: 360, expanded: all}), base);
  });

  it('draws nothing of a collapsed priority area below its header: no plot, no categories, no cells', () => {
    const expanded = new Set(
      structure.nodes.filter((n) => n.children.length && n.key !== pillarKey(2)).map((n) => n.key),
    );
    const l = layoutPillars(structure, {layout: 'columns', width: 360, expanded});
    assert.equal(l.plots[pillarKey(2)], 0);
    assert.equal(l.plots[pillarKey(1)], base.plots[pillarKey(1)]);
    for (const n of structure.nodes) {
      assert.equal(get(l, n.key).shown, n.pillar !== 2 || n.kind === 'pillar', n.key);
    }
  });

  it('draws a collapsed category as its title band only, and its cells as nothing', () => {
    const cKey = categoryKey('oda-osa-defence-equipment');
    const expanded = new Set(structure.nodes.filter((n) => n.children.length && n.key !== cKey).map((n) => n.key));
    const l = layoutPillars(structure, {layout: 'columns', width: 360, expanded, band: 44});
    assert.ok(get(l, cKey).shown);
    assert.equal(get(l, cKey).box.h, 44 + 5);
    for (const k of structure.byKey.get(cKey)!.children) {
      assert.equal(get(l, k).shown, false, k);
      assert.equal(get(l, k).box.w * get(l, k).box.h, 0, k);
    }
    assert.ok(l.plots[pillarKey(3)] < base.plots[pillarKey(3)]);
  });

  it('makes a category band tall enough for its whole wrapped title, two lines at least', () => {
    const long = categoryKey('ai-data-infrastructure');
    const short = categoryKey('innovation-ecosystem');
    const l = layoutPillars(structure, {layout: 'columns', width: 360, band: 44, bands: {[long]: 90, [short]: 20}});
    assert.equal(get(l, long).box.h - get(base, long).box.h, 90 - 44);
    assert.equal(get(l, short).box.h, get(base, short).box.h);
    for (const k of structure.byKey.get(long)!.children) assert.ok(close(get(l, k).box.y, get(l, long).box.y + 90), k);
  });

  it('makes an open row tall enough for its whole wrapped title', () => {
    const key = initiativeKey('power-asia');
    const rows = {[key]: 120};
    const l = layoutPillars(structure, {layout: 'columns', width: 360, selection: {pillar: 1}, rows});
    const o = layoutPillars(structure, {layout: 'columns', width: 360, selection: {pillar: 1}});
    assert.equal(get(l, key).box.h, 120);
    assert.ok(get(o, key).box.h < 120);
    // A closed cell keeps the height its weight gives it.
    assert.equal(get(layoutPillars(structure, {layout: 'columns', width: 360, rows}), key).box.h, get(base, key).box.h);
  });

  it('keeps to the width at 320 px and at 1200 px', () => {
    for (const width of [288, 1200]) {
      const l = layoutPillars(structure, {layout: 'columns', width});
      for (const n of l.nodes) assert.ok(n.box.x >= 0 && n.box.x + n.box.w <= width + 0.01, `${n.key} at ${width}`);
    }
  });
});

describe('layoutPillars: radial', () => {
  const size = 400;
  const base = layoutPillars(structure, {layout: 'radial', width: size});
  const arc = (l: Layout, key: string) => get(l, key).arc!;

  it('is deterministic and gives every node a sector', () => {
    assert.deepEqual(layoutPillars(structure, {layout: 'radial', width: size}), base);
    assert.ok(base.nodes.every((n) => n.arc !== null));
    assert.equal(base.width, size);
    assert.equal(base.height, size);
  });

  it('puts pillars, categories and initiatives on their rings', () => {
    const R = size / 2;
    for (const n of structure.nodes) {
      const ring = n.kind === 'pillar' ? RINGS.pillar : n.kind === 'category' ? RINGS.category : RINGS.initiative;
      assert.ok(close(arc(base, n.key).r0, ring[0] * R) && close(arc(base, n.key).r1, ring[1] * R), n.key);
    }
  });

  it('splits the whole circle by weight, from 12 o’clock clockwise in document order', () => {
    const total = structure.pillars.reduce((s, k) => s + structure.byKey.get(k)!.weight, 0);
    let a = 0;
    for (const pKey of structure.pillars) {
      const p = arc(base, pKey);
      assert.ok(close(p.a0, a), `${pKey} starts where the previous ends`);
      assert.ok(close(p.a1 - p.a0, (TAU * structure.byKey.get(pKey)!.weight) / total), `${pKey} share`);
      a = p.a1;
    }
    assert.ok(close(a, TAU));
    for (const n of structure.nodes.filter((n) => n.parent)) {
      const child = arc(base, n.key);
      const parent = arc(base, n.parent!);
      assert.ok(child.a0 >= parent.a0 - 0.01 && child.a1 <= parent.a1 + 0.01, `${n.key} within its parent`);
    }
  });

  it('gives an open pillar half the circle, and an open category 60 % of its pillar', () => {
    const p2 = layoutPillars(structure, {layout: 'radial', width: size, selection: {pillar: 2}});
    const s = arc(p2, pillarKey(2));
    assert.ok(close((s.a1 - s.a0) / TAU, FOCUS.pillar));
    const c = layoutPillars(structure, {
      layout: 'radial',
      width: size,
      selection: {pillar: 2, category: 'free-trade-investment'},
    });
    const p = arc(c, pillarKey(2));
    const k = arc(c, categoryKey('free-trade-investment'));
    assert.ok(close((k.a1 - k.a0) / (p.a1 - p.a0), FOCUS.category));
    assert.ok(close((p.a1 - p.a0) / TAU, FOCUS.pillar));
  });

  it('leaves a pillar that already has more than half as it is', () => {
    const heavy = structure.pillars
      .map((k) => structure.byKey.get(k)!)
      .map((n) => ({
        n,
        share: (TAU * n.weight) / structure.pillars.reduce((s, k) => s + structure.byKey.get(k)!.weight, 0),
      }));
    const p3 = layoutPillars(structure, {layout: 'radial', width: size, selection: {pillar: 3}});
    const a = arc(p3, pillarKey(3));
    assert.ok(a.a1 - a.a0 >= Math.min(heavy[2].share, TAU * FOCUS.pillar) - 0.01);
  });

  it('leaves the rings beyond a collapsed sector empty; the sectors keep their size', () => {
    const cKey = categoryKey('connectivity-and-rules');
    const expanded = new Set(
      structure.nodes.filter((n) => n.children.length && n.key !== pillarKey(1) && n.key !== cKey).map((n) => n.key),
    );
    const l = layoutPillars(structure, {layout: 'radial', width: size, expanded});
    for (const n of structure.nodes) {
      const hidden = (n.pillar === 1 && n.kind !== 'pillar') || n.parent === cKey;
      assert.equal(get(l, n.key).shown, !hidden, n.key);
      assert.deepEqual(get(l, n.key).arc, get(base, n.key).arc, n.key);
    }
  });

  it('centres a focus box on each sector, inside the wheel', () => {
    for (const n of base.nodes) {
      const [cx, cy] = arcCentroid(n.arc!, size / 2, size / 2);
      assert.ok(close(n.box.x + n.box.w / 2, cx, 0.05) && close(n.box.y + n.box.h / 2, cy, 0.05), n.key);
      assert.ok(n.box.x >= 0 && n.box.y >= 0 && n.box.x + n.box.w <= size && n.box.y + n.box.h <= size, n.key);
    }
  });
});

describe('interpolateLayouts', () => {
  const a = layoutPillars(structure, {layout: 'radial', width: 400});
  const b = layoutPillars(structure, {layout: 'radial', width: 400, selection: {pillar: 1}});

  it('starts at the old layout and ends at the new one', () => {
    const tween = interpolateLayouts(a, b);
    assert.deepEqual(
      tween(0).nodes.map((n) => n.arc),
      a.nodes.map((n) => n.arc),
    );
    assert.equal(tween(1), b);
  });

  it('moves every sector and box part of the way in between', () => {
    const mid = interpolateLayouts(a, b)(0.5);
    for (let n = 0; n < mid.nodes.length; n++) {
      const [x, y, z] = [a.nodes[n].arc!, mid.nodes[n].arc!, b.nodes[n].arc!];
      assert.ok(close(y.a0, (x.a0 + z.a0) / 2, 1e-9) && close(y.a1, (x.a1 + z.a1) / 2, 1e-9));
    }
    const c0 = layoutPillars(structure, {layout: 'columns', width: 300});
    const c1 = layoutPillars(structure, {
      layout: 'columns',
      width: 300,
      selection: {category: 'supply-diversification'},
    });
    const m = interpolateLayouts(c0, c1)(0.25);
    const key = pillarKey(1);
    assert.ok(close(m.plots[key], c0.plots[key] + (c1.plots[key] - c0.plots[key]) / 4, 1e-9));
  });

  it('snaps between layouts of different kinds', () => {
    const c = layoutPillars(structure, {layout: 'columns', width: 400});
    assert.equal(interpolateLayouts(a, c)(0.3), c);
  });

  it('eases in and out symmetrically', () => {
    assert.equal(easeCubicInOut(0), 0);
    assert.equal(easeCubicInOut(1), 1);
    assert.equal(easeCubicInOut(0.5), 0.5);
    assert.ok(close(easeCubicInOut(0.25) + easeCubicInOut(0.75), 1, 1e-12));
    assert.ok(easeCubicInOut(0.1) < 0.1);
  });
});

describe('arcPath', () => {
  it('draws a padded annular sector', () => {
    const d = arcPath({a0: 0, a1: Math.PI / 2, r0: 50, r1: 100}, 100, 100, 0);
    assert.equal(d, 'M100,0A100,100 0 0 1 200,100L150,100A50,50 0 0 0 100,50Z');
  });

  it('uses the large-arc flag past half a turn and pads by a constant gap', () => {
    assert.match(arcPath({a0: 0, a1: 4, r0: 10, r1: 20}, 0, 0, 0), /A20,20 0 1 1/u);
    const padded = arcPath({a0: 0, a1: 1, r0: 10, r1: 100}, 0, 0, 2);
    const [, x] = /^M([\d.-]+),/u.exec(padded)!;
    assert.ok(close(Number(x), 100 * Math.sin(1 / 100), 0.01), 'outer edge padded by 1 px');
  });

  it('draws a whole ring, and nothing for an empty sector', () => {
    assert.match(arcPath({a0: 0, a1: TAU, r0: 10, r1: 20}, 0, 0), /^M0,-20A20,20 0 1 1 0,20A/u);
    assert.equal(arcPath({a0: 1, a1: 1, r0: 10, r1: 20}, 0, 0), '');
  });

  it('is exact to 1/100 px for the default layout', () => {
    const l = layoutPillars(structure, {layout: 'radial', width: 320});
    for (const n of l.nodes) assert.match(arcPath(n.arc!, 160, 160), /^M[\d.,AL Z-]+$/u);
  });
});

describe('types', () => {
  it('pillar ids are the dataset’s', () => {
    const ids: PillarId[] = dataset.pillars.map((p) => p.id);
    assert.deepEqual(ids, [1, 2, 3]);
  });
});
