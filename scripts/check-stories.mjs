// Opens every story and docs page of the built Storybook (storybook-static/, `npm run build-storybook`)
// in Debian's Chromium, as a designer would, and fails if one throws, logs an error, stays empty, or
// warns where no widget shows a problem. Storybook builds a story file that throws at run time without
// complaint (a named export that is not a story broke the theming guide once).
//
// Per entry: no page error or console error; something drawn; every foip-* element rendered; as many
// console warnings, each a widget's own (`<foip-…>`), as widgets showing a bad-input message; and for
// each story, axe finds nothing (what Storybook's accessibility panel shows a designer: a partner's
// colours, a dark page, a narrow container, each error state).
// The functions given to page.evaluate and waitForFunction run in the page.
/* global document, setTimeout, window */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

import puppeteer from 'puppeteer-core';

import {chromiumArgs, chromiumPath} from './browsers.mjs';
import {serveFiles} from './serve-files.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
if (!existsSync(join(root, 'index.json'))) {
  console.error('check-stories: no storybook-static/index.json; run `npm run build-storybook` first');
  process.exit(1);
}
// The browser's own favicon request, not Storybook's.
const server = await serveFiles(root, (url, res) => {
  if (url.pathname !== '/favicon.ico') return false;
  res.writeHead(204).end();
  return true;
});
const origin = `http://127.0.0.1:${server.address().port}`;

const entries = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries).filter(
  (entry) => entry.type === 'story' || entry.type === 'docs',
);
const browser = await puppeteer.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
const failures = [];
try {
  const page = await browser.newPage();
  await page.setViewport({width: 1100, height: 900});
  let log = [];
  page.on('pageerror', (error) => log.push({type: 'pageerror', text: String(error)}));
  page.on('console', (message) => log.push({type: message.type(), text: message.text()}));
  page.on('response', (response) => {
    if (response.status() >= 400) log.push({type: 'error', text: `${response.status()} ${response.url()}`});
  });
  for (const entry of entries) {
    log = [];
    const mode = entry.type === 'docs' ? 'docs' : 'story';
    const container = mode === 'docs' ? '#storybook-docs' : '#storybook-root';
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${mode}`);
    const problems = [];
    try {
      // Drawn: the container has content and every widget in it has rendered its shadow tree.
      const drawn = () =>
        page.waitForFunction(
          (selector) => {
            const box = document.querySelector(selector);
            if (!box) return false;
            const widgets = [...box.querySelectorAll('*')].filter((e) => e.localName.startsWith('foip-'));
            if (!widgets.length && !box.textContent.trim()) return false;
            return widgets.every((w) => w.shadowRoot && w.shadowRoot.childElementCount > 0);
          },
          {timeout: 20_000},
          container,
        );
      await drawn();
      // A widget in Japanese waits for its texts (a fetch), and a docs page inserts its stories one
      // after another: once nothing has been fetched for 300 ms they have rendered, else a late
      // story's warnings reach the next page's log. (Not polled again: Storybook's own axe run can
      // hold a 10,000-record page's main thread for longer than any poll's timeout.)
      await page.waitForNetworkIdle({idleTime: 300, timeout: 20_000});
      // A docs page can insert its last stories after that pause (a busy main thread fetches nothing), and
      // each widget in Japanese then fetches its texts before it draws: wait until two looks, each after
      // the network is idle, find the same widgets, all drawn, and the same log.
      for (let before = '', round = 0; mode === 'docs' && round < 20; round++) {
        const now = await page.evaluate((selector) => {
          const widgets = [...document.querySelector(selector).querySelectorAll('*')].filter((e) =>
            e.localName.startsWith('foip-'),
          );
          const drawn = widgets.filter((w) => w.shadowRoot && w.shadowRoot.childElementCount > 0).length;
          return drawn === widgets.length ? `${widgets.length}` : 'drawing';
        }, container);
        if (now !== 'drawing' && `${now}/${log.length}` === before) break;
        before = `${now}/${log.length}`;
        await page.waitForNetworkIdle({idleTime: 300, timeout: 20_000});
      }
      // Lazy work and the play functions of interaction stories.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    } catch {
      problems.push('not drawn within 20 s');
    }
    const shown = await page.evaluate(
      (selector) =>
        [...(document.querySelector(selector)?.querySelectorAll('*') ?? [])].filter(
          (e) => e.localName.startsWith('foip-') && e.shadowRoot?.querySelector('[part=problem]'),
        ).length,
      container,
    );
    for (const {type, text} of log) {
      if (type === 'pageerror' || type === 'error') problems.push(`${type}: ${text.slice(0, 300)}`);
    }
    const warnings = log.filter(({type}) => type === 'warn' || type === 'warning').map(({text}) => text);
    for (const text of warnings.filter((w) => !w.startsWith('<foip-'))) problems.push(`warning: ${text.slice(0, 300)}`);
    if (warnings.length !== shown) {
      problems.push(
        `${warnings.length} console warnings for ${shown} widgets showing a bad-input message`,
        ...warnings.map((w) => `  ${w.slice(0, 300)}`),
      );
    }
    if (mode === 'story' && !problems.length) {
      await page.addScriptTag({path: AXE});
      const violations = await page.evaluate(async (selector) => {
        const {violations} = await window.axe.run(document.querySelector(selector), {resultTypes: ['violations']});
        return violations.map(({id, impact, nodes}) => `${id} (${impact}) at ${nodes[0].target.join(' > ')}`);
      }, container);
      problems.push(...violations.map((v) => `axe: ${v}`));
    }
    if (problems.length) failures.push(`${entry.id} (${mode}):\n    ${problems.join('\n    ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
const stories = entries.filter((e) => e.type === 'story').length;
console.log(`check-stories: ${stories} stories and ${entries.length - stories} docs pages opened`);
if (failures.length) {
  console.error(`${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
