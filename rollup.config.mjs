// Two builds from one source:
//  1. dist/**.js: the npm package, one module per source module (tree-shakable, shared chunks),
//     dependencies left as bare imports for the user's bundler.
//  2. dist/foip-widgets.min.js: one self-contained file with every dependency and the data inlined,
//     registering every element, for the one-<script> drop-in on a CMS page.
import {readdirSync} from 'node:fs';

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

export default [
  {
    input: ['src/index.ts', 'src/data/index.ts', 'src/jsx.ts', ...registering.map((f) => `src/${f}`)],
    external,
    plugins: [json({compact: true}), transpile(), minifyTemplates()],
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
    plugins: [
      nodeResolve(),
      json({compact: true}),
      transpile(),
      minifyTemplates(),
      terser({format: {comments: false}}),
    ],
    output: {file: 'dist/foip-widgets.min.js', format: 'es', hoistTransitiveImports: false},
  },
];
