// Browser tests in Debian's Chromium and Firefox ESR, never a browser a tool downloads.
// Firefox runs through puppeteer-core over WebDriver BiDi (Playwright cannot drive Debian's Firefox).
import {existsSync, readdirSync} from 'node:fs';

import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fromRollup} from '@web/dev-server-rollup';
import {chromeLauncher} from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';

import {chromiumArgs, chromiumPath, firefoxPath} from './scripts/browsers.mjs';

const only = process.env.FOIP_BROWSERS?.split(',');
const browsers = [
  chromeLauncher({launchOptions: {executablePath: chromiumPath, headless: true, args: chromiumArgs}}),
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true},
  }),
].filter((_, i) => !only || only.includes(['chromium', 'firefox'][i]));

/**
 * `accessibilityTree` (test/a11y-tree.ts): the accessibility tree Chromium builds, as a screen reader
 * gets it (Puppeteer's snapshot over CDP), from the element a deep selector (`foip-map >>> svg`) names.
 * Firefox's WebDriver BiDi has no such call: there the command answers `null`, and the tree tests run
 * in Chromium only (the `accessibility-tree` group below).
 */
function accessibilityTreePlugin() {
  return {
    name: 'accessibility-tree',
    async executeCommand({command, payload, session}) {
      if (command !== 'accessibility-tree') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name.toLowerCase().includes('firefox')) return null;
      const page = session.browser.getPage(session.id);
      const root = payload?.selector ? await page.$(payload.selector) : null;
      if (payload?.selector && !root) throw new Error(`accessibility-tree: nothing matches ${payload.selector}`);
      return page.accessibility.snapshot({root, interestingOnly: payload?.interestingOnly ?? true});
    },
  };
}

const treeTests = existsSync('test/a11y')
  ? readdirSync('test/a11y')
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `test/a11y/${f}`)
  : [];

export default {
  files: ['test/components/**/*.test.ts', 'test/browser/**/*.test.ts'],
  // The browser's own accessibility tree can be read in Chromium only (see the plugin above).
  groups:
    treeTests.length && (!only || only.includes('chromium'))
      ? [{name: 'accessibility-tree', files: treeTests, browsers: browsers.slice(0, 1)}]
      : [],
  nodeResolve: true,
  browsers,
  // One page per browser at a time: a hidden tab gets no animation frames, and fixtures wait for one.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  // axe runs take seconds on a busy 2-core machine; a timeout is not what these tests measure.
  testFramework: {config: {timeout: 30_000}},
  middleware: [
    // The embedding test's page is served as a government site serves it: same-origin only, no inline
    // scripts or styles (the dev server's own test pages are left alone).
    function strictCsp(context, next) {
      if (context.path.startsWith('/test/csp/') || context.path.startsWith('/test/loader/')) {
        context.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'",
        );
      }
      return next();
    },
    // A second copy of the browser folder at a path of its own (test/loader/two-copies.html).
    function secondCopy(context, next) {
      const copy = '/test/loader/copy/';
      if (context.path.startsWith(copy)) context.path = `/dist/browser/${context.path.slice(copy.length)}`;
      return next();
    },
    // A copy of the browser folder without its validator chunk, as when it is blocked or offline
    // (test/loader/no-validator.html): every other file is served, that one answers 404.
    function noValidator(context, next) {
      const copy = '/test/loader/no-validator/';
      if (!context.path.startsWith(copy)) return next();
      const file = context.path.slice(copy.length);
      if (/^chunks\/validate-[\w-]+\.js$/u.test(file)) {
        context.status = 404;
        return undefined;
      }
      context.path = `/dist/browser/${file}`;
      return next();
    },
  ],
  plugins: [
    accessibilityTreePlugin(),
    // A browser list, not 'auto' or 'es2022': the former leaves decorators untransformed, the latter strips JSON import attributes.
    esbuildPlugin({ts: true, target: ['chrome123', 'firefox128', 'safari17.2'], tsconfig: './tsconfig.json'}),
    // Templates minified as in the build (rollup.config.mjs): the tests see what ships.
    fromRollup(minifyHTML)({include: ['src/**'], failOnError: true}),
  ],
};
