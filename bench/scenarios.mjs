/** The bench's pages: what each scenario loads, and the page around it. Read by scripts/bench.mjs. */
import {everyWidgetMarkup} from './delivery.mjs';
import {PARTNER_VALIDATE, partnerSetup} from './partner.mjs';

/** Changes nothing, and waits like the others: the frame floor every interaction pays. */
const NO_OP = `async (el) => { await el.updateComplete; }`;
/** Selects priority area 1, 2, 3 in turn: every repeat is a change. */
const PILLAR = `async (el, i) => { el.setAttribute('pillar', String((i % 3) + 1)); await el.updateComplete; }`;

const FILTER_INTERACTIONS = {'no-op': NO_OP, 'filter change': PILLAR};
const PILLARS_INTERACTIONS = {'no-op': NO_OP, 'selection change': PILLAR};

/**
 * A widget given a partner's `count` records as `data` before its first update (issue 19;
 * bench/partner.mjs): one per page.
 */
const partner = (count, tag, markup, more = {}) => ({tag, counts: [1], partner: count, markup: () => markup, ...more});
const LIST = '<foip-initiative-list controls></foip-initiative-list>';
const MAP = '<foip-map></foip-map>';
const PILLARS = '<foip-pillars></foip-pillars>';
const CARD = '<foip-initiative-card initiative="osa-expansion"></foip-initiative-card>';
const COUNTRY = '<foip-country country="PHL"></foip-country>';
const PARTNERS = '<foip-partners></foip-partners>';
// The selection's animation runs 450 ms after the first frame.
const PILLARS_PARTNER = {settleMs: 600, interactions: PILLARS_INTERACTIONS};

/**
 * Scenarios: markup for one widget, and interactions that run in the page and resolve when the
 * element's update is complete (`settleMs`: how long after the next frame its work may go on).
 * `partner`: the widgets are given that many generated records as `data` (bench/partner.mjs).
 * `repeats`: at most this many repeats of each interaction (BENCH_REPEATS otherwise).
 */
