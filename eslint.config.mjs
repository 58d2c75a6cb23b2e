import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'release/',
      'storybook-static/',
      'node_modules/',
      'src/data/generated/',
      'src/geo/generated/',
      'scripts/geo/generated/',
      'src/i18n/locales/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/components/**/*.ts', 'test/browser/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'wc/guard-super-call': 'off',
      // Registration belongs in src/foip-*.ts through internal/define.ts, which tolerates a second copy.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='customElements'][callee.property.name='define']",
          message: 'Register through internal/define.ts.',
        },
      ],
    },
  },
  {
    files: ['src/internal/define.ts'],
    rules: {'no-restricted-syntax': 'off'},
  },
  {
    // Class modules register nothing: an element that renders another imports its class (or nothing),
    // and the registering entry src/foip-<name>.ts imports the other's entry.
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../foip-*.js', '../../index.js'],
              message: 'A class module registers nothing: the registering entry src/foip-<name>.ts imports this.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure core: no lit, no DOM, no page state and no messages, so it runs in Node and is tested
    // without a browser; what it returns is words-free data that the element puts into words.
    files: ['src/data/**/*.ts', 'src/geo/**/*.ts', 'src/layout/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {patterns: ['lit', 'lit/*', '@lit/*', '../internal/*', '../components/*', '../i18n', '../i18n/*']},
      ],
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'customElements',
        'HTMLElement',
        'navigator',
        'location',
        'history',
        'getComputedStyle',
        'ResizeObserver',
      ],
    },
  },
  {
    files: ['*.mjs', 'scripts/**'],
    languageOptions: {globals: {process: 'readonly', console: 'readonly', URL: 'readonly'}},
  },
  {
    // The bench's d3 reference runs in the page.
    files: ['bench/reference/**'],
    languageOptions: {globals: {document: 'readonly'}},
  },
  {
    // chai's `expect(x).to.be.null` is an expression by design.
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
);
