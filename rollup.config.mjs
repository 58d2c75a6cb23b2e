// Three builds from one source:
//  1. dist/**.js: the npm package, one module per source module (tree-shakable, shared chunks),
//     dependencies left as bare imports for the user's bundler.
//  2. dist/foip-widgets.min.js: one self-contained file with every dependency and the data inlined,
//     registering every element, for the one-<script> drop-in on a CMS page.
//  3. dist/browser/: the folder an embassy copies to its server: a small loader, foip-widgets.js,
//     that imports each element's chunk when its tag appears (src/loader.ts); chunks share lit,
//     the data and the texts.
import {readdirSync} from 'node:fs';
import {resolve} from 'node:path';

import json from '@rollup/plugin-json';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';

import pkg from './package.json' with {type: 'json'};

const registering = readdirSync('src').filter((f) => /^foip-.*\.ts$/u.test(f));
const external = Object.keys(pkg.dependencies).map((name) => new RegExp(`^${name}(/|$)`, 'u'));
const transpile = () => esbuild({target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: false});
/**
 * Template literals without the indentation prettier gives them: every whitespace-only text node
 * between two tags is a node Lit clones and the browser styles (a map: 2,764 DOM nodes → 1,983).
 * The browser tests load the source through the same plugin, so they test what ships.
 */
const minifyTemplates = () => minifyHTML({failOnError: true});

/**
 * esbuild writes its decorator helper into every module that has decorators (six copies in the one
 * file, two in the map's entry): every module imports one copy instead, in the npm build the module
 * `dist/internal/decorate.js` (no source file: this plugin writes it).
 */
const DECORATE = /^var __decorateClass = \(decorators, target, key, kind\) => \{\n(?:.*\n)*?\};\n/mu;
const DECORATE_MODULE = resolve('src/internal/decorate.js');
function sharedDecorateHelper() {
  let helper;
  return {
    name: 'shared-decorate-helper',
    resolveId: (id) => (id === DECORATE_MODULE ? id : null),
    load: (id) => (id === DECORATE_MODULE ? helper : null),
    transform(code, id) {
      const found = id !== DECORATE_MODULE && DECORATE.exec(code);
      if (!found) return null;
      const own = `${code.match(/^var __(?:defProp|getOwnPropDesc) = .*\n/gmu).join('')}export ${found[0]}`;
      if ((helper ??= own) !== own) throw new Error('esbuild wrote two different decorator helpers');
      // The module's own __defProp and __getOwnPropDesc stay for any other helper; unused, rollup drops them.
      return {
        code: `import {__decorateClass} from ${JSON.stringify(DECORATE_MODULE)};\n${code.replace(found[0], '')}`,
        map: null,
      };
    },
  };
}

/** Every dependency and the data resolved and minified: what a page loads without a bundler. */
function forBrowsers() {
  return [
    nodeResolve(),
    json({compact: true}),
    transpile(),
    sharedDecorateHelper(),
    minifyTemplates(),
    // A second compress pass: 0.1 kB of the one file's 100 kB budget.
    terser({module: true, ecma: 2020, compress: {passes: 2}, format: {comments: false}}),
  ];
}

export default [
  {
    input: ['src/index.ts', 'src/data/index.ts', 'src/jsx.ts', ...registering.map((f) => `src/${f}`)],
    external,
    plugins: [json({compact: true}), transpile(), sharedDecorateHelper(), minifyTemplates()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // Else rollup hoists bare `import 'lit'` lines into entries that do not need them.
      hoistTransitiveImports: false,
    },
  },
  {
    input: 'src/index.ts',
    plugins: forBrowsers(),
    // One file: what other builds load on demand (validation, Japanese texts, the pictures' painters) is written into it.
    output: {file: 'dist/foip-widgets.min.js', format: 'es', hoistTransitiveImports: false, inlineDynamicImports: true},
  },
  {
    input: {'foip-widgets': 'src/loader.ts'},
    plugins: forBrowsers(),
    output: {
      dir: 'dist/browser',
      format: 'es',
      entryFileNames: '[name].js',
      // Named by content: a cache may keep them for ever, and a pinned hash never goes stale. A
      // widget's Japanese texts (loaded on demand, src/i18n/msg.ts) are named as such.
      chunkFileNames: ({facadeModuleId}) =>
        /\/i18n\/(?:locales\/ja\/|japanese\.ts$)/u.test(facadeModuleId ?? '')
          ? 'chunks/ja-[name]-[hash].js'
          : 'chunks/[name]-[hash].js',
      hoistTransitiveImports: false,
    },
  },
];
