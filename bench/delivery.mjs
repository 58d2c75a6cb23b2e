/**
 * Issue 20's delivery figures: what a page fetches from the browser folder (dist/browser/, the loader
 * and the chunks of the elements it shows) against the one file, in bytes (gzip, file by file, as
 * `npm run size` sums them) and in first-draw CPU time from the same run's scenarios.
 */
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

import {elementChunks, pageFiles} from '../scripts/browser-folder.mjs';

/** Every element the browser folder's loader defines (read from the build). */
const every = () => [...elementChunks().keys()];

/** The page kinds issue 20 sets a byte budget for, and the partners page: tags, limit in kB (gzip), the scenarios compared. */
export const PAGE_KINDS = {
  'card only': {tags: ['foip-initiative-card'], limitKb: 38, oneFile: 'card', loader: 'card (loader)'},
  'map only': {tags: ['foip-map'], limitKb: 62, oneFile: 'map', loader: 'map (loader)'},
  'country page': {tags: ['foip-country'], limitKb: 64, oneFile: 'country', loader: 'country (loader)'},
  // Issue 21 sets none: the element's 50 kB + 2, as the country page's 62 + 2 (.size-limit.mjs).
  'partners page': {tags: ['foip-partners'], limitKb: 52, oneFile: 'partners', loader: 'partners (loader)'},
  // The one file + 5 kB.
  'every widget': {tags: null, limitKb: null, oneFile: 'every widget', loader: 'every widget (loader)'},
};

/** Markup with one of each element: the `every widget` scenarios. */
export const everyWidgetMarkup = () =>
  every()
    .map(
      (tag) =>
        `<${tag}${{'foip-initiative-card': ' initiative="osa-expansion"', 'foip-country': ' country="PHL"'}[tag] ?? ''}></${tag}>`,
    )
    .join('');

const gzipKb = (path) => gzipSync(readFileSync(path), {level: 9}).length / 1000;
const r2 = (x) => Number(x.toFixed(2));

/** Bytes per page kind and, where both scenarios ran, the first draw through the loader against the one file's. */
export function delivery(scenarios) {
  const oneFileKb = gzipKb('dist/foip-widgets.min.js');
  const out = {oneFileKb: r2(oneFileKb)};
  for (const [name, kind] of Object.entries(PAGE_KINDS)) {
    const files = pageFiles(kind.tags ?? every());
    const kb = files.reduce((sum, file) => sum + gzipKb(`dist/browser/${file}`), 0);
    const limitKb = kind.limitKb ?? r2(oneFileKb + 5);
    const viaLoader = scenarios[`${kind.loader} ×1`]?.firstDraw.cpuMs.median;
    const viaOneFile = scenarios[`${kind.oneFile} ×1`]?.firstDraw.cpuMs.median;
    out[name] = {
      files: files.length,
      kb: r2(kb),
      limitKb,
      met: kb <= limitKb,
      ...(viaLoader !== undefined && viaOneFile !== undefined
        ? {firstDrawCpuMs: r2(viaLoader), oneFileFirstDrawCpuMs: r2(viaOneFile), ratio: r2(viaLoader / viaOneFile)}
        : {}),
    };
  }
  return out;
}
