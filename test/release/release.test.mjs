// The release an embassy copies (scripts/release.mjs), in Debian's Chromium and Firefox ESR: its
// example pages, served under a strict Content-Security-Policy, draw every widget; and one changed
// byte in any file (the loader, each chunk, the one file) stops that file, and only what needs it,
// from running. `npm run test:release`, after `npm run build`.
//
// The changed byte turns the file's last newline into a space: still valid JavaScript, and the
// unpinned control (every file changed, no integrity anywhere) shows the widgets still run with it,
// so what stops a changed file is its pin, not a syntax error.
/* global URL, document, customElements, location, getComputedStyle */
import assert from 'node:assert/strict';
import {Buffer} from 'node:buffer';
import {createHash} from 'node:crypto';
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, posix} from 'node:path';
import process from 'node:process';
import {after, before, describe, test} from 'node:test';

import puppeteer from 'puppeteer-core';

import {LOADER, elementChunks, pageFiles} from '../../scripts/browser-folder.mjs';
import {chromiumArgs, chromiumPath, firefoxPath} from '../../scripts/browsers.mjs';
import {FOLDER, ONE_FILE, release} from '../../scripts/release.mjs';

const out = mkdtempSync(join(tmpdir(), 'foip-release-'));
const {dir} = release({out});
after(() => rmSync(out, {recursive: true, force: true}));

const read = (path) => readFileSync(join(dir, path));
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const IMPORT_MAP = /<script type="importmap">([\s\S]*?)<\/script>/u;
/** The policy of web-test-runner.config.mjs's strictCsp, with the inline scripts a page may run. */
const strictPolicy = (...hashes) =>
  `default-src 'self'; script-src 'self'${hashes.map((h) => ` ${h}`).join('')}; style-src 'self'; ` +
  "img-src 'self'; font-src 'self'; connect-src 'self'";

const folderFiles = readdirSync(join(dir, FOLDER), {recursive: true, withFileTypes: true})
  .filter((entry) => entry.isFile())
  .map((entry) => posix.join(posix.relative(dir, entry.parentPath), entry.name))
  .sort();
const pinned = [ONE_FILE, ...folderFiles];
const tags = [...elementChunks(join(dir, FOLDER)).keys()];
/** For each file of the folder, the tags whose chunks import it (statically, at any depth). */
const needs = new Map(
  folderFiles.map((file) => [
    file,
    tags.filter((tag) => pageFiles([tag], join(dir, FOLDER)).includes(posix.relative(FOLDER, file))),
  ]),
);

function changeOneByte(bytes) {
  const changed = Buffer.from(bytes);
  const last = changed.length - 1;
  if (changed[last] !== 0x0a) throw new Error('expected the file to end with a newline');
  changed[last] = 0x20;
  return changed;
}

describe('the release folder', () => {
  test('integrity.json pins every file, the one file and each file of the browser folder, by its sha384', () => {
    const integrity = JSON.parse(read('integrity.json'));
    assert.deepEqual(Object.keys(integrity).sort(), [...pinned].sort());
    for (const file of pinned) assert.equal(integrity[file], sha384(read(file)), file);
    assert.ok(folderFiles.length > 2, 'the folder has a loader and chunks');
  });

  test("example.html's import map pins the loader and every chunk, keyed by the URL the page resolves", () => {
    const html = read('example.html').toString();
    const map = JSON.parse(IMPORT_MAP.exec(html)[1]);
    const page = 'http://example.test/any/path/example.html';
    const keys = Object.fromEntries(
      Object.entries(map.integrity).map(([key, value]) => [new URL(key, page).href, value]),
    );
    assert.deepEqual(Object.keys(keys).sort(), folderFiles.map((file) => new URL(file, page).href).sort());
    for (const file of folderFiles) assert.equal(keys[new URL(file, page).href], sha384(read(file)), file);
    assert.match(
      html,
      new RegExp(
        `<script type="module" src="./${FOLDER}/${LOADER}" integrity="${sha384(read(`${FOLDER}/${LOADER}`)).replaceAll('+', '\\+')}"`,
        'u',
      ),
    );
  });

  test('each example page carries the strict policy, with the hash of its import map where it has one', () => {
    const html = read('example.html').toString();
    assert.ok(html.includes(`content="${strictPolicy(sha256(IMPORT_MAP.exec(html)[1]))}"`));
    const one = read('example-one-file.html').toString();
    assert.doesNotMatch(one, IMPORT_MAP);
    assert.ok(one.includes(`content="${strictPolicy()}"`));
    assert.ok(one.includes(`src="./${ONE_FILE}" integrity="${sha384(read(ONE_FILE))}" crossorigin="anonymous"`));
  });

  test("the README's tags carry this version's integrity, and the hash it gives is its import map's", () => {
    const readme = read('README.md').toString();
    const integrity = JSON.parse(read('integrity.json'));
    const base = `/${posix.basename(dir)}/`;
    assert.ok(readme.includes(`src="${base}${ONE_FILE}" integrity="${integrity[ONE_FILE]}"`));
    const map = IMPORT_MAP.exec(readme)[1];
    assert.deepEqual(
      JSON.parse(map).integrity,
      Object.fromEntries(folderFiles.map((file) => [`${base}${file}`, integrity[file]])),
    );
    assert.ok(readme.includes(`script-src 'self' ${sha256(map)};`), 'the policy with the map hash');
    assert.doesNotMatch(readme, /\{\{\w+\}\}/u);
  });
});

