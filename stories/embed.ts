/** The copy-paste snippet each docs page shows webmasters: one script, one tag. */
export function embedSnippet(tag: string): string {
  return [
    'Paste into any page (no build step; works under a strict Content-Security-Policy, makes no network calls):',
    '',
    '```html',
    '<script type="module" src="/assets/foip-widgets/foip-widgets.min.js"></script>',
    tag,
    '```',
    '',
    'Copy `dist/foip-widgets.min.js` from the `foip-widgets` package to your own server; pin the version you tested.',
    'The language follows the `lang` of the element, else of its nearest ancestor, else `<html lang>`.',
  ].join('\n');
}
