/**
 * The codes and the name overrides of every country the map draws, for `country="…"` on any widget
 * and for `<foip-country>`'s names (src/data/world-countries.ts). Runs after build-map.ts: the list
 * is the map's own shapes (src/geo/generated/map.ts), not a second list that could drift from it.
 *
 * - ISO 3166-1 alpha-2, alpha-3 and numeric come from the `i18n-iso-countries` package (MIT), at
 *   build time only: its codes table, not its names (data/README.md says why the names are the
 *   browser's CLDR names, `Intl.DisplayNames`, with data/country-names.json over them).
 * - Natural Earth units without a code, and land that is no country's, follow data/country-names.json
 *   `shapes` (the territory policy: Northern Cyprus is named as Cyprus, Somaliland as Somalia).
 *
 * Writes src/data/generated/world-countries.ts (git-ignored) and fails on any drawn shape it cannot
 * place, any override of a country the dataset holds (the dataset's names win), or a malformed entry.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

import {dataset} from '../src/data/index.js';
import {planarMap} from '../src/geo/generated/map.js';
import {root} from './dataset-source.js';

interface NameOverride {
  readonly ja?: string;
  readonly en?: string;
  readonly nameInSentence?: string;
  readonly note: string;
}
interface ShapePolicy {
  readonly country: string | null;
  readonly alpha2?: string;
  readonly note: string;
}
interface NamesFile {
  readonly names: Readonly<Record<string, NameOverride>>;
  readonly shapes: Readonly<Record<string, ShapePolicy>>;
}

const fail = (message: string): never => {
  console.error(`build-country-names: ${message}`);
  process.exit(1);
};

const require = createRequire(import.meta.url);
/** `[alpha-2, alpha-3, numeric, ISO 3166-2 reference]` rows. */
const isoCodes = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/codes.json'), 'utf8')) as string[][];
const byNumeric = new Map(isoCodes.map(([a2, a3, numeric]) => [numeric, {a2, a3}]));
const file = JSON.parse(readFileSync(join(root, 'data/country-names.json'), 'utf8')) as NamesFile;

/** One row per country: alpha-2, alpha-3 and the id of its own shape. */
const rows: {a2: string; a3: string; shape: string}[] = [];
/** Shapes drawn apart that belong to a country with a shape of its own (Northern Cyprus → CYP). */
const folded: Record<string, string> = {};
for (const {id} of planarMap.shapes) {
  const policy = file.shapes[id];
  const iso = byNumeric.get(id);
  if (policy && iso) fail(`shape ${id} has an ISO code (${iso.a3}) and a policy in data/country-names.json`);
  if (iso) rows.push({...iso, shape: id});
  else if (!policy) fail(`the map draws shape "${id}", which has no ISO code and no entry under "shapes"`);
  else if (policy.country && policy.alpha2) rows.push({a2: policy.alpha2, a3: policy.country, shape: id});
  else if (policy.country) folded[id] = policy.country;
}
const drawn = new Set(rows.map((r) => r.a3));
if (new Set(rows.map((r) => r.a2)).size !== rows.length || drawn.size !== rows.length) fail('two shapes share a code');
for (const [id, policy] of Object.entries(file.shapes)) {
  if (!planarMap.shapes.some((s) => s.id === id)) fail(`"shapes" lists ${id}, which the map does not draw`);
  if (policy.country && !drawn.has(policy.country)) fail(`shape ${id} is folded into ${policy.country}, not drawn`);
  if (!policy.note) fail(`shape ${id} has no note`);
}
// A country of the dataset too small for a shape at this scale (Tuvalu) is drawn as a marker.
for (const c of dataset.countries) {
  if (drawn.has(c.iso3)) continue;
  const iso = byNumeric.get(c.isoNumeric);
  if (iso?.a3 !== c.iso3) fail(`the dataset's ${c.iso3} (${c.isoNumeric}) is not an ISO 3166-1 country`);
  rows.push({...iso!, shape: ''});
  drawn.add(c.iso3);
}

