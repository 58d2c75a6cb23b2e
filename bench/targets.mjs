/**
 * Issue 17's speed targets, and issue 19's for a partner's 10,000 records, judged on one run's
 * medians (see the clocks in scripts/bench.mjs).
 *
 * Every target is main-thread CPU time. Where the issue sets a ratio, the yardstick is the d3
 * reference measured in the same run and the ratio is of the two medians; `taskMs` (wall-clock task
 * time) is given beside each, never judged. Interactions are "until the next paint" (what the reader
 * sees changes in that frame); what follows it in idle time is reported as `afterPaint`.
 *
 * Each entry: `measuredMs`, `yardstickMs` (ratios only), `ratio` (ratios only), `limit` in `unit`
 * ('ratio' or 'ms'), `met`; then what it is measured on (`basis`) and the figures reported beside.
 * A target whose scenarios did not run (BENCH_ONLY, BENCH_COUNTS, BENCH_INTERACTIONS=0) is left out.
 */

const r2 = (x) => Number(x.toFixed(2));

/** A CPU figure held against a limit in ms. */
function absolute(basis, measured, limit, beside = {}) {
  return {
    measuredMs: r2(measured.cpuMs),
    limit,
    unit: 'ms',
    met: measured.cpuMs <= limit,
    basis,
    taskMs: r2(measured.taskMs),
    ...beside,
  };
}

/** A CPU figure held against a yardstick's (the d3 reference's, or the widget's own with the bundled data): the ratio of the two medians. */
function ratio(basis, measured, yardstick, limit, beside = {}) {
  const value = measured.cpuMs / yardstick.cpuMs;
  return {
    measuredMs: r2(measured.cpuMs),
    yardstickMs: r2(yardstick.cpuMs),
    ratio: r2(value),
    limit,
    unit: 'ratio',
    met: value <= limit,
    basis,
    taskMs: r2(measured.taskMs),
    yardstickTaskMs: r2(yardstick.taskMs),
    ...beside,
  };
}

/** A scenario's first draw as {cpuMs, taskMs} medians, or undefined. */
const firstDraw = (s) => s && {cpuMs: s.firstDraw.cpuMs.median, taskMs: s.firstDraw.taskMs.median};

/** One interaction's phase ('untilPaint' or 'afterPaint'), gross or net of the page's no-op. */
function phase(s, label, which = 'untilPaint', net = false) {
  const p = s?.interactions?.[label]?.[which];
  if (!p) return undefined;
  return net
    ? {cpuMs: p.netCpuMs.median, taskMs: p.netTaskMs.median}
    : {cpuMs: p.cpuMs.median, taskMs: p.taskMs.median};
}

export function targets(scenarios) {
  const map = scenarios['map ×1'];
  const d3 = scenarios['d3 reference ×1'];
  const tenMaps = scenarios['map in view ×10'];
  const tenD3 = scenarios['d3 reference in view ×10'];
  const pillars = scenarios['pillars ×1'];
  const list = scenarios['list ×1'];
  const out = {};

  if (map && d3) {
    out['one map, first draw'] = ratio(
      'CPU from the page’s first task to the end of the first frame after the widget’s first update, minus the empty page’s; against one d3 reference. afterFirstDrawCpuMs: what runs after that frame until idle (the hidden table’s rows)',
      firstDraw(map),
      firstDraw(d3),
      1,
      {
        afterFirstDrawCpuMs: map.firstDraw.afterCpuMs.median,
        yardstickAfterFirstDrawCpuMs: d3.firstDraw.afterCpuMs.median,
      },
    );
  }
  const mapFilter = phase(map, 'filter change', 'untilPaint', true);
  const d3Filter = phase(d3, 'filter change', 'untilPaint', true);
  if (mapFilter && d3Filter) {
    out['filter change, until the next paint'] = ratio(
      'CPU from the change to the end of the next frame, net of each page’s no-op; afterPaint: idle-time work after that frame (table, CSV, announcement), net',
      mapFilter,
      d3Filter,
      2,
      {
        afterPaint: {
          cpuMs: r2(phase(map, 'filter change', 'afterPaint', true).cpuMs),
          taskMs: r2(phase(map, 'filter change', 'afterPaint', true).taskMs),
        },
        yardstickAfterPaint: {
          cpuMs: r2(phase(d3, 'filter change', 'afterPaint', true).cpuMs),
          taskMs: r2(phase(d3, 'filter change', 'afterPaint', true).taskMs),
        },
      },
    );
  }
  const hover = phase(map, 'hover tooltip', 'untilPaint', true);
  if (hover) {
    out['hover tooltip, net of the frame floor'] = absolute(
      'CPU from the pointerover to the end of the next frame, minus the no-op’s (the frame floor)',
      hover,
      3,
      {floorCpuMs: r2(phase(map, 'no-op').cpuMs)},
    );
  }
  if (tenMaps && tenD3) {
    out['ten maps all in view, first draw'] = ratio(
      'CPU to the end of the first frame after the widgets’ first update, ten in an 800 × 12,000 px window, minus the empty page’s; against ten d3 references in the same window. afterFirstDrawCpuMs: what runs after that frame until idle (the hidden tables’ rows)',
      firstDraw(tenMaps),
      firstDraw(tenD3),
      1,
      {
        afterFirstDrawCpuMs: tenMaps.firstDraw.afterCpuMs.median,
        yardstickAfterFirstDrawCpuMs: tenD3.firstDraw.afterCpuMs.median,
      },
    );
  }
  const selection = phase(pillars, 'selection change');
  if (selection) {
    const {animation} = pillars.interactions['selection change'];
    out['pillars, selection change, first frame'] = absolute(
      'CPU from the change to the end of the next frame (gross; netCpuMs is net of the no-op); the animation that follows is reported apart',
      selection,
      16,
      {
        netCpuMs: r2(phase(pillars, 'selection change', 'untilPaint', true).cpuMs),
        animation: {
          frames: animation.frames.median,
          perFrameCpuMs: animation.perFrameCpuMs.median,
          afterFirstFrameCpuMs: r2(phase(pillars, 'selection change', 'afterPaint').cpuMs),
        },
      },
    );
  }
  const listFilter = phase(list, 'filter change');
  if (listFilter) {
    out['list, filter change'] = absolute(
      'CPU from the change to the end of the next frame (gross; netCpuMs is net of the no-op); afterPaint: idle-time work after it, net',
      listFilter,
      8,
      {
        netCpuMs: r2(phase(list, 'filter change', 'untilPaint', true).cpuMs),
        afterPaint: {cpuMs: r2(phase(list, 'filter change', 'afterPaint', true).cpuMs)},
      },
    );
  }
  return {...out, ...partnerTargets(scenarios)};
}

