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
  it('the records of the rows in range, spacers for the rows before and after', () => {
    // 30 records in rows of 3: rows 3–5 are records 9–17.
    assert.deepEqual(segments(30, 3, [3, 6]), [{rows: 3}, {from: 9, to: 18}, {rows: 4}]);
  });

  it('the whole section when the range covers it; nothing but a spacer when it is out of view', () => {
    assert.deepEqual(segments(10, 3, [0, 4]), [{from: 0, to: 10}]);
    assert.deepEqual(segments(10, 3, [0, 0]), [{rows: 4}]);
  });

  it('a pinned record out of range is drawn alone in its row, between spacers', () => {
    // The first record (always) and the focused 271st: rows 0 and 90, each with that one record.
    assert.deepEqual(segments(300, 3, [10, 12], [0, 270]), [
      {from: 0, to: 1},
      {rows: 9},
      {from: 30, to: 36},
      {rows: 78},
      {from: 270, to: 271},
      {rows: 9},
    ]);
  });

  it('a pinned record in range or next to it joins the run', () => {
    assert.deepEqual(segments(15, 3, [1, 3], [9]), [{rows: 1}, {from: 3, to: 10}, {rows: 1}]);
    assert.deepEqual(segments(15, 3, [1, 3], [4, 99, -1]), [{rows: 1}, {from: 3, to: 9}, {rows: 2}]);
  });

  it('every row counted once: rows drawn and spacers add up to the section', () => {
    for (const [size, columns, range, pinned] of [
      [20, 3, [2, 5], [0]],
      [10_000, 1, [400, 420], [0, 9_999]],
      [7, 4, [5, 9], [6]],
    ] as const) {
      const rows = new Set<number>();
      let spaced = 0;
      for (const s of segments(size, columns, range, pinned)) {
        if ('rows' in s) spaced += s.rows;
        else for (let at = s.from; at < s.to; at++) rows.add(Math.floor(at / columns));
      }
      assert.equal(rows.size + spaced, rowCount(size, columns));
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
