/**
 * Reading the bench's clocks off a Chromium trace (categories `toplevel` and `blink.user_timing`).
 *
 * Every top-level task of the renderer's main thread is a `ThreadControllerImpl::RunTask` event (or a
 * microtask checkpoint run outside one) with its wall duration (`dur`) and its thread CPU time (`tdur`,
 * from `tts`); a `performance.mark()`
 * carries the thread's CPU clock (`tts`) at the moment it was made. So the main thread's CPU time
 * between two points is the difference of their `tts`: exact, whatever ran in between (tasks,
 * microtasks, GC), and nothing of the harness before the starting mark. Task time over the same
 * span is the sum of the top-level tasks' wall time within it.
 *
 * A frame is the task Chromium posts as `ScheduledActionSendBeginMainFrame`: it runs the animation
 * frame callbacks, then style, layout, paint and the commit to the compositor. "Until the next
 * paint" ends where the first such task after the starting mark ends.
 *
 * Pure (no browser): it reads the trace's JSON, so it is tested in Node.
 */

const TASK = 'ThreadControllerImpl::RunTask';
// A promise settled by the network (a page's `await fetch(...)`) resumes in a microtask checkpoint
// traced as a top-level event of its own, outside any task: a partner page creates its widgets there.
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
const FRAME = 'ScheduledActionSendBeginMainFrame';

/** The categories to trace: top-level tasks and marks, nothing that adds work to each call. */
export const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata'];

/**
 * The main thread of the page that made `anchor` (a mark's name): its marks by name and its
 * top-level tasks in order. Times stay in the trace's microseconds.
 */
export function readTrace(json, anchor) {
  const events = Array.isArray(json) ? json : json.traceEvents;
  const marks = new Map();
  let thread;
  for (const e of events) {
    if (e.cat?.includes('blink.user_timing') && e.name?.startsWith('bench-')) {
      if (e.tts === undefined) throw new Error(`mark ${e.name} has no thread time: no CPU clock in this trace`);
      marks.set(e.name, {ts: e.ts, tts: e.tts});
      if (e.name === anchor) thread = {pid: e.pid, tid: e.tid};
    }
  }
  if (!thread) throw new Error(`no mark ${anchor} in the trace`);
  const all = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        (e.name === TASK || e.name === CHECKPOINT) &&
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.tts !== undefined,
    )
    .sort((a, b) => a.ts - b.ts);
  // Nested run loops post tasks inside tasks: only the outermost count, or time would be counted twice.
  const tasks = [];
  let end = -Infinity;
  for (const t of all) {
    if (t.ts < end) continue;
    tasks.push({
      ts: t.ts,
      end: t.ts + t.dur,
      tts: t.tts,
      ttsEnd: t.tts + t.tdur,
      frame: t.args?.src_func === FRAME,
    });
    end = t.ts + t.dur;
  }
  return {marks, tasks};
}

/** A mark as a point on the thread's two clocks. */
export function mark(trace, name) {
  const point = trace.marks.get(name);
  if (!point) throw new Error(`no mark ${name} in the trace`);
  return point;
}

/** Where the thread's first task in the trace began: the start of a page load traced from before it. */
export function firstTask(trace) {
  const [task] = trace.tasks;
  if (!task) throw new Error('no task on the main thread in the trace');
  return {ts: task.ts, tts: task.tts};
}

/** The ends of the frames that began after `from` and ended by `to` (or all after `from`). */
export function frameEnds(trace, from, to = {ts: Infinity}) {
  return trace.tasks
    .filter((t) => t.frame && t.ts >= from.ts && t.end <= to.ts)
    .map((t) => ({ts: t.end, tts: t.ttsEnd}));
}

/** The end of the first frame after `from`: the next paint. */
export function nextFrameEnd(trace, from) {
  const task = trace.tasks.find((t) => t.frame && t.ts >= from.ts);
  if (!task) throw new Error('no frame after the mark in the trace');
  return {ts: task.end, tts: task.ttsEnd};
}

/** Main-thread CPU time and task time (ms) from one point to a later one. */
export function span(trace, from, to) {
  let task = 0;
  for (const t of trace.tasks) {
    if (t.end <= from.ts || t.ts >= to.ts) continue;
    task += Math.min(t.end, to.ts) - Math.max(t.ts, from.ts);
  }
  return {cpuMs: (to.tts - from.tts) / 1000, taskMs: task / 1000};
}

/** CPU time (ms) of each frame interval: from one frame's end to the next one's. */
export function frameCosts(trace, ends) {
  return ends.slice(1).map((end, i) => (end.tts - ends[i].tts) / 1000);
}
