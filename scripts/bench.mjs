/**
 * `npm run bench`: what the widgets cost a page, and issue 17's speed targets, measured in Debian's
 * Chromium through puppeteer-core.
 *
 * Each scenario page loads dist/foip-widgets.min.js and N copies of a widget; each load figure is
 * the scenario minus an empty control page measured in the same round, so the machine's speed
 * cancels out. Rounds interleave scenarios (default 15: the issue asks for medians of at least 15);
 * every figure is a median over rounds, with its range. Interactions run in every round: each is
 * repeated BENCH_REPEATS times (default 10) in one page, the round keeps the median of the repeats.
 *
 * The clocks. The targets are main-thread CPU time, read off a Chromium trace of each page (see
 * bench/trace.mjs): a `performance.mark()` carries the main thread's CPU clock, and so does the end
 * of every top-level task, so CPU between two points is the difference of the two readings; task
 * time (wall clock, which also counts time the thread waited for one of this VM's 2 cores) is the
 * sum of the tasks' wall time over the same span, reported beside and never judged.
 * - First draw (`firstDraw`): from the page's first task to the end of the first frame (the task
 *   that runs animation callbacks, style, layout, paint and commit) after every widget finished its
 *   first update (mark `bench-ready`): the first picture. `afterCpuMs` is what runs after that frame
 *   until the page has been idle (a 200 ms timeout, then an idle callback): work deferred to idle
 *   time. Minus the control page's same spans.
 * - An interaction (`interactions`): a mark just before the change, then the change (it resolves
 *   when the element's update is complete); `untilPaint` is CPU from the mark to the end of the next
 *   frame, what the reader waits for; `afterPaint` from there to a mark made after two frames, a
 *   settle time (100 ms; 600 ms for the pillars, whose animation runs 450 ms) and an idle callback:
 *   the idle-time work (table, CSV, announcement) and, for the pillars, the animation, whose frames
 *   are counted and costed one by one (`animation`: CPU between consecutive frame ends). Each page
 *   has a `no-op` that changes nothing and waits the same way: its untilPaint is the frame floor,
 *   and `net*` figures subtract it, per round.
 * - The whole load as before (`mainThreadMs`, `mainThreadCpuMs` with Chromium's script/style/layout
 *   split): Chromium's Performance metrics (TaskDuration, ThreadTime) read when the page marks itself
 *   drawn (two frames after the widgets' first update), so they also hold whatever ran by then.
 *
 * `targets` judges issue 17's targets on this run's medians (bench/targets.mjs): ratios against the
 * d3 reference (bench/reference/d3-map.js, a hand-written d3 map of the same world built here and
 * timed by the same harness in the same rounds), limits in ms otherwise; each `met` or not.
 *
 * Knobs: BENCH_ONLY=map,d3 reference (scenarios), BENCH_COUNTS=1 (copies per page), BENCH_ROUNDS,
 * BENCH_REPEATS, BENCH_INTERACTIONS=0 (loads only). BENCH_BASELINE=path/to/other/foip-widgets.min.js
 * (another build, e.g. from a clean checkout of main) adds a paired comparison: every round also
 * loads each scenario with that bundle, in alternating order, and `versusBaseline` holds the medians
 * of the per-round differences (this build minus the baseline): differences of a few ms are lost in
 * the noise between runs, not in a pairing.
 *
 * A partner's records (issue 19): scenarios `list 1k`, `list 10k`, `map 10k`, … give their widget
 * records generated in the page by test/fixtures/partner-dataset.ts as `data` before its first update
 * (bench/partner.mjs). Their first draw leaves out the page's making of the records; `partnerData`
 * reports it, the setting of `data` (validation and index, before the first paint) and the validation
 * alone. `heapUsedMiB`: every page's whole JS heap after a collection, nothing subtracted (issue 19's
 * figure: `list + map + pillars 10k`). bench/targets.mjs judges issue 19's targets too.
 *
 * `library` is the bundle alone in the page, no widget: the part of every widget's figures that is
 * loading foip-widgets.min.js (fetch, compile, run its modules, define its elements).
 *
 * Writes bench/results/latest.json (and prints it). Not a test: nothing here fails on a slow machine.
 */
