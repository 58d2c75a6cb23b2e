/**
 * A partner's own records in the bench's pages (issue 19): the published dataset's initiatives
 * copied with new ids into 1,000 or 10,000 records by the shared generator
 * (test/fixtures/partner-dataset.ts), made in the page at bench time, nothing generated committed.
 *
 * The generator and the data validator are bundled here with esbuild into one module the pages
 * import (`/partner.js`). A page makes the data from dist/data/foip.json, then creates its widgets
 * from a <template> once their elements are defined and sets `data` on each before it is connected,
 * so before its first update (the page fails if one already updated). Marks around each step:
 * - `bench-data-start` → `bench-data-made`: loading the generator and the base, and making the
 *   records. The partner page's own work, not the widgets': taken out of the first draw.
 * - `bench-data-set-start` → `bench-data-set-end`: setting `data` on every widget (the setter
 *   validates the data and indexes it, once per object), all of it before the first paint.
 * - `bench-validate-start` → `bench-validate-end`: `validateDataset` alone on the same records, run
 *   after the page settled (so it is in no other figure): the validation's share of the above.
 */
import {URL, fileURLToPath} from 'node:url';

import {build} from 'esbuild';

import {mark, span} from './trace.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The page-side module: the shared generator and the validator every widget's `data` setter runs. */
export async function buildPartnerModule() {
  const result = await build({
    stdin: {
      contents: `export {partnerDataset} from './test/fixtures/partner-dataset.ts';
export {validateDataset} from './src/data/validate.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The page's markup for the widgets of a scenario with `count` partner records: created by `partnerSetup`. */
export const partnerBody = (markup) => `<template id="bench-widgets">${markup}</template>`;

/** Script run in the page before the bench waits for the widgets' first update (bench/scenarios.mjs `page`). */
export function partnerSetup(count) {
  return `await (async () => {
    performance.mark('bench-data-start');
    const [{partnerDataset}, base] = await Promise.all([
      import('/partner.js'),
      fetch('/dist/data/foip.json').then((r) => r.json()),
    ]);
    const data = partnerDataset(base, ${count});
    performance.mark('bench-data-made');
    const template = document.getElementById('bench-widgets');
    const tags = [...template.content.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('foip-'));
    await Promise.all([...new Set(tags)].map((t) => customElements.whenDefined(t)));
    // Defined, so upgraded as they are imported; not connected, so none has updated yet.
    const widgets = document.importNode(template.content, true);
    performance.mark('bench-data-set-start');
    for (const el of widgets.querySelectorAll('*')) {
      if (!el.localName.startsWith('foip-')) continue;
      if (el.hasUpdated !== false) throw new Error(el.localName + ': data would be set after its first update');
      el.data = data;
    }
    performance.mark('bench-data-set-end');
    document.body.append(widgets);
  })();`;
}

/**
 * Script run in the page once it settled: the validation alone, on the records the widgets hold. A
 * widget that refused them (its bad-input message) fails the page: its cheap draw would time nothing.
 */
export const PARTNER_VALIDATE = `{
    const widgets = [...document.body.querySelectorAll('*')].filter((e) => e.localName.startsWith('foip-'));
    const refused = widgets.find((e) => e.shadowRoot?.querySelector('[part~=problem]'));
    if (refused) throw new Error(refused.localName + ' refused the records: ' + refused.shadowRoot.textContent);
    const data = widgets[0]?.data;
    const {validateDataset} = await import('/partner.js');
    performance.mark('bench-validate-start');
    const issues = validateDataset(data);
    performance.mark('bench-validate-end');
    if (issues.length) throw new Error('the partner records do not validate: ' + issues[0].path + ' ' + issues[0].message);
  }`;

/** The partner marks' spans (absent on other pages): making the data, setting it, validating it alone. */
export function partnerSpans(trace) {
  if (!trace.marks.has('bench-data-start')) return undefined;
  const between = (from, to) => span(trace, mark(trace, from), mark(trace, to));
  return {
    make: between('bench-data-start', 'bench-data-made'),
    set: between('bench-data-set-start', 'bench-data-set-end'),
    validate: between('bench-validate-start', 'bench-validate-end'),
  };
}
