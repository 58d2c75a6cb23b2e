// custom-elements.json from the JSDoc tags on each element class: the public contract that
// Storybook's docs pages and editors read. Private members (#fields, private/protected, static
// internals) are left out so the docs list only what a page can use.
const publicOnly = {
  name: 'foip-public-only',
  packageLinkPhase({customElementsManifest}) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (m) => !m.name.startsWith('#') && !m.static && m.privacy !== 'private' && m.privacy !== 'protected',
        );
      }
    }
  },
};

export default {
  globs: ['src/components/**/*.ts', 'src/internal/foip-element.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [publicOnly],
};
