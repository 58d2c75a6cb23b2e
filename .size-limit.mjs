// Size budgets (gzip), checked by `npm run size` in `npm test` after the build. README → Size budgets
// lists them; bench/README.md says where the bytes go.
import {existsSync} from 'node:fs';

import {pageFiles} from './scripts/browser-folder.mjs';

const modules = [
  {
    name: 'dataset: core (structure, names, titles, map items)',
    path: 'dist/data/generated/foip-core.js',
    limit: '12 kB',
    gzip: true,
  },
  {
    name: 'dataset: long texts',
    path: 'dist/data/generated/foip-text.js',
    limit: '11 kB',
    gzip: true,
  },
  {
    name: 'foip-widgets/data (whole dataset, queries, validation, CSV)',
    path: 'dist/data/index.js',
    limit: '26.5 kB',
    gzip: true,
  },
  {
    name: 'map geometry (path data)',
    path: 'dist/geo/generated/map.js',
    limit: '15 kB',
    gzip: true,
  },
  {
    name: 'foip-initiative-card.js (with lit and the data)',
    path: 'dist/foip-initiative-card.js',
    limit: '42 kB',
    gzip: true,
  },
  {
    name: 'foip-initiative-list.js (with lit, the data and the card)',
    path: 'dist/foip-initiative-list.js',
    limit: '50.5 kB',
    gzip: true,
  },
  {
    name: 'foip-vision.js (with lit and the data)',
    path: 'dist/foip-vision.js',
    limit: '42 kB',
    gzip: true,
  },
  {
    name: 'foip-map.js (with lit, geometry and the data core)',
    path: 'dist/foip-map.js',
    limit: '68 kB',
    gzip: true,
  },
  {
    name: 'foip-pillars.js (with lit, the data, the card and d3-hierarchy)',
    path: 'dist/foip-pillars.js',
    limit: '57 kB',
    gzip: true,
  },
  {
    name: "foip-country.js (with lit, the data core, the compact card, the map's geometry and every country's name)",
    path: 'dist/foip-country.js',
    limit: '62 kB',
    gzip: true,
  },
  {
    name: 'foip-widgets.min.js (everything, the file as shipped)',
    path: 'dist/foip-widgets.min.js',
    limit: '105 kB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
];

if (!existsSync('dist/browser')) throw new Error('.size-limit.mjs: no dist/browser: run `npm run build` first');

/** A page built on the browser folder: the loader and every chunk it fetches for `tags`, each gzipped. */
const page = (name, tags, limit) => ({
  name: `browser folder: ${name} (${pageFiles(tags).length} files)`,
  path: pageFiles(tags).map((file) => `dist/browser/${file}`),
  limit,
  gzip: true,
  disablePlugins: ['@size-limit/esbuild'],
});

const every = [
  'foip-country',
  'foip-initiative-card',
  'foip-initiative-list',
  'foip-map',
  'foip-pillars',
  'foip-vision',
];

export default [
  ...modules,
  {
    name: 'browser folder: the loader alone',
    path: 'dist/browser/foip-widgets.js',
    limit: '2 kB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  page('loader + one card', ['foip-initiative-card'], '40 kB'),
  page('loader + one map', ['foip-map'], '67.5 kB'),
  page('loader + one country page', ['foip-country'], '64 kB'),
  page('loader + every widget', every, '116.5 kB'),
];
