/**
 * The bench's server (scripts/bench.mjs): the scenarios' pages, the d3 reference, the partner module,
 * a baseline bundle, and the build's own files (dist/ only).
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {URL, fileURLToPath} from 'node:url';

import json from '@rollup/plugin-json';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {rollup} from 'rollup';

import {serveFiles} from '../scripts/serve-files.mjs';
import {buildPartnerModule, partnerBody} from './partner.mjs';
import {SCENARIOS, page} from './scenarios.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The d3 reference, minified as a site would ship it; its fills are the dataset's pillars per country. */
async function buildReference() {
  const data = JSON.parse(readFileSync(join(root, 'dist/data/foip.json'), 'utf8'));
  const numeric = new Map(data.countries.map((c) => [c.iso3, c.isoNumeric]));
  const fills = {};
  for (const entry of data.mapEntries) {
    for (const iso3 of entry.countries) {
      const pillars = new Set([...(fills[numeric.get(iso3)] ?? []), ...entry.items.map((item) => item.pillar)]);
      fills[numeric.get(iso3)] = [...pillars].sort();
    }
  }
  const fillsModule = {
    name: 'reference-fills',
    resolveId: (id) => (id === 'reference:fills' ? id : null),
    load: (id) => (id === 'reference:fills' ? `export default ${JSON.stringify(fills)};` : null),
  };
  const bundle = await rollup({
    input: join(root, 'bench/reference/d3-map.js'),
    plugins: [fillsModule, nodeResolve(), json({compact: true}), terser({format: {comments: false}})],
  });
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  return output[0].code;
}

/**
 * Serves the pages of the scenarios in `only` (all when undefined); `baseline`: the path of another
 * build of foip-widgets.min.js. What only some scenarios need is built only when one of them runs.
 */
export async function serveBench(only, baseline) {
  const running = (test) => Object.entries(SCENARIOS).some(([name, s]) => (!only || only.includes(name)) && test(s));
  // Built only when it runs: BENCH_ONLY=map spares the rollup build.
  const reference = running((s) => s.reference) ? await buildReference() : '';
  const partner = running((s) => s.partner) ? await buildPartnerModule() : '';
  const send = (res, type, body) => {
    res.writeHead(200, {'content-type': type});
    res.end(body);
    return true;
  };
  return serveFiles(root, (url, res) => {
    if (url.pathname === '/page') {
      const name = url.searchParams.get('scenario');
      const scenario = SCENARIOS[name];
      const count = Number(url.searchParams.get('count') ?? 0);
      const markup = name === 'control' ? '' : scenario.markup().repeat(count);
      const script = scenario?.reference
        ? '/reference.js'
        : scenario?.loader
          ? '/dist/browser/foip-widgets.js'
          : url.searchParams.get('bundle') === 'baseline'
            ? '/baseline.js'
            : '/dist/foip-widgets.min.js';
      const body = scenario?.partner ? partnerBody(markup) : markup;
      return send(res, 'text/html', page(body, name !== 'control' && script, scenario?.partner));
    }
    if (url.pathname === '/reference.js') return send(res, 'text/javascript', reference);
    if (url.pathname === '/partner.js') return send(res, 'text/javascript', partner);
    if (url.pathname === '/baseline.js' && baseline) return send(res, 'text/javascript', readFileSync(baseline));
    if (url.pathname.startsWith('/dist/')) return false;
    res.writeHead(404).end();
    return true;
  });
}
