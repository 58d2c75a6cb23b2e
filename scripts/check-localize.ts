/**
 * Fails when the XLIFF or the generated locale modules are stale: runs `lit-localize extract`,
 * `build` and the split by widget (split-locales.ts) into a temporary copy and compares with what
 * is committed, so a new `msg()` without its translation cannot land. Prints the ids of untranslated messages.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

import {root} from './dataset-source.js';
import {messageOwners, ownerSource, splitLocales} from './split-locales.js';

const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'foip-localize-'));
const xliffDir = join(root, config.interchange.xliffDir);
const localesDir = join(root, 'src/i18n/locales');
try {
  cpSync(xliffDir, join(temp, 'xliff'), {recursive: true});
  const tempConfig = {
    ...config,
    tsConfig: join(root, config.tsConfig),
    output: {...config.output, outputDir: join(temp, 'built')},
    interchange: {...config.interchange, xliffDir: join(temp, 'xliff')},
  };
  writeFileSync(join(temp, 'lit-localize.json'), JSON.stringify(tempConfig));
  const cli = join(root, 'node_modules/.bin/lit-localize');
  const run = (command: string) =>
    execFileSync(cli, [command, '--config', join(temp, 'lit-localize.json')], {cwd: root, encoding: 'utf8'});
  run('extract');
  run('build');
  splitLocales(join(temp, 'built'), join(temp, 'locales'), messageOwners());

  const problems: string[] = [];
  const compare = (dir: string, tempDir: string) => {
    // A committed module the build no longer writes (a widget without strings) is stale too.
    const written = readdirSync(tempDir);
    for (const file of readdirSync(dir)) {
      if (!written.includes(file)) problems.push(`${join(dir, file).slice(root.length)} is stale`);
    }
    for (const {name: file} of readdirSync(tempDir, {withFileTypes: true}).filter((f) => f.isFile())) {
      const fresh = readFileSync(join(tempDir, file), 'utf8');
      let committed = '';
      try {
        committed = readFileSync(join(dir, file), 'utf8');
      } catch {
        /* missing counts as stale */
      }
      if (fresh !== committed) problems.push(`${join(dir, file).slice(root.length)} is stale`);
    }
  };
  compare(xliffDir, join(temp, 'xliff'));
  compare(localesDir, join(temp, 'locales'));
  compare(join(localesDir, 'ja'), join(temp, 'locales', 'ja'));
  // A widget's strings reach a page only through its own module: one that forgets them shows English.
  for (const file of readdirSync(join(temp, 'locales', 'ja'))) {
    const owner = file.replace(/\.ts$/u, '');
    if (owner === 'shared') continue;
    const where = ownerSource(owner);
    const source = where.endsWith('/')
      ? readdirSync(join(root, where))
          .filter((f) => f.endsWith('.ts'))
          .map((f) => readFileSync(join(root, where, f), 'utf8'))
          .join('\n')
      : readFileSync(join(root, where), 'utf8');
    if (!source.includes(`/locales/ja/${owner}.js'`) || !source.includes('addTranslations(')) {
      problems.push(`${where} does not add its Japanese strings (addTranslations, locales/ja/${owner}.js)`);
    }
  }

  const xliff = readFileSync(join(temp, 'xliff', 'ja.xlf'), 'utf8');
  const untranslated = [...xliff.matchAll(/<trans-unit id="([^"]+)">(?:(?!<\/trans-unit>)[\s\S])*<\/trans-unit>/gu)]
    .filter((m) => !m[0].includes('<target>'))
    .map((m) => m[1]);
  if (untranslated.length) problems.push(`untranslated in ja.xlf: ${untranslated.join(', ')}`);

  if (problems.length) {
    console.error(
      `Localization is out of date:\n  ${problems.join('\n  ')}\nRun: npm run localize:build, translate the new <trans-unit>s in ${config.interchange.xliffDir}/ja.xlf, run it again.`,
    );
    process.exit(1);
  }
  console.log('localization: XLIFF and locale modules are up to date, every message translated');
} finally {
  rmSync(temp, {recursive: true, force: true});
}