import {Buffer} from 'node:buffer';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

import puppeteer from 'puppeteer-core';

import {partnerSpans} from '../bench/partner.mjs';
import {DEFAULT_VIEWPORT, SCENARIOS} from '../bench/scenarios.mjs';
import {serveBench} from '../bench/server.mjs';
import {median, summarise, summary} from '../bench/summary.mjs';
import {delivery} from '../bench/delivery.mjs';
import {targets} from '../bench/targets.mjs';
import {
  TRACE_CATEGORIES,
  firstTask,
  frameCosts,
  frameEnds,
  mark,
  nextFrameEnd,
  readTrace,
  span,
} from '../bench/trace.mjs';
import {chromiumArgs, chromiumPath} from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 10);
const BASELINE = process.env.BENCH_BASELINE;
const COUNTS = process.env.BENCH_COUNTS?.split(',').map(Number) ?? [1, 10];

const ONLY = process.env.BENCH_ONLY?.split(',');

const metric = (metrics, name) => metrics.metrics.find((m) => m.name === name)?.value ?? 0;

async function load(browser, base, scenario, count, bundle = 'current', viewport = DEFAULT_VIEWPORT) {
  const tab = await browser.newPage();
  await tab.setViewport(viewport);
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable', {timeDomain: 'timeTicks'});
  // Traced from before the navigation to the last interaction: read when the tab is done (`finish`).
  await tab.tracing.start({categories: TRACE_CATEGORIES});
  await tab.goto(`${base}/page?scenario=${encodeURIComponent(scenario)}&count=${count}&bundle=${bundle}`);
  const failed = async () => {
    const error = await tab.evaluate('window.__benchError');
    if (error) throw new Error(`${scenario}: ${error}`);
  };
  await tab.waitForFunction('window.__drawn !== undefined || window.__benchError', {timeout: 120_000});
  await failed();
  const drawnMs = await tab.evaluate('window.__drawn');
  const before = await cdp.send('Performance.getMetrics');
  await tab.waitForFunction('window.__settled === true || window.__benchError', {timeout: 120_000});
  await failed();
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await cdp.send('Performance.getMetrics');
  // The page's whole JS heap after a collection, nothing subtracted (issue 19's heap figure).
  const heap = await cdp.send('Runtime.getHeapUsage');
  return {
    tab,
    drawnMs,
    taskMs: metric(before, 'TaskDuration') * 1000,
    cpuMs: metric(before, 'ThreadTime') * 1000,
    scriptMs: metric(before, 'ScriptDuration') * 1000,
    styleMs: metric(before, 'RecalcStyleDuration') * 1000,
    layoutMs: metric(before, 'LayoutDuration') * 1000,
    heapMiB: metric(after, 'JSHeapUsedSize') / 2 ** 20,
    heapUsedMiB: heap.usedSize / 2 ** 20,
    nodes: metric(after, 'Nodes'),
    interactions: {},
  };
}

/** Runs one interaction REPEATS times in the loaded page, each between two marks; read in `finish`. */
async function interact(loaded, selector, label, fnSource, settleMs, repeats = REPEATS) {
  const {tab} = loaded;
  await tab.evaluate(`window.__interact = ${fnSource}`);
  const names = [];
  for (let i = 0; i < repeats; i++) {
    const name = `bench-${label.replaceAll(' ', '-')}-${i}`;
    await tab.evaluate(
      `(async () => {
        const el = document.querySelector(${JSON.stringify(selector)});
        performance.mark('${name}-start');
        await window.__interact(el, ${i});
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await new Promise((r) => setTimeout(r, ${settleMs}));
        await new Promise((r) => requestIdleCallback(r));
        performance.mark('${name}-end');
      })()`,
    );
    names.push(name);
  }
  loaded.interactions[label] = names;
}

