/** The bench's pages: what each scenario loads, and the page around it. Read by scripts/bench.mjs. */

/** Changes nothing, and waits like the others: the frame floor every interaction pays. */
const NO_OP = `async (el) => { await el.updateComplete; }`;
/** Selects priority area 1, 2, 3 in turn: every repeat is a change. */
const PILLAR = `async (el, i) => { el.setAttribute('pillar', String((i % 3) + 1)); await el.updateComplete; }`;

/**
 * Scenarios: markup for one widget, and interactions that run in the page and resolve when the
 * element's update is complete (`settleMs`: how long after the next frame its work may go on).
 */
export const SCENARIOS = {
  // The bundle alone, no widget in the page: what every widget's figures include before it draws anything.
  library: {
    counts: [1],
    markup: () => '',
  },
  card: {
    tag: 'foip-initiative-card',
    markup: () => '<foip-initiative-card initiative="osa-expansion"></foip-initiative-card>',
  },
  list: {
    tag: 'foip-initiative-list',
    markup: () => '<foip-initiative-list controls></foip-initiative-list>',
    interactions: {
      'no-op': NO_OP,
      'filter change': PILLAR,
    },
  },
  map: {
    tag: 'foip-map',
    markup: () => '<foip-map></foip-map>',
    interactions: {
      'no-op': NO_OP,
      'filter change': PILLAR,
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
    interactions: {
      'no-op': NO_OP,
      'selection change': PILLAR,
    },
  },
  // An embassy's page (issue 18): one country, its locator map and its cards; a change shows another country.
  country: {
    tag: 'foip-country',
    markup: () => '<foip-country country="PHL"></foip-country>',
    interactions: {
      'no-op': NO_OP,
      // Indonesia, Viet Nam, the Philippines in turn: every repeat is a change (the page starts at PHL).
      'country change': `async (el, i) => { el.setAttribute('country', ['IDN', 'VNM', 'PHL'][i % 3]); await el.updateComplete; }`,
    },
  },
};

/** Puppeteer's default window; a scenario may ask for another (its control then uses the same). */
export const DEFAULT_VIEWPORT = {width: 800, height: 600};

/** A page of `body` loading `script`, with the marks the clocks read (bench/trace.mjs). */
export function page(body, script) {
  // `bench-ready` when every widget finished its first update (the first frame after it is the first
  // picture); drawn two frames later; settled once idle after that (what was deferred has run).
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
${script ? `<script type="module" src="${script}"></script>` : ''}
<script type="module">
  const els = [...document.body.querySelectorAll('*')].filter((e) => e.localName.startsWith('foip-'));
  await Promise.all([...new Set(els.map((e) => e.localName))].map((t) => customElements.whenDefined(t)));
  await Promise.all(els.map((e) => e.updateComplete));
  performance.mark('bench-ready');
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  window.__drawn = performance.now();
  await new Promise((r) => setTimeout(r, 200));
  await new Promise((r) => requestIdleCallback(r));
  performance.mark('bench-settled');
  window.__settled = true;
</script></head><body>${body}</body></html>`;
}
