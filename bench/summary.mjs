/** Medians and ranges of the bench's figures, per scenario. Read by scripts/bench.mjs. */

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const round = (x, digits = 1) => Number(x.toFixed(digits));
export const summary = (xs, digits) => ({
  median: round(median(xs), digits),
  min: round(Math.min(...xs), digits),
  max: round(Math.max(...xs), digits),
});

/** Per-round figures of one scenario, summarised; interactions gross and net of the no-op. */
export function summarise(v) {
  const interactions = {};
  const noop = v.interactions['no-op'];
  for (const [label, x] of Object.entries(v.interactions)) {
    // Net of the no-op, round by round: the no-op ran in the same page just before.
    const phase = (name) => {
      const [cpu, task] = [`${name}CpuMs`, `${name}TaskMs`];
      const net = (key) =>
        summary(
          x[key].map((y, i) => y - noop[key][i]),
          2,
        );
      return {
        cpuMs: summary(x[cpu], 2),
        taskMs: summary(x[task], 2),
        ...(noop && {netCpuMs: net(cpu), netTaskMs: net(task)}),
      };
    };
    interactions[label] = {
      untilPaint: phase('untilPaint'),
      afterPaint: phase('afterPaint'),
      animation: {frames: summary(x.frames, 0), perFrameCpuMs: summary(x.perFrameCpuMs, 2)},
    };
  }
  return {
    firstDraw: {
      cpuMs: summary(v.firstDrawCpuMs),
      taskMs: summary(v.firstDrawTaskMs),
      afterCpuMs: summary(v.afterFirstDrawCpuMs),
    },
    navigationToDrawnMs: summary(v.drawnMs),
    mainThreadMs: summary(v.taskMs),
    mainThreadCpuMs: summary(v.cpuMs),
    cpuBreakdownMs: {
      script: round(median(v.scriptMs)),
      style: round(median(v.styleMs)),
      layout: round(median(v.layoutMs)),
    },
    heapAfterGcMiB: summary(v.heapMiB, 2),
    heapUsedMiB: summary(v.heapUsedMiB, 2),
    domNodes: summary(v.nodes, 0),
    ...(v.dataSetCpuMs && {
      // A partner page (bench/partner.mjs): making the records (out of firstDraw), setting `data`
      // (validation and index, before the first paint; in firstDraw), the validation alone.
      partnerData: {
        makeCpuMs: summary(v.dataMakeCpuMs),
        setCpuMs: summary(v.dataSetCpuMs),
        validateCpuMs: summary(v.validateCpuMs),
      },
    }),
    ...(Object.keys(interactions).length ? {interactions} : {}),
  };
}
