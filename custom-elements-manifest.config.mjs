// custom-elements.json from the JSDoc tags on each element class: the public contract that
// Storybook's docs pages and editors read. Private members are tagged @internal.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/foip-element.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
