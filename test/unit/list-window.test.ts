import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {move, movesBetweenRecords, rowCount, rowsHeight, rowsInView, segments} from '../../src/layout/list-window.js';
import type {RowGeometry} from '../../src/layout/list-window.js';

const g: RowGeometry = {columns: 3, rowHeight: 100, gap: 10};

describe('list window: rows', () => {
  it('counts rows of `columns` cards, the last one partly filled', () => {
    assert.equal(rowCount(10, 3), 4);
    assert.equal(rowCount(9, 3), 3);
    assert.equal(rowCount(0, 3), 0);
    assert.equal(rowCount(5, 0), 5, 'at least one column');
  });

  it('a run of rows is as tall as its rows and the gaps between them', () => {
    assert.equal(rowsHeight(0, g), 0);
    assert.equal(rowsHeight(1, g), 100);
    assert.equal(rowsHeight(4, g), 430);
  });

  it('the rows in view: a section at the top of a 300 px viewport, no overscan', () => {
    // Rows start at 0, 110, 220, 330: the first three reach into 0–300.
    assert.deepEqual(rowsInView(100, 0, 300, 0, g), [0, 3]);
  });

  it('scrolled 1,000 px into a section, with 100 px overscan', () => {
    // In view: 900–1,400 → rows 8 (880) to 12 (1,320).
    assert.deepEqual(rowsInView(100, -1000, 300, 100, g), [8, 13]);
  });

  it('a section below the viewport or scrolled past draws no row', () => {
    assert.deepEqual(rowsInView(10, 500, 300, 100, g), [0, 0]);
    assert.deepEqual(rowsInView(10, -2000, 300, 100, g), [0, 0]);
  });

  it('never past the last row', () => {
    assert.deepEqual(rowsInView(5, -400, 600, 600, g), [0, 5]);
  });
});

describe('list window: what a section draws', () => {
  it('spacers for the rows before and after the range', () => {
    assert.deepEqual(segments(10, [3, 6]), [{rows: 3}, {from: 3, to: 6}, {rows: 4}]);
  });

  it('the whole section when the range covers it; nothing but a spacer when it is out of view', () => {
    assert.deepEqual(segments(4, [0, 4]), [{from: 0, to: 4}]);
    assert.deepEqual(segments(4, [0, 0]), [{rows: 4}]);
  });

  it('a pinned row (the focused record’s) is drawn apart from the range, between spacers', () => {
    assert.deepEqual(segments(100, [10, 12], [90]), [
      {rows: 10},
      {from: 10, to: 12},
      {rows: 78},
      {from: 90, to: 91},
      {rows: 9},
    ]);
  });

  it('a pinned row next to the range joins it', () => {
    assert.deepEqual(segments(5, [1, 3], [3]), [{rows: 1}, {from: 1, to: 4}, {rows: 1}]);
  });

  it('every row counted once: drawn and spacers add up to the section', () => {
    for (const [rows, range, pinned] of [
      [7, [2, 5], [0]],
      [1000, [400, 420], [999]],
      [3, [5, 9], []],
    ] as const) {
      const total = segments(rows, range, pinned).reduce((n, s) => n + ('rows' in s ? s.rows : s.to - s.from), 0);
      assert.equal(total, rows);
    }
  });
});

describe('list window: the keyboard between records', () => {
  // Sections of 3, 0 (a category with none: never left in, but the numbering keeps it) and 2 records.
  const sizes = [3, 0, 2];

  it('Home and End: the first and the last record', () => {
    assert.deepEqual(move('Home', {section: 2, index: 1}, sizes), {section: 0, index: 0});
    assert.deepEqual(move('End', {section: 0, index: 0}, sizes), {section: 2, index: 1});
  });

  it('Down and Right: the next record, into the next section with records', () => {
    assert.deepEqual(move('ArrowDown', {section: 0, index: 1}, sizes), {section: 0, index: 2});
    assert.deepEqual(move('ArrowRight', {section: 0, index: 2}, sizes), {section: 2, index: 0});
    assert.equal(move('ArrowDown', {section: 2, index: 1}, sizes), undefined, 'none after the last');
  });

  it('Up and Left: the previous record, into the previous section with records', () => {
    assert.deepEqual(move('ArrowUp', {section: 2, index: 0}, sizes), {section: 0, index: 2});
    assert.deepEqual(move('ArrowLeft', {section: 0, index: 2}, sizes), {section: 0, index: 1});
    assert.equal(move('ArrowUp', {section: 0, index: 0}, sizes), undefined, 'none before the first');
  });

  it('other keys do not move; only the moving keys are claimed', () => {
    assert.equal(move('a', {section: 0, index: 0}, sizes), undefined);
    assert.equal(move('toString', {section: 0, index: 0}, sizes), undefined);
    assert.deepEqual(
      ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Enter', 'Tab', 'PageDown', 'a'].filter(
        movesBetweenRecords,
      ),
      ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End'],
    );
  });

  it('no records: nowhere to go', () => {
    assert.equal(move('End', {section: 0, index: 0}, []), undefined);
  });
});
