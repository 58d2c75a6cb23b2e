import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import type {CountryShape, ViewBox} from '../../src/geo/planar.js';
import {
  framedBounds,
  hasMarker,
  HIT_RADIUS,
  labelCandidates,
  markerBounds,
  markerObstacles,
  needsMarker,
  paintOrder,
  pinOf,
  TARGET,
  tooltipSpot,
} from '../../src/layout/map-placement.js';
import type {NamedPlace} from '../../src/layout/map-placement.js';

const BASE: ViewBox = [0, 0, 1000, 500];
const shape = (id: string, bounds: CountryShape['bounds']): CountryShape => ({id, d: 'M0 0z', bounds});
const place = (iso3: string, point: [number, number], bounds?: CountryShape['bounds'], count = 1): NamedPlace => ({
  iso3,
  name: iso3,
  count,
  point,
  shape: bounds && shape(iso3, bounds),
});

describe('map placement', () => {
  it('gives a marker to a place under the target size either way, or without an outline', () => {
    assert.equal(needsMarker(undefined, 1), true);
    assert.equal(needsMarker(shape('big', [0, 0, 100, 100]), 1), false);
    // Long but narrow (Chile, Malawi): as hard to hit as a small one.
    assert.equal(needsMarker(shape('narrow', [0, 0, 400, TARGET - 1]), 1), true);
    // The same outline zoomed in is wide enough.
    assert.equal(needsMarker(shape('narrow', [0, 0, 400, TARGET - 1]), 2), false);
  });

  it('pins a place outside the view to the view’s edge in its direction, inside the marker bounds', () => {
    assert.deepEqual(pinOf([500, 250], BASE, 1), [500, 250]);
    const inset = TARGET / 2 + 4;
    assert.deepEqual(markerBounds(BASE, 1), [inset, inset, 1000 - inset, 500 - inset]);
    assert.deepEqual(pinOf([1500, 250], BASE, 1), [1000 - inset, 250]);
    assert.deepEqual(pinOf([-10, -10], BASE, 2), [inset / 2, inset / 2]);
    assert.equal(hasMarker(place('OUT', [1500, 250], [1400, 200, 1600, 300]), BASE, 1), true);
  });

  it('paints every marker above every outline: outlines (larger first), markers, edge markers', () => {
    const large = place('LRG', [200, 200], [100, 100, 400, 300]);
    const medium = place('MED', [600, 200], [550, 150, 700, 250]);
    // Larger than both but narrow: a marker, which must not come before their outlines.
    const narrow = place('NAR', [500, 400], [0, 390, 1000, 400]);
    const tiny = place('TNY', [800, 300], [799, 299, 801, 301]);
    const edge = place('EDG', [1500, 200], [1400, 100, 1600, 300]);
    const marked = (p: NamedPlace) => hasMarker(p, BASE, 1);
    const order = paintOrder([edge, tiny, narrow, medium, large], marked, BASE).map((p) => p.iso3);
    assert.deepEqual(order, ['LRG', 'MED', 'NAR', 'TNY', 'EDG']);
    // Zoomed in, the narrow country is wide enough to hit: an outline like any other, first as the largest.
    const zoomed = paintOrder([edge, tiny, narrow, medium, large], (p) => hasMarker(p, BASE, 3), BASE);
    assert.deepEqual(
      zoomed.map((p) => p.iso3),
      ['NAR', 'LRG', 'MED', 'TNY', 'EDG'],
    );
  });

  it('frames a preselected country by its outline, a marker by a box around it, and not one outside', () => {
    assert.deepEqual(framedBounds(place('LRG', [200, 200], [100, 100, 400, 300]), BASE, 1), [100, 100, 400, 300]);
    assert.deepEqual(framedBounds(place('TNY', [800, 300], [799, 299, 801, 301]), BASE, 1), [780, 280, 820, 320]);
    assert.equal(framedBounds(place('EDG', [1500, 200]), BASE, 1), undefined);
  });

  it('offers names most initiatives first, then larger outlines, none scrolled out of sight', () => {
    const a = place('AAA', [100, 100], [50, 50, 150, 150], 1);
    const b = place('BBB', [300, 100], [200, 50, 400, 150], 1);
    const c = place('CCC', [500, 100], [490, 90, 510, 110], 3);
    const gone = place('OFF', [900, 100], [850, 50, 950, 150], 5);
    const box: ViewBox = [0, 0, 600, 300];
    const candidates = labelCandidates([a, b, c, gone], box, 1, (p) => p.point, new Map());
    assert.deepEqual(
      candidates.map((x) => x.id),
      ['CCC', 'BBB', 'AAA'],
    );
    assert.deepEqual(candidates[0].middle, [500, 100]);
    // In screen pixels: at scale 2, over a box from (100, 0).
    const [scaled] = labelCandidates([a], [50, 0, 300, 150], 2, (p) => p.point, new Map());
    assert.deepEqual(scaled.middle, [100, 200]);
  });

  it('keeps names off markers: each marker’s hit circle is an obstacle, in screen pixels', () => {
    assert.deepEqual(markerObstacles([[110, 20]], [100, 0, 100, 100], 2), [
      [20 - HIT_RADIUS, 40 - HIT_RADIUS, 20 + HIT_RADIUS, 40 + HIT_RADIUS],
    ]);
  });

  describe('tooltip', () => {
    const size: [number, number] = [200, 80];
    const frame: [number, number] = [1000, 500];
    const covers = ([left, top]: readonly [number, number], [x, y]: readonly [number, number]) =>
      x + TARGET / 2 > left &&
      x - TARGET / 2 < left + size[0] &&
      y + TARGET / 2 > top &&
      y - TARGET / 2 < top + size[1];

    it('goes above its country, centred, if there is room, else below it', () => {
      const gap = TARGET / 2 + 6;
      assert.deepEqual(tooltipSpot({at: [500, 300], size, frame}), [400, 300 - gap - 80]);
      assert.deepEqual(tooltipSpot({at: [500, 50], size, frame}), [400, 50 + gap]);
    });

    it('stays inside the frame', () => {
      assert.equal(tooltipSpot({at: [10, 300], size, frame})[0], 0);
      assert.equal(tooltipSpot({at: [990, 300], size, frame})[0], 800);
    });

    it('never covers the focused country, nor its own (WCAG 2.4.11)', () => {
      for (const focused of [
        [500, 200],
        [420, 200],
        [560, 260],
        [500, 380],
      ] as const) {
        const spot = tooltipSpot({at: [500, 300], focused, size, frame});
        assert.ok(!covers(spot, focused), `${focused} covered by ${spot}`);
        assert.ok(!covers(spot, [500, 300]), `its own country covered by ${spot}`);
      }
    });
  });
});