// One server for every scenario: /<scenario>/<path in the release>. `pinned` serves the release as
// it is; `changed-<n>` changes one byte of the n-th pinned file; `unpinned` changes every file and takes the
// integrity out of the pages (the control).
const requested = new Map();
const changing = (file) => `changed-${pinned.indexOf(file)}`;
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const [, scenario, ...rest] = url.pathname.split('/');
  const path = decodeURIComponent(rest.join('/'));
  if (!requested.has(scenario)) requested.set(scenario, new Set());
  requested.get(scenario).add(path);
  let body;
  try {
    body = read(path);
  } catch {
    return res.writeHead(404).end();
  }
  const changed = scenario === 'unpinned' ? pinned.includes(path) : scenario === changing(path);
  if (changed) body = changeOneByte(body);
  const headers = {'content-type': extname(path) === '.html' ? 'text/html' : 'text/javascript'};
  if (path.endsWith('.html')) {
    let html = body.toString();
    if (scenario === 'unpinned') html = html.replace(IMPORT_MAP, '').replace(/ integrity="[^"]*"/gu, '');
    const map = IMPORT_MAP.exec(html)?.[1];
    // A template that re-indents the pasted map: one more space, the hash listed no longer matches.
    if (scenario === 'edited-map') html = html.replace('}</script>', '} </script>');
    // The header's policy is computed here from the page's own map, independently of the release script.
    headers['content-security-policy'] = strictPolicy(...(map ? [sha256(map)] : []));
    body = html;
  }
  res.writeHead(200, headers).end(body);
});
before(() => new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)));
after(() => new Promise((resolve) => server.close(resolve)));
const origin = () => `http://127.0.0.1:${server.address().port}`;

/** Opens a page; `violations` records the page's CSP violations from before its first byte is parsed. */
async function open(browser, scenario, page = 'example.html') {
  const tab = await browser.newPage();
  const messages = [];
  tab.on('console', (message) => messages.push(message.text()));
  tab.on('pageerror', (error) => messages.push(String(error)));
  await tab.evaluateOnNewDocument(() => {
    globalThis.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      globalThis.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await tab.goto(`${origin()}/${scenario}/${page}`, {waitUntil: 'load'});
  return {tab, messages};
}

/** Whether each of `files` runs when imported now: `true`, or the error that stopped it. */
const importEach = (tab, files) =>
  tab.evaluate(
    (urls) => Promise.all(urls.map((url) => import(new URL(url, location.href).href).then(() => true, String))),
    files,
  );

/**
 * Waits for what the loader started: each tag's chunk imported again joins the loader's import of
 * it (one module map per page), so this settles when that tag is defined or its chunk has failed.
 */
const chunks = elementChunks(join(dir, FOLDER));
const settled = (tab) =>
  importEach(
    tab,
    tags.map((tag) => `./${FOLDER}/${chunks.get(tag)}`),
  );

/** Per tag: defined or not, and when defined, whether it drew (shadow content, a box of some height). */
const widgets = (tab) =>
  tab.evaluate(async (names) => {
    const result = {};
    for (const name of names) {
      const element = document.querySelector(name);
      if (!customElements.get(name)) {
        result[name] = 'undefined';
        continue;
      }
      await element.updateComplete;
      const drawn = element.shadowRoot?.childElementCount > 0 && element.getBoundingClientRect().height > 0;
      result[name] = drawn && getComputedStyle(element).display !== 'none' ? 'drawn' : 'not drawn';
    }
    return result;
  }, tags);

const all = (state) => Object.fromEntries(tags.map((tag) => [tag, state]));
const violations = (tab) => tab.evaluate(() => globalThis.cspViolations);

const BROWSERS = {
  chromium: () => puppeteer.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs}),
  firefox: () => puppeteer.launch({browser: 'firefox', executablePath: firefoxPath, headless: true}),
};
const only = process.env.FOIP_BROWSERS?.split(',');