const names: Record<string, Omit<NameOverride, 'note'>> = {};
for (const [code, {note, ...name}] of Object.entries(file.names)) {
  if (!drawn.has(code)) fail(`names: ${code} is not the alpha-3 of a country the map draws`);
  if (dataset.countries.some((c) => c.iso3 === code)) {
    fail(`names: ${code} is in the dataset, whose names win: give it there (data/places.json)`);
  }
  if (!note) fail(`names: ${code} has no note`);
  if (!name.ja && !name.en) fail(`names: ${code} overrides no name`);
  if (name.nameInSentence && !name.en) fail(`names: ${code} has nameInSentence without a pinned en`);
  if (name.nameInSentence && !name.nameInSentence.includes(name.en!)) {
    fail(`names: ${code}'s nameInSentence does not contain its en`);
  }
  if (name.en && /[&]|\bSt\./u.test(name.en)) fail(`names: ${code}: write "and" and "Saint" in full`);
  names[code] = name;
}

/** The rows as `WORLD_CODES` writes them (see its comment); fails on anything the reader could misread. */
function encodeCodes(list: readonly {a2: string; a3: string; shape: string}[]): string {
  let numeric = 0;
  return list
    .map(({a2, a3, shape}) => {
      if (!/^[A-Z]{2}$/u.test(a2) || !/^[A-Z]{3}$/u.test(a3)) fail(`codes ${a2}/${a3} are not ISO alpha-2/alpha-3`);
      let written = '';
      if (/^\d{3}$/u.test(shape)) {
        if (+shape <= numeric) fail(`shape ${shape} comes after ${numeric} in the map's order: codes must ascend`);
        written = String(+shape - numeric);
        numeric = +shape;
      } else if (shape) {
        if (!/^[a-z][a-z\d-]*$/u.test(shape)) fail(`shape "${shape}" is neither an ISO numeric code nor a slug`);
        written = `-${shape}`;
      }
      return a3 + (a3.startsWith(a2) ? '' : a2) + written;
    })
    .join('');
}

const module =
  `// Generated by scripts/build-country-names.ts from the map's shapes, the ISO 3166-1 codes and\n` +
  `// data/country-names.json. Do not edit.\n\n` +
  `/**\n * alpha-3, alpha-2 and shape of every country the map draws, in the map's order, written short (a\n` +
  ` * third of the gzip bytes of \`a2,a3,shape;\`): alpha-3; then alpha-2 only where it is not alpha-3's\n` +
  ` * first two letters; then the shape: its ISO numeric code as the increase over the row before's,\n` +
  ` * \`-slug\` for land without a code, nothing for a marker only. Read by \`table()\` in world-countries.ts.\n */\n` +
  `export const WORLD_CODES = '${encodeCodes(rows)}';\n\n` +
  `/** Shapes drawn apart that are named and selected as a country with a shape of its own. */\n` +
  `export const FOLDED_SHAPES: Readonly<Record<string, string>> = ${JSON.stringify(folded)};\n\n` +
  `/** Names that differ from the browser's CLDR names, for countries the dataset does not hold. */\n` +
  `export const NAME_OVERRIDES: Readonly<Record<string, {readonly ja?: string; readonly en?: string; readonly nameInSentence?: string}>> = ${JSON.stringify(names)};\n`;
const out = join(root, 'src/data/generated');
mkdirSync(out, {recursive: true});
writeFileSync(join(out, 'world-countries.ts'), module);
console.log(
  `world countries: ${rows.length} drawn countries, ${Object.keys(folded).length} folded shapes, ` +
    `${Object.keys(names).length} name overrides; ${(module.length / 1024).toFixed(1)} KiB raw, ` +
    `${(gzipSync(module, {level: 9}).length / 1024).toFixed(1)} KiB gzip`,
);
