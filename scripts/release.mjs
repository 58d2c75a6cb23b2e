// `npm run release`: release/foip-widgets-<version>/, what an embassy copies to its server and pins.
//   foip-widgets.min.js     the one file (every element)
//   foip-widgets/           the browser folder (dist/browser/ as built: the loader and its chunks)
//   integrity.json          sha384 of every file above, in SRI form, keyed by path in the release
//   README.md               copy, paste, pin: the tags for this version with their integrity filled in
//   example.html            the loader folder pinned by an import map, under a strict CSP
//   example-one-file.html   the one file pinned by its script tag's integrity
// Run after `npm run build`. Everything is read from the built files, whatever chunks the build made.
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

import {LOADER, allFiles, elementChunks} from './browser-folder.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ONE_FILE = 'foip-widgets.min.js';
/** The browser folder's name inside the release. */
export const FOLDER = 'foip-widgets';
/** The policy the example pages are written for (and the release test serves them with). */
export const CSP_BASE = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
};
/** Attributes that give an element in the example something to show; any other tag appears bare. */
const EXAMPLE_ATTRIBUTES = {
  'foip-vision': 'layout="compact"',
  'foip-initiative-card': 'initiative="osa-expansion"',
  'foip-initiative-list': 'country="PHL" controls',
  'foip-country': 'country="PHL"',
  'foip-partners': 'partner="USA"',
};

/** Subresource Integrity value of `bytes` (sha384, the strength SRI recommends). */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The CSP source that allows one inline script whose text is exactly `text`. */
export const cspHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A policy as a header value, with `extra` sources added to script-src. */
export function policy(...extra) {
  return Object.entries(CSP_BASE)
    .map(([name, value]) => `${name} ${name === 'script-src' ? [value, ...extra].join(' ') : value}`)
    .join('; ');
}

/**
 * The text of `<script type="importmap">` pinning every module of the browser folder, the loader
 * first. Browsers key the integrity map by URL, each key resolved against the page: `prefix` is the
 * folder's URL as the page writes it ("./foip-widgets/" beside the page, "/assets/…/" from the site root).
 */
export function importMapText(integrity, prefix, indent = '') {
  const files = Object.keys(integrity)
    .filter((path) => path.startsWith(`${FOLDER}/`))
    .map((path) => path.slice(FOLDER.length + 1))
    .sort((a, b) => Number(b === LOADER) - Number(a === LOADER) || a.localeCompare(b));
  const map = Object.fromEntries(files.map((file) => [prefix + file, integrity[`${FOLDER}/${file}`]]));
  // Indented here, not after: the CSP hash covers the exact text, indentation included.
  return JSON.stringify({integrity: map}, null, 2).replaceAll('\n', `\n${indent}`);
}

/** The tags to put on a page: a pinned inline import map, when `map` is given, before any module script. */
function scriptTags({map, src, integrity}) {
  const tags = [];
  if (map) tags.push(`<script type="importmap">${map}</script>`);
  tags.push(`<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`);
  return tags.join('\n');
}

function examplePage({title, intro, scripts, csp, inline, tags}) {
  const elements = tags.map((tag) => `    <${[tag, EXAMPLE_ATTRIBUTES[tag]].filter(Boolean).join(' ')}></${tag}>`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <!-- The policy a government site sends (as a header, or here): same origin only, ${inline} -->
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <title>${title}</title>
    ${scripts.replaceAll('\n<script', '\n    <script')}
  </head>
  <body>
    <h1>${title}</h1>
    <p>${intro}</p>
${elements.join('\n')}
  </body>
</html>
`;
}

function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/gu, (_, key) => {
    if (!(key in values)) throw new Error(`release README template: no value for {{${key}}}`);
    return values[key];
  });
}

export function release({dist = join(ROOT, 'dist'), out = join(ROOT, 'release')} = {}) {
  const {version} = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const name = `foip-widgets-${version}`;
  const dir = join(out, name);
  const browser = join(dist, 'browser');
  if (!existsSync(join(dist, ONE_FILE)) || !existsSync(join(browser, LOADER)))
    throw new Error(`release: ${dist} has no ${ONE_FILE} or browser/${LOADER}: run npm run build first`);
  // An import map pins modules only: a file of another kind in the folder would be fetched unpinned.
  const unpinnable = allFiles(browser).filter((file) => !file.endsWith('.js'));
  if (unpinnable.length) throw new Error(`release: only modules can be pinned, not ${unpinnable.join(', ')}`);

  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  cpSync(join(dist, ONE_FILE), join(dir, ONE_FILE));
  cpSync(browser, join(dir, FOLDER), {recursive: true});

  const files = [ONE_FILE, ...allFiles(browser).map((file) => `${FOLDER}/${file}`)];
  const integrity = Object.fromEntries(files.map((file) => [file, sri(readFileSync(join(dir, file)))]));
  writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);

  const tags = [...elementChunks(browser).keys()];
  const local = importMapText(integrity, `./${FOLDER}/`, '    ');
  writeFileSync(
    join(dir, 'example.html'),
    examplePage({
      title: `foip-widgets ${version}: the browser folder, pinned`,
      intro: `Each element's chunk is loaded when its tag appears and checked against the import map's integrity.`,
      scripts: scriptTags({map: local, src: `./${FOLDER}/${LOADER}`, integrity: integrity[`${FOLDER}/${LOADER}`]}),
      csp: policy(cspHash(local)),
      inline: 'no inline script but the import map, allowed by the hash of its exact text',
      tags,
    }),
  );
  writeFileSync(
    join(dir, 'example-one-file.html'),
    examplePage({
      title: `foip-widgets ${version}: the one file, pinned`,
      intro: `One script, every element, checked against its integrity attribute.`,
      scripts: scriptTags({src: `./${ONE_FILE}`, integrity: integrity[ONE_FILE]}),
      csp: policy(),
      inline: 'no inline script',
      tags,
    }),
  );

  // The README's tags: the release folder copied as is to the site root, so every page of the site
  // writes the same URLs (the integrity map's keys resolve against the page).
  const base = `/${name}/`;
  const siteMap = importMapText(integrity, `${base}${FOLDER}/`);
  const template = readFileSync(join(ROOT, 'scripts/release-readme.md'), 'utf8');
  const readme = fill(template, {
    version,
    name,
    base,
    folder: FOLDER,
    loader: LOADER,
    oneFile: ONE_FILE,
    oneFileTag: scriptTags({src: `${base}${ONE_FILE}`, integrity: integrity[ONE_FILE]}),
    folderTags: scriptTags({
      map: siteMap,
      src: `${base}${FOLDER}/${LOADER}`,
      integrity: integrity[`${FOLDER}/${LOADER}`],
    }),
    siteHash: cspHash(siteMap),
    sitePolicy: policy(cspHash(siteMap)),
    plainPolicy: policy(),
    fileCount: String(files.length),
    chunkCount: String(files.length - 2),
  });
  writeFileSync(join(dir, 'README.md'), readme);
  return {dir, integrity, tags};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {dir, integrity} = release();
  console.log(`${dir}: ${Object.keys(integrity).length} files pinned`);
}
