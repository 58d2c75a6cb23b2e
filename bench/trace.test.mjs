// The bench's clocks, read off a made-up trace: `node --test bench/`.
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {firstTask, frameCosts, frameEnds, mark, nextFrameEnd, readTrace, span} from './trace.mjs';

const MAIN = {pid: 7, tid: 7};
const task = (ts, dur, tts, tdur, src_func = 'Other') => ({
  ...MAIN,
  ph: 'X',
  cat: 'toplevel',
  name: 'ThreadControllerImpl::RunTask',
  ts,
  dur,
  tts,
  tdur,
  args: {src_func},
});
const userMark = (name, ts, tts, where = MAIN) => ({...where, ph: 'I', cat: 'blink.user_timing', name, ts, tts});
const FRAME = 'ScheduledActionSendBeginMainFrame';

// Times in µs. A task that makes the change (the mark 200 µs into it), a timer, the frame, an idle
// task, a second frame, the end mark; a task nested in the first, and one on another thread.
const events = [
  task(1_000, 5_000, 100, 4_000),
  task(1_500, 1_000, 300, 900),
  userMark('bench-x-start', 1_200, 250),
  task(7_000, 1_000, 4_200, 500),
  task(10_000, 4_000, 5_000, 3_000, FRAME),
  task(15_000, 2_000, 8_100, 1_000),
  task(27_000, 1_000, 9_200, 700, FRAME),
  userMark('bench-x-end', 30_500, 10_000),
  {...task(2_000, 50_000, 0, 50_000, FRAME), pid: 8, tid: 8},
  userMark('bench-ready', 500, 50),
];

test('CPU from a mark to the end of the next frame is the difference of the thread clock', () => {
  const trace = readTrace({traceEvents: events}, 'bench-ready');
  const from = mark(trace, 'bench-x-start');
  const paint = nextFrameEnd(trace, from);
  assert.deepEqual(paint, {ts: 14_000, tts: 8_000});
  const until = span(trace, from, paint);
  assert.equal(until.cpuMs, 7.75);
  // Task time: the rest of the first task (4.8 ms), the timer (1) and the frame (4); not the nested task.
  assert.equal(until.taskMs, 9.8);
});

test('after the paint: idle work and each later frame, costed from one frame end to the next', () => {
  const trace = readTrace(events, 'bench-ready');
  const from = mark(trace, 'bench-x-start');
  const to = mark(trace, 'bench-x-end');
  const after = span(trace, nextFrameEnd(trace, from), to);
  assert.equal(after.cpuMs, 2);
  assert.equal(after.taskMs, 3);
  const ends = frameEnds(trace, from, to);
  assert.equal(ends.length, 2);
  assert.deepEqual(frameCosts(trace, ends), [1.9]);
  // Only the anchor's thread: the other page's long frame is not this page's first task.
  assert.deepEqual(firstTask(trace), {ts: 1_000, tts: 100});
});

test('a microtask checkpoint outside any task is task time; one inside a task is not counted twice', () => {
  const checkpoint = (ts, dur, tts, tdur) => ({
    ...task(ts, dur, tts, tdur),
    name: 'BlinkScheduler_PerformMicrotaskCheckpoint',
  });
  const trace = readTrace(
    [...events, checkpoint(2_000, 500, 400, 400), checkpoint(40_000, 3_000, 11_000, 2_000)],
    'bench-ready',
  );
  assert.equal(trace.tasks.length, 6);
  assert.equal(span(trace, {ts: 39_000, tts: 10_500}, {ts: 44_000, tts: 13_500}).taskMs, 3);
});

test('a trace without thread time, or without the anchor, is refused rather than read as zero', () => {
  assert.throws(() => readTrace([{...userMark('bench-ready', 1, 1), tts: undefined}], 'bench-ready'), /no thread time/);
  assert.throws(() => readTrace(events, 'bench-missing'), /no mark bench-missing/);
  assert.throws(() => nextFrameEnd(readTrace(events, 'bench-ready'), {ts: 40_000}), /no frame/);
});
