// What a page fetches from the browser folder (dist/browser/, rollup.config.mjs): the loader, and
// for each element it shows, that element's chunk with every chunk it imports statically. Chunks
// imported with `import()` (loaded on demand, e.g. by an export) are not part of a page's load.
// Read from the built files, so the size budgets, the bench and the release count what ships.
import {readFileSync, readdirSync} from 'node:fs';
import {join, posix} from 'node:path';

export const LOADER = 'foip-widgets.js';
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/gu;
const DYNAMIC_IMPORT = /\bimport\("(\.\/[^"]+\.js)"\)/gu;
/** A widget's Japanese texts (rollup.config.mjs names them). */
const JAPANESE = /(?:^|\/)ja-[^/]+\.js$/u;

/** The tags the loader defines, each with the chunk it imports for it. */
export function elementChunks(dir = 'dist/browser') {
  const loader = readFileSync(join(dir, LOADER), 'utf8');
  const entries = [...loader.matchAll(DYNAMIC_IMPORT)].map(([, path]) => posix.normalize(path));
  // Rollup names an entry chunk after its module (src/foip-map.ts → chunks/foip-map-<hash>.js).
  return new Map(entries.map((path) => [/^chunks\/(foip-[a-z-]+)-[\w-]{8}\.js$/u.exec(path)?.[1] ?? path, path]));
}

/**
 * Every file a page showing `tags` fetches, loader first, as paths relative to `dir`. A page in
 * Japanese (`lang: 'ja'`) fetches its widgets' Japanese texts too, imported on demand (`chunks/ja-*`).
 */
export function pageFiles(tags, dir = 'dist/browser', {lang = 'en'} = {}) {
  const chunks = elementChunks(dir);
  const files = new Set([LOADER]);
  const visit = (path) => {
    if (files.has(path)) return;
    files.add(path);
    const code = readFileSync(join(dir, path), 'utf8');
    const from = (spec) => posix.join(posix.dirname(path), spec);
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) visit(from(spec));
    if (lang === 'ja') for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) if (JAPANESE.test(spec)) visit(from(spec));
  };
  for (const tag of tags) {
    const chunk = chunks.get(tag);
    if (!chunk)
      throw new Error(`${dir}/${LOADER} imports no chunk for <${tag}> (it has ${[...chunks.keys()].join(', ')})`);
    visit(chunk);
  }
  return [...files];
}

/** Every file in the folder, as paths relative to it. */
export function allFiles(dir = 'dist/browser') {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => posix.relative(dir, posix.join(entry.parentPath, entry.name)))
    .sort();
}