/** Stops the tab's trace and reads its clocks: the first draw, and each interaction's medians. */
async function finish(loaded) {
  const trace = readTrace(JSON.parse(Buffer.from(await loaded.tab.tracing.stop()).toString('utf8')), 'bench-ready');
  await loaded.tab.close();
  const start = firstTask(trace);
  const picture = nextFrameEnd(trace, mark(trace, 'bench-ready'));
  const firstDraw = span(trace, start, picture);
  // A partner page's making of its records is the page's work, not the widgets': out of the first draw.
  const partner = partnerSpans(trace);
  if (partner) {
    firstDraw.cpuMs -= partner.make.cpuMs;
    firstDraw.taskMs -= partner.make.taskMs;
  }
  const afterFirstDraw = span(trace, picture, mark(trace, 'bench-settled'));
  const interactions = {};
  for (const [label, names] of Object.entries(loaded.interactions)) {
    const repeats = names.map((name) => {
      const from = mark(trace, `${name}-start`);
      const to = mark(trace, `${name}-end`);
      const paint = nextFrameEnd(trace, from);
      const frames = frameEnds(trace, from, to);
      return {untilPaint: span(trace, from, paint), afterPaint: span(trace, paint, to), frames};
    });
    interactions[label] = {
      untilPaintCpuMs: median(repeats.map((x) => x.untilPaint.cpuMs)),
      untilPaintTaskMs: median(repeats.map((x) => x.untilPaint.taskMs)),
      afterPaintCpuMs: median(repeats.map((x) => x.afterPaint.cpuMs)),
      afterPaintTaskMs: median(repeats.map((x) => x.afterPaint.taskMs)),
      // Frames after the first (an animation's, and the harness's own wait), each costed alone.
      frames: median(repeats.map((x) => x.frames.length - 1)),
      perFrameCpuMs: median(repeats.flatMap((x) => frameCosts(trace, x.frames))) || 0,
    };
  }
  return {
    ...loaded,
    firstDrawCpuMs: firstDraw.cpuMs,
    firstDrawTaskMs: firstDraw.taskMs,
    afterFirstDrawCpuMs: afterFirstDraw.cpuMs,
    ...(partner && {
      dataMakeCpuMs: partner.make.cpuMs,
      dataSetCpuMs: partner.set.cpuMs,
      validateCpuMs: partner.validate.cpuMs,
    }),
    interactions,
  };
}

const LOAD_FIGURES = [
  'drawnMs',
  'taskMs',
  'cpuMs',
  'scriptMs',
  'styleMs',
  'layoutMs',
  'heapMiB',
  'nodes',
  'firstDrawCpuMs',
  'firstDrawTaskMs',
  'afterFirstDrawCpuMs',
];
/** Figures of the page alone, no control subtracted (the partner marks are on partner pages only). */
const PAGE_FIGURES = ['heapUsedMiB', 'dataMakeCpuMs', 'dataSetCpuMs', 'validateCpuMs'];