export const SCENARIOS = {
  // The bundle alone, no widget in the page: what every widget's figures include before it draws anything.
  library: {
    counts: [1],
    markup: () => '',
  },
  card: {
    tag: 'foip-initiative-card',
    markup: () => CARD,
  },
  list: {
    tag: 'foip-initiative-list',
    markup: () => LIST,
    interactions: FILTER_INTERACTIONS,
  },
  map: {
    tag: 'foip-map',
    markup: () => MAP,
    interactions: {
      ...FILTER_INTERACTIONS,
      'hover tooltip': `async (el, i) => {
        // The map's options only: the hidden table's rows carry data-country too, and open no tooltip.
        const targets = el.shadowRoot.querySelectorAll('svg [role=option]');
        const target = targets[(i * 7) % targets.length];
        target.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true, pointerType: 'mouse'}));
        await el.updateComplete;
        // A hover that opened nothing would time the cheapest case, not a tooltip.
        if (!el.shadowRoot.querySelector('.tooltip')) throw new Error('hover opened no tooltip');
      }`,
    },
  },
  // Ten maps in one tall window, all in view: none of them waits to be scrolled near, so this is the
  // cost of ten maps drawn in full. (`map ×10` is a page where the maps below the fold wait.)
  'map in view': {
    tag: 'foip-map',
    counts: [10],
    viewport: {width: 800, height: 12_000},
    markup: () => '<foip-map></foip-map>',
  },
  // The yardstick of `map in view`: ten d3 references in the same tall window.
  'd3 reference in view': {
    reference: true,
    counts: [10],
    viewport: {width: 800, height: 12_000},
    markup: () => '<div class="d3-map"></div>',
  },
  'd3 reference': {
    reference: true,
    select: '.d3-map',
    markup: () => '<div class="d3-map"></div>',
    interactions: {
      'no-op': `async () => {}`,
      'filter change': `async (el, i) => { el.filter([(i % 3) + 1]); }`,
    },
  },
  pillars: {
    tag: 'foip-pillars',
    markup: () => '<foip-pillars></foip-pillars>',
    // The selection's animation runs 450 ms after the first frame.
    settleMs: 600,
    interactions: PILLARS_INTERACTIONS,
  },
  // An embassy's page (issue 18): one country, its locator map and its cards; a change shows another country.
  country: {
    tag: 'foip-country',
    markup: () => COUNTRY,
    interactions: {
      'no-op': NO_OP,
      // Indonesia, Viet Nam, the Philippines in turn: every repeat is a change (the page starts at PHL).
      'country change': `async (el, i) => { el.setAttribute('country', ['IDN', 'VNM', 'PHL'][i % 3]); await el.updateComplete; }`,
    },
  },
  // Who Japan works with (issue 21): the partner × format matrix; a selection shows a partner's
  // formats, initiatives (compact cards) and map items.
  partners: {
    tag: 'foip-partners',
    markup: () => PARTNERS,
    interactions: {
      'no-op': NO_OP,
      // The United States, Australia, ASEAN in turn: every repeat is a change (the page starts with none).
      'partner selection': `async (el, i) => { el.setAttribute('partner', ['USA', 'AUS', 'asean'][i % 3]); await el.updateComplete; }`,
    },
  },
  // Delivery (issue 20, bench/delivery.mjs): every widget from the one file, and page kinds through
  // the browser folder's loader (`loader`: the page loads dist/browser/foip-widgets.js instead).
  'every widget': {tag: 'foip-map', markup: everyWidgetMarkup},
  'card (loader)': {tag: 'foip-initiative-card', loader: true, markup: () => CARD},
  'map (loader)': {tag: 'foip-map', loader: true, markup: () => MAP},
  'country (loader)': {tag: 'foip-country', loader: true, markup: () => COUNTRY},
  'partners (loader)': {tag: 'foip-partners', loader: true, markup: () => PARTNERS},
  'every widget (loader)': {tag: 'foip-map', loader: true, markup: everyWidgetMarkup},
  // A partner's own records (issue 19): 1,000 and 10,000 initiatives given as `data`.
  'list 1k': partner(1_000, 'foip-initiative-list', LIST, {interactions: FILTER_INTERACTIONS}),
  'list 10k': partner(10_000, 'foip-initiative-list', LIST, {interactions: FILTER_INTERACTIONS}),
  'map 1k': partner(1_000, 'foip-map', MAP, {interactions: FILTER_INTERACTIONS}),
  'map 10k': partner(10_000, 'foip-map', MAP, {interactions: FILTER_INTERACTIONS}),
  'pillars 1k': partner(1_000, 'foip-pillars', PILLARS, PILLARS_PARTNER),
  // Three repeats, not ten: a selection change takes seconds today.
  'pillars 10k': partner(10_000, 'foip-pillars', PILLARS, {...PILLARS_PARTNER, repeats: 3}),
  // An embassy's page given them: the Philippines is named by 2,499 of the 10,000 (and ASEAN's 2,083
  // cover it); each list shows its first cards.
  'country 10k': partner(10_000, 'foip-country', COUNTRY),
  // One page of a list, a map and the pillars sharing the 10,000 records: its JS heap once settled.
  // A tall window, the list last: the map and the pillars are drawn in full, none waits to be scrolled near.
  'list + map + pillars 10k': partner(10_000, 'foip-initiative-list', MAP + PILLARS + LIST, {
    viewport: {width: 800, height: 4_000},
  }),
};

/** Puppeteer's default window; a scenario may ask for another (its control then uses the same). */
export const DEFAULT_VIEWPORT = {width: 800, height: 600};

/**
 * A page of `body` loading `script`, with the marks the clocks read (bench/trace.mjs). `partner`:
 * the count of generated records the widgets are given as `data` (body: `partnerBody`).
 */
export function page(body, script, partner = 0) {
  // `bench-ready` when every widget finished its first update (the first frame after it is the first
  // picture); drawn two frames later; settled once idle after that (what was deferred has run).
  // A partner page first makes its records and creates its widgets with them (bench/partner.mjs).
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
${script ? `<script type="module" src="${script}"></script>` : ''}
<script type="module">
  try {
  ${partner ? partnerSetup(partner) : ''}
  const els = [...document.body.querySelectorAll('*')].filter((e) => e.localName.startsWith('foip-'));
  await Promise.all([...new Set(els.map((e) => e.localName))].map((t) => customElements.whenDefined(t)));
  await Promise.all(els.map((e) => e.updateComplete));
  performance.mark('bench-ready');
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  window.__drawn = performance.now();
  await new Promise((r) => setTimeout(r, 200));
  await new Promise((r) => requestIdleCallback(r));
  performance.mark('bench-settled');
  ${partner ? PARTNER_VALIDATE : ''}
  window.__settled = true;
  } catch (error) {
    window.__benchError = String(error?.stack ?? error);
  }
</script></head><body>${body}</body></html>`;
}