/**
 * Issue 19's targets with 10,000 records given as `data` (bench/partner.mjs): first draws exclude
 * the page's making of the records, not the setting of `data` (validation, index); the map's are
 * ratios against the map's own scenario with the bundled data, same run.
 */
function partnerTargets(scenarios) {
  const map = scenarios['map ×1'];
  const list = scenarios['list 10k ×1'];
  const map10k = scenarios['map 10k ×1'];
  const pillars = scenarios['pillars 10k ×1'];
  const page = scenarios['list + map + pillars 10k ×1'];
  const out = {};
  const partnerData = (s) => ({
    setDataCpuMs: s.partnerData.setCpuMs.median,
    validateCpuMs: s.partnerData.validateCpuMs.median,
  });
  const FIRST_DRAW =
    'CPU from the page’s first task to the end of the first frame after the widget’s first update, minus the empty page’s and the page’s making of the records; setDataCpuMs: setting `data` (validation and index, part of it), validateCpuMs: the validation alone';

  if (list) out['list, 10,000 initiatives, first draw'] = absolute(FIRST_DRAW, firstDraw(list), 300, partnerData(list));
  const listFilter = phase(list, 'filter change');
  if (listFilter) {
    out['list, 10,000 initiatives, filter change'] = absolute(
      'CPU from the change to the end of the next frame (gross; netCpuMs is net of the no-op); afterPaint: idle-time work after it, net',
      listFilter,
      16,
      {
        netCpuMs: r2(phase(list, 'filter change', 'untilPaint', true).cpuMs),
        afterPaint: {cpuMs: r2(phase(list, 'filter change', 'afterPaint', true).cpuMs)},
      },
    );
  }
  if (map10k && map) {
    out['map, 10,000 initiatives, first draw'] = ratio(
      `${FIRST_DRAW}; against the map with the bundled data (map ×1)`,
      firstDraw(map10k),
      firstDraw(map),
      1.5,
      {
        ...partnerData(map10k),
        afterFirstDrawCpuMs: map10k.firstDraw.afterCpuMs.median,
        yardstickAfterFirstDrawCpuMs: map.firstDraw.afterCpuMs.median,
      },
    );
  }
  const mapFilter = phase(map10k, 'filter change', 'untilPaint', true);
  const ownFilter = phase(map, 'filter change', 'untilPaint', true);
  if (mapFilter && ownFilter) {
    out['map, 10,000 initiatives, filter change'] = ratio(
      'CPU from the change to the end of the next frame, net of each page’s no-op; against the map with the bundled data (map ×1); afterPaint: idle-time work after that frame, net',
      mapFilter,
      ownFilter,
      2,
      {
        afterPaint: {cpuMs: r2(phase(map10k, 'filter change', 'afterPaint', true).cpuMs)},
        yardstickAfterPaint: {cpuMs: r2(phase(map, 'filter change', 'afterPaint', true).cpuMs)},
      },
    );
  }
  if (pillars) {
    out['pillars, 10,000 initiatives, first draw'] = absolute(
      FIRST_DRAW,
      firstDraw(pillars),
      300,
      partnerData(pillars),
    );
  }
  if (page) {
    const used = page.heapUsedMiB.median;
    out['list, map and pillars, 10,000 initiatives, JS heap'] = {
      measuredMiB: used,
      limit: 40,
      unit: 'MiB',
      met: used <= 40,
      basis:
        'The page’s whole JS heap in use (Runtime.getHeapUsage) after it settled and a garbage collection, nothing subtracted; the three widgets share one 10,000-record dataset',
      netOfEmptyPageMiB: page.heapAfterGcMiB.median,
    };
  }
  return out;
}