async function main() {
  const server = await serveBench(ONLY, BASELINE);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  const available = await (async () => {
    const probe = await browser.newPage();
    await probe.goto(`${base}/page?scenario=control&count=0`);
    await probe.addScriptTag({type: 'module', url: `${base}/dist/foip-widgets.min.js`});
    await probe.waitForFunction('customElements.get("foip-initiative-card")', {timeout: 30_000});
    const tags = Object.values(SCENARIOS).map((s) => s.tag ?? '');
    const defined = await probe.evaluate(
      `${JSON.stringify(tags)}.map((t) => !t || customElements.get(t) !== undefined)`,
    );
    await probe.close();
    // Widgets not built yet are left out of the run rather than failing it.
    return Object.keys(SCENARIOS).filter((name, i) => defined[i] && (!ONLY || ONLY.includes(name)));
  })();

  /** One load of a scenario (and its interactions), minus the round's control, into `into[key]`. */
  async function measure(into, key, name, count, bundle, control) {
    const scenario = SCENARIOS[name];
    const loaded = await load(browser, base, name, count, bundle, scenario.viewport);
    if (count === 1 && scenario.interactions && process.env.BENCH_INTERACTIONS !== '0') {
      for (const [label, fn] of Object.entries(scenario.interactions)) {
        const {select, tag, settleMs = 100, repeats} = scenario;
        await interact(loaded, select ?? tag, label, fn, settleMs, Math.min(repeats ?? REPEATS, REPEATS));
      }
    }
    const done = await finish(loaded);
    into[key] ??= {interactions: {}};
    for (const m of LOAD_FIGURES) (into[key][m] ??= []).push(done[m] - control[m]);
    for (const m of PAGE_FIGURES) if (done[m] !== undefined) (into[key][m] ??= []).push(done[m]);
    for (const [label, figures] of Object.entries(done.interactions)) {
      into[key].interactions[label] ??= {};
      for (const [m, x] of Object.entries(figures)) (into[key].interactions[label][m] ??= []).push(x);
    }
  }

  const raw = {};
  const baseline = {};
  for (let r = 0; r < ROUNDS; r++) {
    // One control per window size the scenarios use.
    const controls = new Map();
    for (const viewport of new Set(available.map((name) => SCENARIOS[name].viewport ?? DEFAULT_VIEWPORT))) {
      controls.set(viewport, await finish(await load(browser, base, 'control', 0, 'current', viewport)));
    }
    for (const name of available) {
      const control = controls.get(SCENARIOS[name].viewport ?? DEFAULT_VIEWPORT);
      for (const count of (SCENARIOS[name].counts ?? COUNTS).filter((n) => COUNTS.includes(n))) {
        const key = `${name} ×${count}`;
        // With a baseline, the two bundles take turns going first.
        const order =
          !BASELINE || SCENARIOS[name].reference
            ? ['current']
            : r % 2
              ? ['current', 'baseline']
              : ['baseline', 'current'];
        for (const bundle of order) {
          await measure(bundle === 'current' ? raw : baseline, key, name, count, bundle, control);
        }
      }
    }
    console.error(`round ${r + 1} of ${ROUNDS} done`);
  }
  await browser.close();
  server.close();

  const results = {
    date: new Date().toISOString(),
    chromium: (await import('node:child_process')).execFileSync(chromiumPath, ['--version'], {encoding: 'utf8'}).trim(),
    rounds: ROUNDS,
    repeatsPerInteraction: REPEATS,
    note: 'Load figures are the scenario minus an empty control page in the same round; interactions are per-round medians of repeats, net figures minus the same page’s no-op. Medians and ranges over rounds. The clocks are explained at the top of scripts/bench.mjs.',
    scenarios: Object.fromEntries(Object.entries(raw).map(([key, v]) => [key, summarise(v)])),
  };
  results.targets = targets(results.scenarios);
  results.delivery = delivery(results.scenarios);
  if (BASELINE) {
    // Per round, this build minus the baseline: the pairing cancels what the machine did that round.
    const paired = (a, b) =>
      summary(
        a.map((x, i) => x - b[i]),
        2,
      );
    results.baseline = BASELINE;
    results.versusBaseline = Object.fromEntries(
      Object.entries(raw)
        .filter(([key]) => baseline[key])
        .map(([key, v]) => [
          key,
          {
            firstDrawCpuMs: paired(v.firstDrawCpuMs, baseline[key].firstDrawCpuMs),
            mainThreadMs: paired(v.taskMs, baseline[key].taskMs),
            mainThreadCpuMs: paired(v.cpuMs, baseline[key].cpuMs),
            ...(Object.keys(v.interactions).length
              ? {
                  untilPaintCpuMs: Object.fromEntries(
                    Object.entries(v.interactions).map(([k, x]) => [
                      k,
                      paired(x.untilPaintCpuMs, baseline[key].interactions[k].untilPaintCpuMs),
                    ]),
                  ),
                }
              : {}),
          },
        ]),
    );
  }
  mkdirSync(join(root, 'bench/results'), {recursive: true});
  writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(JSON.stringify(results, null, 2));
}

await main();
