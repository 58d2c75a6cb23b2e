/**
 * Splits lit-localize's one table of Japanese templates by the widget that uses each message, so
 * a widget's entry ships its own strings and not every other widget's (the map's alone are under
 * half of them). lit-localize builds its table into a cache (`output.outputDir` of
 * lit-localize.json); this writes `src/i18n/locales/ja/<widget>.ts`, which the widget's module
 * adds (`addTranslations`), and `ja/shared.ts` for `src/internal/` and what two widgets share,
 * which every widget loads. Run by `npm run localize:build`; checked by `npm run localize:check`.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {pathToFileURL} from 'node:url';

import {readConfigFileAndWriteSchema} from '@lit/localize-tools/lib/config.js';
import {RuntimeLitLocalizer} from '@lit/localize-tools/lib/modes/runtime.js';
import {extractMessagesFromProgram} from '@lit/localize-tools/lib/program-analysis.js';

import {templateKey} from '../src/i18n/message-id.js';
import {root} from './dataset-source.js';

type Program = Parameters<typeof extractMessagesFromProgram>[0];

/**
 * Internal modules whose messages only some widgets need: each adds its own `ja/<owner>.js` (the
 * attribute readers: the base element and the vision need none of the dataset readers' messages).
 */
export const INTERNAL_OWNERS: Record<string, string> = {
  'attributes.ts': 'attributes',
  'country-summary.ts': 'country-summary',
};

/** The owner of a source file: its widget's folder under `src/components/`, an INTERNAL_OWNERS module, else `shared`. */
function ownerOf(file: string): string {
  const parts = relative(root, file).split(sep);
  if (parts[0] === 'src' && parts[1] === 'internal' && INTERNAL_OWNERS[parts[2]]) return INTERNAL_OWNERS[parts[2]];
  return parts[0] === 'src' && parts[1] === 'components' ? parts[2] : 'shared';
}

/**
 * Message id → owner, from the analysis `lit-localize extract` makes (with its own TypeScript),
 * file by file: over the whole program it keeps one use of a message that two widgets share
 * (`${n} countries` in the map's legend and the priority areas).
 */
export function messageOwners(): Map<string, string> {
  const config = readConfigFileAndWriteSchema(join(root, 'lit-localize.json'));
  const localizer = new RuntimeLitLocalizer(config as ConstructorParameters<typeof RuntimeLitLocalizer>[0]);
  const program = (localizer as unknown as {program: Program}).program;
  const owners = new Map<string, string>();
  for (const file of program.getSourceFiles()) {
    const one: Program = Object.create(program, {getSourceFiles: {value: () => [file]}});
    const {messages, errors} = extractMessagesFromProgram(one);
    if (errors.length) throw new Error(`lit-localize analysis of ${file.fileName} failed: ${errors.length} error(s)`);
    const owner = ownerOf(file.fileName);
    for (const {name} of messages) {
      const known = owners.get(name);
      owners.set(name, known === undefined || known === owner ? owner : 'shared');
    }
  }
  return owners;
}

/** Where an owner's messages are: `src/components/<widget>/`, or an internal module. */
export function ownerSource(owner: string): string {
  const internal = Object.entries(INTERNAL_OWNERS).find(([, name]) => name === owner)?.[0];
  return internal ? `src/internal/${internal}` : `src/components/${owner}/`;
}

/** Writes `<to>/ja/<owner>.ts`, one module per owner, from lit-localize's `<from>/ja.ts`. */
export function splitLocales(from: string, to: string, owners: Map<string, string>): void {
  const source = readFileSync(join(from, 'ja.ts'), 'utf8');
  // lit-localize writes one entry a line, `'<id>': <template>,` (a template may span lines): ids are
  // hashes (s… for strings, h… for html templates) or a msg's own `id`.
  const start = source.indexOf('export const templates = {');
  const body = source.slice(source.indexOf('\n', start) + 1, source.lastIndexOf('};'));
  const entries = body.split(/\n(?='[^'\n]+': )/u).map((entry) => entry.trim());
  const byOwner = new Map<string, string[]>([['shared', []]]);
  const keys = new Map<string, string>();
  for (const entry of entries) {
    const id = /^'([^'\n]+)': /u.exec(entry)?.[1];
    if (!id) throw new Error(`unexpected line in ja.ts: ${entry.slice(0, 60)}`);
    const owner = owners.get(id);
    // A translation no source uses any more: extract drops it from the XLIFF, so it is not here.
    if (!owner) throw new Error(`${id} in ja.ts is used by no source file`);
    // The templates of every widget share one table in the page (msg.ts): a key names one message.
    const key = templateKey(id);
    if (keys.has(key)) throw new Error(`${id} and ${keys.get(key)} share the key ${key}: give one of them an id`);
    keys.set(key, id);
    const keyed = `'${key}': ${entry.slice(id.length + 4).replace(/,$/u, '')}`;
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), keyed]);
  }
  const out = join(to, 'ja');
  rmSync(out, {recursive: true, force: true});
  mkdirSync(out, {recursive: true});
  for (const [owner, list] of [...byOwner].sort(([a], [b]) => a.localeCompare(b))) {
    const uses = (tag: string) => list.some((entry) => entry.includes(`': ${tag}\``));
    writeFileSync(
      join(out, `${owner}.ts`),
      [
        `// Generated by scripts/split-locales.ts (npm run localize:build) from the XLIFF. Do not edit.`,
        `// The Japanese templates ${owner === 'shared' ? 'every widget uses' : `of ${ownerSource(owner)}`}.`,
        ...(uses('html') ? [`import {html} from 'lit';`] : []),
        // msg.ts's own `str`: '@lit/localize' itself would bring its runtime's side effects along.
        ...(uses('str') ? [`import {str} from '../../msg.js';`] : []),
        '',
        'export const templates = {',
        ...list.map((entry) => `  ${entry},`),
        '};',
        '',
      ].join('\n'),
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const to = join(root, 'src/i18n/locales');
  splitLocales(join(root, config.output.outputDir), to, messageOwners());
  console.log(`wrote ${join(to, 'ja')}/`);
}
