import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {placeLabels, textWidth} from '../../src/layout/map-labels.js';
import type {Box, LabelCandidate} from '../../src/layout/map-labels.js';

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