for (const [name, launch] of Object.entries(BROWSERS)) {
  if (only && !only.includes(name)) continue;
  describe(`${name}: the example pages under a strict CSP`, {timeout: 180_000}, () => {
    let browser;
    before(async () => {
      browser = await launch();
    });
    after(() => browser?.close());

    test('example.html: the import map is allowed by its hash, and the loader draws every widget', async () => {
      const {tab, messages} = await open(browser, 'pinned');
      await settled(tab);
      assert.deepEqual(await widgets(tab), all('drawn'), messages.join('\n'));
      assert.deepEqual(await violations(tab), []);
      // Every module a page of every element loads was fetched, so their pins were in play. Chunks
      // loaded on demand (a `data` override's validation) are not: the tests below import each.
      const loads = pageFiles(tags, join(dir, FOLDER)).map((file) => `${FOLDER}/${file}`);
      assert.deepEqual([...requested.get('pinned')].filter((p) => p.startsWith(`${FOLDER}/`)).sort(), loads.sort());
      assert.ok(loads.length < folderFiles.length, 'some chunk is loaded on demand only');
      await tab.close();
    });

    test('example-one-file.html: the one file draws every widget', async () => {
      const {tab, messages} = await open(browser, 'pinned', 'example-one-file.html');
      assert.deepEqual(await widgets(tab), all('drawn'), messages.join('\n'));
      assert.deepEqual(await violations(tab), []);
      await tab.close();
    });

    test('control: with every file changed and nothing pinned, both pages still draw every widget', async () => {
      for (const page of ['example.html', 'example-one-file.html']) {
        const {tab, messages} = await open(browser, 'unpinned', page);
        if (page === 'example.html') await settled(tab);
        assert.deepEqual(await widgets(tab), all('drawn'), `${page}\n${messages.join('\n')}`);
        await tab.close();
      }
    });

    test('an import map changed by one space is refused by the policy (its hash no longer matches)', async () => {
      const {tab, messages} = await open(browser, 'edited-map');
      await settled(tab);
      assert.ok(
        (await violations(tab)).some((v) => /^script-src/u.test(v)),
        messages.join('\n'),
      );
      // The chunks then run unchecked, as the release README warns.
      assert.deepEqual(await widgets(tab), all('drawn'));
      await tab.close();
    });

    test('a changed loader does not run: no widget is defined', async () => {
      const file = `${FOLDER}/${LOADER}`;
      const {tab} = await open(browser, changing(file));
      const [ran] = await importEach(tab, [`./${file}`]);
      assert.ok(requested.get(changing(file)).has(file));
      assert.notEqual(ran, true, 'the changed loader ran');
      assert.deepEqual(await widgets(tab), all('undefined'));
      await tab.close();
    });

    test('a changed one file does not run: no widget is defined', async () => {
      const {tab} = await open(browser, changing(ONE_FILE), 'example-one-file.html');
      assert.ok(requested.get(changing(ONE_FILE)).has(ONE_FILE));
      // A module script runs before the load event: had it run, every tag would be defined by now.
      // (Not imported again here: an import() of it carries no pin, and Chromium would fetch and run it.)
      assert.deepEqual(await widgets(tab), all('undefined'));
      await tab.close();
    });

    for (const file of folderFiles.filter((f) => f !== `${FOLDER}/${LOADER}`)) {
      const stopped = needs.get(file);
      const name = `a changed ${posix.basename(file)} does not run: the chunks of ${stopped.join(', ') || 'no element'} fail, the others draw`;
      test(name, async () => {
        const {tab, messages} = await open(browser, changing(file));
        const loaded = await settled(tab);
        const [ran] = await importEach(tab, [`./${file}`]);
        assert.ok(requested.get(changing(file)).has(file), 'the changed file was fetched');
        assert.notEqual(ran, true, 'the changed chunk ran');
        const log = messages.join('\n');
        assert.deepEqual(
          Object.fromEntries(tags.map((tag, i) => [tag, loaded[i] === true])),
          Object.fromEntries(tags.map((tag) => [tag, !stopped.includes(tag)])),
          `whose chunk loaded\n${log}`,
        );
        // An element can still be defined by another's chunk that does not need the changed file
        // (foip-country's defines the foip-initiative-card it shows), so only the others are asserted.
        const shown = await widgets(tab);
        for (const tag of tags.filter((t) => !stopped.includes(t))) assert.equal(shown[tag], 'drawn', `${tag}\n${log}`);
        await tab.close();
      });
    }
  });
}
