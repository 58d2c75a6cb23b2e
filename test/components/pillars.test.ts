import {aTimeout, expect, fixture, html, nextFrame} from '@open-wc/testing';
import {sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import {ifDefined} from 'lit/directives/if-defined.js';

import '../../src/foip-pillars.js';
import type {FoipPillars} from '../../src/foip-pillars.js';
import type {FoipInitiativeCard} from '../../src/foip-initiative-card.js';
import {dataset} from '../../src/data/index.js';
import type {PillarId} from '../../src/data/index.js';
import {FoipInitiativeSelectEvent, FoipPillarSelectEvent} from '../../src/events/events.js';
import {expectedPillarCounts} from '../expected-counts.js';
import {suggest} from '../../src/internal/attributes.js';
import {computed, contrast} from '../contrast.js';
import {captureWarnings, inLang, mediaRules, recordEvents, settled as rendered, shadow, text} from '../helpers.js';

interface Attrs {
  layout?: string;
  pillar?: string;
  category?: string;
  theme?: string;
}

const pillars = (a: Attrs = {}) =>
  html`<foip-pillars
    layout=${ifDefined(a.layout)}
    pillar=${ifDefined(a.pillar)}
    category=${ifDefined(a.category)}
    theme=${ifDefined(a.theme)}
  ></foip-pillars>`;

const $ = <T extends Element = HTMLElement>(el: FoipPillars, selector: string) =>
  shadow(el).querySelector<T & HTMLElement>(selector);
const byId = (el: FoipPillars, id: string) => shadow(el).getElementById(id) as HTMLElement;
const treeitems = (el: FoipPillars) => [...shadow(el).querySelectorAll<HTMLElement>('[role=treeitem]')];
const cards = (el: FoipPillars) => [...shadow(el).querySelectorAll<FoipInitiativeCard>('foip-initiative-card')];
const cardIds = (el: FoipPillars) => cards(el).map((c) => c.getAttribute('initiative'));
const focused = (el: FoipPillars) => shadow(el).activeElement as HTMLElement | null;
/**
 * The item's name as the browser computes it from its content, aria-hidden parts left out: its own
 * title, as long as it holds no other item and is not named by reference (checked in 'names every row…').
 */
const labelOf = (_el: FoipPillars, item: Element) => {
  const walk = (n: Node): string =>
    n instanceof Element
      ? n.getAttribute('aria-hidden') === 'true'
        ? ''
        : [...n.childNodes].map(walk).join('')
      : n.nodeType === Node.TEXT_NODE
        ? (n.textContent ?? '')
        : '';
  return walk(item).replace(/\s+/gu, ' ').trim();
};
/** The box that holds an item and its children's group. */
const boxOf = (el: FoipPillars, key: string) => byId(el, `box-${key}`);
/** Whether the element is drawn: rendered, with an area. */
const drawn = (item: Element) => {
  const r = item.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};

/** Waits for the element's second update (it measures itself after the first) and for its cards. */
async function settled(el: FoipPillars): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await rendered(el);
}

async function render(a: Attrs = {}, lang: 'en' | 'ja' = 'en'): Promise<FoipPillars> {
  const el = await inLang<FoipPillars>(lang, pillars(a));
  await settled(el);
  return el;
}

/**
 * Sets the reader's motion preference as the element sees it, until restored: reduced (geometry
 * jumps) or not (it animates). Headless Firefox on Linux reports "reduce" by itself.
 */
function motion(reduce: boolean): () => void {
  const original = window.matchMedia;
  window.matchMedia = ((query: string) => {
    const result = original.call(window, query);
    if (!query.includes('prefers-reduced-motion')) return result;
    return {matches: reduce, media: query} as MediaQueryList;
  }) as typeof window.matchMedia;
  return () => (window.matchMedia = original);
}
const reducedMotion = () => motion(true);

const expectedCounts = (id: PillarId) => expectedPillarCounts(dataset, id);

/** Enters the tree with Tab from a button before the element, as a keyboard user does. */
async function tabInto(el: FoipPillars): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({press: 'Tab'});
  before.remove();
}

/** Clicks the middle of `target` with the real mouse, after scrolling it into view. */
async function click(target: Element): Promise<void> {
  target.scrollIntoView({block: 'center', inline: 'center'});
  await nextFrame();
  const r = target.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)]});
}

describe('<foip-pillars>', () => {
  before(async () => {
    await setViewport({width: 1280, height: 900});
  });
  afterEach(async () => {
    await setViewport({width: 1280, height: 900});
    await sendMouse({type: 'move', position: [0, 0]});
  });

  describe('what it shows', () => {
    it('shows the three priority areas with glyphs, titles and counts equal to the dataset', async () => {
      const el = await render();
      const heads = [...shadow(el).querySelectorAll('[part=pillar]')];
      expect(heads).to.have.length(3);
      dataset.pillars.forEach((p, n) => {
        const head = heads[n];
        expect(text(head.querySelector('[part=glyph]'))).to.equal(p.glyph);
        expect(text(head.querySelector('.title'))).to.contain(p.title.en);
        const c = expectedCounts(p.id);
        const stats = [...head.querySelectorAll('.stat')].map((s) => [
          text(s.querySelector('dd')),
          text(s.querySelector('dt')),
        ]);
        expect(stats).to.deep.equal([
          [String(c.categories), c.categories === 1 ? 'category' : 'categories'],
          [String(c.initiatives), c.initiatives === 1 ? 'initiative' : 'initiatives'],
          [String(c.countries), c.countries === 1 ? 'target country' : 'target countries'],
          [String(c.partners), c.partners === 1 ? 'partner' : 'partners'],
        ]);
      });
      expect(expectedCounts(1).initiatives + expectedCounts(2).initiatives + expectedCounts(3).initiatives).to.equal(
        24,
      );
      // Summaries (page 3), detail pages (4–6) and the map (7–8) all feed the picture.
      expect(text($(el, '[part=source]'))).to.contain('pages 3–8');
    });

    it('generates one sentence per priority area from the counts, in English and in Japanese', async () => {
      const en = await render();
      const ja = await render({}, 'ja');
      for (const p of dataset.pillars) {
        const c = expectedCounts(p.id);
        const sentenceEn = text(byId(en, `pillar-${p.id}-sentence`));
        expect(sentenceEn).to.equal(
          `Priority area ${p.glyph} has ${c.initiatives} initiatives in ${c.categories} categories, for ` +
            `${c.countries} target countries and with ${c.partners} partners; the document's map shows it at ${c.places} places.`,
        );
        expect(text(byId(ja, `pillar-${p.id}-sentence`))).to.equal(
          `重点分野${p.glyph}は${c.categories}項目・取組${c.initiatives}件から成り、対象は${c.countries}か国、` +
            `連携先は${c.partners}の国・地域・機関です。資料の地図では${c.places}か所に示されています。`,
        );
        expect(byId(en, `pillar-${p.id}`).getAttribute('aria-describedby')).to.equal(`pillar-${p.id}-sentence`);
      }
    });

    it('says "1 partner", not "1 partners"', async () => {
      const edited = structuredClone(dataset) as unknown as {
        initiatives: {pillar: number; partners: string[]}[];
        mapEntries: {partners: string[]; items: {pillar: number; partners: string[]}[]}[];
      };
      for (const i of edited.initiatives) if (i.pillar === 3) i.partners = [];
      for (const e of edited.mapEntries) {
        for (const m of e.items) if (m.pillar === 3) m.partners = [];
        // An entry's partners are those its items print (validated).
        e.partners = e.partners.filter((p) => e.items.some((m) => m.partners.includes(p)));
      }
      edited.initiatives.find((i) => i.pillar === 3)!.partners = ['USA'];
      const el = await render();
      el.data = edited;
      await settled(el);
      expect(text(byId(el, 'pillar-3-sentence'))).to.contain('and with 1 partner;');
      const stat = byId(el, 'pillar-3').querySelectorAll('.stat')[3];
      expect([text(stat.querySelector('dd')), text(stat.querySelector('dt'))]).to.deep.equal(['1', 'partner']);
    });

    it('exposes the structure as one tree: pillars → categories → initiatives, nested, with levels and positions', async () => {
      const el = await render();
      const tree = $(el, '[role=tree]')!;
      expect(tree.getAttribute('aria-label')).to.equal('Priority areas, categories and initiatives');
      // A box (role none) holds an item and its children's group: the group of level n + 1 follows
      // the item of level n, as its sibling.
      const items = (box: Element, level: number) =>
        [...box.querySelectorAll(`:scope > [role=none] > [role=treeitem], :scope > [role=treeitem]`)].filter(
          (t) => t.getAttribute('aria-level') === String(level),
        );
      const groupOf = (key: string) =>
        boxOf(el, key).querySelector(':scope > [role=group], :scope > .plot > [role=group]')!;
      const top = items(tree, 1);
      expect(top.map((t) => labelOf(el, t))).to.deep.equal(
        dataset.pillars.map((p) => `Priority area ${p.glyph} ${p.title.en}`),
      );
      for (const p of dataset.pillars) {
        const pItem = byId(el, `pillar-${p.id}`);
        expect(pItem.getAttribute('aria-level')).to.equal('1');
        expect(pItem.getAttribute('aria-posinset')).to.equal(String(p.id));
        expect(pItem.getAttribute('aria-setsize')).to.equal('3');
        const cats = dataset.categories.filter((c) => c.pillar === p.id);
        const cItems = items(groupOf(pItem.id), 2);
        expect(cItems.map((c) => labelOf(el, c))).to.deep.equal(cats.map((c) => c.title.en));
        cats.forEach((c, n) => {
          const cItem = cItems[n];
          expect(cItem.parentElement!.closest('.node.pillar')).to.equal(boxOf(el, pItem.id));
          expect(cItem.getAttribute('aria-posinset')).to.equal(String(n + 1));
          const inits = dataset.initiatives.filter((i) => i.category === c.id);
          const iItems = items(groupOf(cItem.id), 3);
          expect(iItems.map((i) => labelOf(el, i))).to.deep.equal(inits.map((i) => i.title.en));
          expect(iItems.every((i) => i.parentElement!.closest('.node.category') === boxOf(el, cItem.id))).to.be.true;
          expect(text(byId(el, cItem.getAttribute('aria-describedby')!))).to.equal(
            `${inits.length} initiative${inits.length === 1 ? '' : 's'}`,
          );
        });
      }
      expect(treeitems(el)).to.have.length(3 + dataset.categories.length + dataset.initiatives.length);
      expect(treeitems(el).filter((t) => t.tabIndex === 0)).to.have.length(1);
    });

    it('draws columns: a plot per priority area, category blocks and a cell per initiative, sized by weight', async () => {
      const el = await render();
      expect($(el, '.root')!.dataset.layout).to.equal('columns');
      for (const p of dataset.pillars) {
        const plot = byId(el, `plot-pillar-${p.id}`).getBoundingClientRect();
        expect(plot.height).to.be.greaterThan(100);
        for (const c of dataset.categories.filter((c) => c.pillar === p.id)) {
          const block = byId(el, `category-${c.id}`).getBoundingClientRect();
          expect(block.left).to.be.closeTo(plot.left, 1);
          expect(block.top).to.be.at.least(plot.top - 1);
          expect(block.bottom).to.be.at.most(plot.bottom + 1);
        }
      }
      // The OSA cell (1 initiative + 6 map items) is wider than its neighbours (1 + 1).
      const osa = byId(el, 'initiative-osa-expansion').getBoundingClientRect();
      const palau = byId(el, 'initiative-palau-airport-pohnpei-port').getBoundingClientRect();
      expect(osa.width / palau.width).to.be.closeTo(7 / 2, 0.1);
      expect($(el, '.wheel')).to.be.null;
    });

    it('draws a sunburst with layout="radial": a sector per node and the glyphs ①②③', async () => {
      const el = await render({layout: 'radial'});
      expect($(el, '.root')!.dataset.layout).to.equal('radial');
      const paths = [...shadow(el).querySelectorAll<SVGPathElement>('.wheel path')];
      expect(paths).to.have.length(3 + dataset.categories.length + dataset.initiatives.length);
      expect(paths.every((p) => /^M[\d.]/u.test(p.getAttribute('d') ?? ''))).to.be.true;
      expect([...shadow(el).querySelectorAll('.wheel-glyph')].map((g) => g.textContent)).to.deep.equal(['①', '②', '③']);
      expect(text($(el, '.centre'))).to.equal('24 initiatives');
      // The same tree: its items sit on their sectors.
      const arc = byId(el, 'arc-category-connectivity-and-rules').getBoundingClientRect();
      const item = byId(el, 'category-connectivity-and-rules').getBoundingClientRect();
      const [x, y] = [item.left + item.width / 2, item.top + item.height / 2];
      expect(x).to.be.within(arc.left, arc.right);
      expect(y).to.be.within(arc.top, arc.bottom);
      expect(treeitems(el)).to.have.length(3 + dataset.categories.length + dataset.initiatives.length);
    });

    it('switches layout at run time', async () => {
      const el = await render();
      el.layout = 'radial';
      await settled(el);
      expect(shadow(el).querySelectorAll('.wheel path').length).to.be.greaterThan(30);
      el.layout = 'columns';
      await settled(el);
      expect($(el, '.wheel')).to.be.null;
      expect(byId(el, 'category-free-trade-investment').getBoundingClientRect().width).to.be.greaterThan(100);
    });

    it('stacks the columns in a 320 px container and sets them side by side at 1200 px', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>${pillars()}</div>`);
      const el = wrap.querySelector<FoipPillars>('foip-pillars')!;
      const lefts = () =>
        dataset.pillars.map((p) => Math.round(byId(el, `pillar-${p.id}`).getBoundingClientRect().left));
      wrap.style.width = '320px';
      await aTimeout(50);
      await settled(el);
      expect(new Set(lefts()).size).to.equal(1);
      const widths = dataset.pillars.map((p) => byId(el, `plot-pillar-${p.id}`).getBoundingClientRect().width);
      expect(widths.every((w) => w <= 320)).to.be.true;
      expect(el.scrollWidth).to.be.at.most(320);
      wrap.style.width = '1200px';
      await aTimeout(50);
      await settled(el);
      expect(new Set(lefts()).size).to.equal(3);
      expect(byId(el, 'pillar-1').getBoundingClientRect().top).to.equal(
        byId(el, 'pillar-3').getBoundingClientRect().top,
      );
    });

    it('sets the cards of an open priority area in rows of equal height', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="inline-size: 1000px">${pillars({pillar: '1'})}</div>`);
      const el = wrap.querySelector<FoipPillars>('foip-pillars')!;
      await settled(el);
      const rows = new Map<number, number[]>();
      for (const card of cards(el)) {
        const top = Math.round(card.getBoundingClientRect().top);
        rows.set(top, [...(rows.get(top) ?? []), shadow(card).querySelector('.card')!.getBoundingClientRect().height]);
      }
      const shared = [...rows.values()].filter((heights) => heights.length > 1);
      expect(shared.length, 'rows of several cards').to.be.at.least(2);
      for (const heights of shared)
        expect(Math.max(...heights) - Math.min(...heights), 'one height a row').to.be.below(1);
    });
  });

  describe('selection', () => {
    it('pillar="2" opens priority area 2: its cards, sentence and summary on demand', async () => {
      const el = await render({pillar: '2'});
      const ids = dataset.initiatives.filter((i) => i.pillar === 2).map((i) => i.id);
      expect(cardIds(el)).to.deep.equal(ids);
      expect(cards(el).every((c) => c.getAttribute('variant') === 'compact')).to.be.true;
      expect(byId(el, 'pillar-2').getAttribute('aria-selected')).to.equal('true');
      expect(byId(el, 'pillar-2').getAttribute('aria-expanded')).to.equal('true');
      // The others stay drawn, so they stay expanded.
      expect(byId(el, 'pillar-1').getAttribute('aria-expanded')).to.equal('true');
      const detail = $(el, '[part=detail]')!;
      expect(text(detail.querySelector('[role=heading]'))).to.contain(dataset.pillars[1].title.en);
      const summary = detail.querySelector<HTMLDetailsElement>('[part=summary]')!;
      expect(summary.open).to.be.false;
      expect(text(summary.querySelector('p'))).to.equal(dataset.pillars[1].summary.en);
      summary.querySelector('summary')!.click();
      expect(summary.open).to.be.true;
      expect(text($(el, '[part=source]'))).to.contain('pages 3–5');
      expect($(el, '[part=hint]')).to.be.null;
    });

    it('category="…" opens the category and reflects its pillar', async () => {
      const el = await render({category: 'oda-osa-defence-equipment'});
      expect(el.getAttribute('pillar')).to.equal('3');
      expect(cardIds(el)).to.deep.equal(
        dataset.initiatives.filter((i) => i.category === 'oda-osa-defence-equipment').map((i) => i.id),
      );
      expect(byId(el, 'category-oda-osa-defence-equipment').getAttribute('aria-selected')).to.equal('true');
      expect(byId(el, 'pillar-3').getAttribute('aria-selected')).to.equal('false');
      expect(text($(el, '[part=source]'))).to.contain('page 6 ');
      // Its initiatives are rows with their titles; other categories' cells are not.
      expect(byId(el, 'initiative-osa-expansion').hasAttribute('data-labelled')).to.be.true;
      expect(byId(el, 'initiative-power-asia').hasAttribute('data-labelled')).to.be.false;
    });

    it('accepts pillar="２" and pillar="②" as 2', async () => {
      for (const value of ['２', '②']) {
        const el = await render({pillar: value});
        expect(byId(el, 'pillar-2').getAttribute('aria-selected')).to.equal('true');
      }
    });

    it('keeps the attributes in step when a script changes one', async () => {
      const el = await render({category: 'free-trade-investment'});
      el.setAttribute('pillar', '1');
      await settled(el);
      expect(el.hasAttribute('category')).to.be.false;
      expect(cardIds(el)).to.have.length(10);
      el.setAttribute('category', 'cyber-capacity-building');
      await settled(el);
      expect(el.getAttribute('pillar')).to.equal('3');
      el.removeAttribute('pillar');
      await settled(el);
      expect(el.hasAttribute('category')).to.be.false;
      expect($(el, '[part=hint]')).to.exist;
    });

    it('fires no event when a script sets the attributes', async () => {
      const {events, stop} = recordEvents('foip-pillar-select');
      try {
        const el = await render();
        el.pillar = '1';
        await settled(el);
        el.category = 'innovation-ecosystem';
        await settled(el);
        expect(events).to.have.length(0);
      } finally {
        stop();
      }
    });
  });

  describe('pointer and touch', () => {
    it('a click on a priority area opens it, reflects and fires one typed event; a second closes it', async () => {
      const restore = reducedMotion();
      const {events, stop} = recordEvents<FoipPillarSelectEvent>('foip-pillar-select');
      try {
        const el = await render();
        await click(byId(el, 'pillar-1'));
        await settled(el);
        expect(events).to.have.length(1);
        expect(events[0]).to.be.instanceOf(FoipPillarSelectEvent);
        expect(events[0].type).to.equal('foip-pillar-select');
        expect(events[0].bubbles && events[0].composed).to.be.true;
        expect([events[0].pillar, events[0].category]).to.deep.equal([1, null]);
        expect(el.getAttribute('pillar')).to.equal('1');
        expect(cardIds(el)).to.have.length(10);
        expect(text($(el, '[role=status]'))).to.equal('Opened priority area 1: 10 initiatives.');

        await click(byId(el, 'pillar-1'));
        await settled(el);
        expect(events).to.have.length(2);
        expect([events[1].pillar, events[1].category]).to.deep.equal([null, null]);
        expect(el.hasAttribute('pillar')).to.be.false;
        expect(cards(el)).to.have.length(0);
        expect(text($(el, '[role=status]'))).to.equal('Closed. All priority areas are shown.');
      } finally {
        stop();
        restore();
      }
    });

    it('a click on a category block opens the category; clicking it again goes back to its priority area', async () => {
      const restore = reducedMotion();
      const {events, stop} = recordEvents<FoipPillarSelectEvent>('foip-pillar-select');
      try {
        const el = await render();
        await click(byId(el, 'category-connectivity-and-rules').querySelector('.label')!);
        await settled(el);
        expect(events.map((e) => [e.pillar, e.category])).to.deep.equal([[2, 'connectivity-and-rules']]);
        expect([el.getAttribute('pillar'), el.getAttribute('category')]).to.deep.equal(['2', 'connectivity-and-rules']);
        expect(cardIds(el)).to.have.length(3);
        await click(byId(el, 'category-connectivity-and-rules').querySelector('.label')!);
        await settled(el);
        expect(events.map((e) => [e.pillar, e.category])).to.deep.equal([
          [2, 'connectivity-and-rules'],
          [2, null],
        ]);
        expect(el.hasAttribute('category')).to.be.false;
      } finally {
        stop();
        restore();
      }
    });

    for (const layout of ['columns', 'radial']) {
      it(`reaches every initiative with the mouse (${layout}): one foip-initiative-select each`, async () => {
        const restore = reducedMotion();
        const selects = recordEvents<FoipInitiativeSelectEvent>('foip-initiative-select');
        const pillarEvents = recordEvents<FoipPillarSelectEvent>('foip-pillar-select');
        try {
          const el = await render({layout});
          for (const i of dataset.initiatives) {
            const before = selects.events.length;
            // Columns: the cell itself; radial: the middle of the sector, where its tree item sits.
            await click(byId(el, `initiative-${i.id}`));
            await settled(el);
            expect(selects.events.length - before, i.id).to.equal(1);
            const event = selects.events.at(-1)!;
            expect(event).to.be.instanceOf(FoipInitiativeSelectEvent);
            expect(event.initiative).to.equal(i.id);
            expect(event.bubbles && event.composed).to.be.true;
            expect(el.getAttribute('category'), i.id).to.equal(i.category);
            expect(byId(el, `initiative-${i.id}`).getAttribute('aria-selected')).to.equal('true');
            expect($(el, '.cards li.current foip-initiative-card')!.getAttribute('initiative')).to.equal(i.id);
          }
          expect(selects.events).to.have.length(dataset.initiatives.length);
          // One foip-pillar-select per change of category, none for initiatives of the open one.
          expect(pillarEvents.events).to.have.length(dataset.categories.length);
        } finally {
          selects.stop();
          pillarEvents.stop();
          restore();
        }
      });
    }

    it('a click on a sector of the wheel opens it', async () => {
      const restore = reducedMotion();
      try {
        const el = await render({layout: 'radial'});
        const item = byId(el, 'category-maritime-security-capabilities');
        await click(item);
        await settled(el);
        expect(el.getAttribute('category')).to.equal('maritime-security-capabilities');
        expect(byId(el, 'arc-category-maritime-security-capabilities').classList.contains('open')).to.be.true;
        expect(text($(el, '.centre'))).to.contain(
          dataset.categories.find((c) => c.id === 'maritime-security-capabilities')!.title.en,
        );
      } finally {
        restore();
      }
    });

    it('a card keeps its own foip-initiative-select: exactly one event, from the card', async () => {
      const el = await render({pillar: '3'});
      const {events, stop} = recordEvents<FoipInitiativeSelectEvent>('foip-initiative-select');
      try {
        const card = cards(el).find((c) => c.getAttribute('initiative') === 'osa-expansion')!;
        shadow(card).querySelector<HTMLElement>('[part=title]')!.click();
        await settled(el);
        expect(events).to.have.length(1);
        expect(events[0].initiative).to.equal('osa-expansion');
        expect(events[0].composedPath()[0]).to.not.equal(el);
        expect(byId(el, 'initiative-osa-expansion').getAttribute('aria-selected')).to.equal('true');
        // The mark the panel draws is told to a screen reader too: that card, and only it, is current.
        await card.updateComplete;
        const current = cards(el).filter((c) => shadow(c).querySelector('[aria-current=true]'));
        expect(current).to.deep.equal([card]);
      } finally {
        stop();
      }
    });

    it('shows the title of a small cell in a tip on hover', async () => {
      const el = await render();
      const cell = byId(el, 'initiative-power-asia');
      const r = cell.getBoundingClientRect();
      await sendMouse({type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)]});
      await settled(el);
      const tip = $(el, '.tip')!;
      expect(tip.hidden).to.be.false;
      expect(tip.getAttribute('aria-hidden')).to.equal('true');
      expect(text(tip)).to.equal(dataset.initiatives.find((i) => i.id === 'power-asia')!.title.en);
      await sendMouse({type: 'move', position: [1, 1]});
      await settled(el);
      expect(tip.hidden).to.be.true;
    });

    it('puts the tip over its cell on a page scaled with CSS zoom', async () => {
      // Some sites enlarge the page with zoom (a text-size switch); the tip is placed in CSS pixels.
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en" style="zoom: 1.5; inline-size: 700px">${pillars()}</div>`,
      );
      const el = wrapper.querySelector<FoipPillars>('foip-pillars')!;
      await settled(el);
      const cell = byId(el, 'initiative-power-asia').getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(cell.left + cell.width / 2), Math.round(cell.top + cell.height / 2)],
      });
      await settled(el);
      const tip = $(el, '.tip')!.getBoundingClientRect();
      // Over the cell: centred on it, or moved along to stay inside the stage, but over it still.
      expect(cell.left + cell.width / 2, 'over the cell').to.be.within(tip.left, tip.right);
      expect(cell.top - tip.bottom, 'just above it').to.be.within(0, 12 * 1.5);
      await sendMouse({type: 'move', position: [1, 1]});
    });
  });

  describe('keyboard', () => {
    it('Tab enters the tree once; arrows move, expand and collapse; Home and End jump', async () => {
      const restore = reducedMotion();
      const el = await render();
      const before = document.createElement('button');
      const after = document.createElement('button');
      el.before(before);
      el.after(after);
      before.focus();
      await sendKeys({press: 'Tab'});
      expect(focused(el)?.id).to.equal('pillar-1');
      expect(focused(el)!.matches(':focus-visible')).to.be.true;
      // Everything is drawn, so everything starts expanded: down goes into priority area 1.
      expect(byId(el, 'pillar-1').getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({press: 'ArrowDown'});
      expect(focused(el)?.id).to.equal('category-ai-data-infrastructure');
      await sendKeys({press: 'ArrowUp'});
      expect(focused(el)?.id).to.equal('pillar-1');
      // Left collapses it: its categories leave the drawing and the tree; down then skips them.
      await sendKeys({press: 'ArrowLeft'});
      await settled(el);
      const group1 = boxOf(el, 'pillar-1').querySelector<HTMLElement>('[role=group]')!;
      expect(byId(el, 'pillar-1').getAttribute('aria-expanded')).to.equal('false');
      expect(group1.hidden).to.be.true;
      expect(drawn(byId(el, 'category-ai-data-infrastructure'))).to.be.false;
      expect(byId(el, 'plot-pillar-1').getBoundingClientRect().height).to.equal(0);
      expect(focused(el)?.id).to.equal('pillar-1');
      await sendKeys({press: 'ArrowDown'});
      expect(focused(el)?.id).to.equal('pillar-2');
      await sendKeys({press: 'ArrowRight'});
      expect(focused(el)?.id).to.equal('category-business-through-solutions');
      // Left on an expanded category collapses it: its cells go, and down skips them; a second Left goes up.
      await sendKeys({press: 'ArrowLeft'});
      await settled(el);
      const category = byId(el, 'category-business-through-solutions');
      expect(category.getAttribute('aria-expanded')).to.equal('false');
      const cells = dataset.initiatives.filter((i) => i.category === 'business-through-solutions');
      expect(cells.some((i) => drawn(byId(el, `initiative-${i.id}`)))).to.be.false;
      expect(focused(el)?.id).to.equal('category-business-through-solutions');
      await sendKeys({press: 'ArrowDown'});
      expect(focused(el)?.id).to.equal('category-connectivity-and-rules');
      await sendKeys({press: 'ArrowUp'});
      await sendKeys({press: 'ArrowLeft'});
      expect(focused(el)?.id).to.equal('pillar-2');
      await sendKeys({press: 'End'});
      expect(focused(el)?.id).to.equal(`initiative-${dataset.initiatives.at(-1)!.id}`);
      await sendKeys({press: 'Home'});
      expect(focused(el)?.id).to.equal('pillar-1');
      await sendKeys({press: 'ArrowUp'});
      expect(focused(el)?.id).to.equal('pillar-1');
      // Right expands it again, and draws its categories.
      await sendKeys({press: 'ArrowRight'});
      await settled(el);
      expect(group1.hidden).to.be.false;
      expect(drawn(byId(el, 'category-ai-data-infrastructure'))).to.be.true;
      expect(focused(el)?.id).to.equal('pillar-1');
      expect(
        treeitems(el)
          .filter((t) => t.tabIndex === 0)
          .map((t) => t.id),
      ).to.deep.equal(['pillar-1']);
      // Tab leaves the tree: the next stops are the picture buttons under the source line (issue 20),
      // then the button after the element.
      await sendKeys({press: 'Tab'});
      expect(focused(el)?.textContent?.trim()).to.equal('Save picture (SVG)');
      await sendKeys({press: 'Tab'});
      expect(focused(el)?.textContent?.trim()).to.equal('Save picture (PNG)');
      await sendKeys({press: 'Tab'});
      expect(document.activeElement).to.equal(after);
      before.remove();
      after.remove();
      restore();
    });

    it('Enter and Space select, reflect, fire once per change and announce', async () => {
      const el = await render();
      const {events, stop} = recordEvents<FoipPillarSelectEvent>('foip-pillar-select');
      try {
        byId(el, 'pillar-3').focus();
        await sendKeys({press: 'Enter'});
        await settled(el);
        expect(events.map((e) => [e.pillar, e.category])).to.deep.equal([[3, null]]);
        expect(el.getAttribute('pillar')).to.equal('3');
        expect(byId(el, 'pillar-3').getAttribute('aria-selected')).to.equal('true');
        await sendKeys({press: 'ArrowDown'});
        expect(focused(el)?.id).to.equal('category-maritime-security-capabilities');
        await sendKeys({press: ' '});
        await settled(el);
        expect(events.map((e) => [e.pillar, e.category])).to.deep.equal([
          [3, null],
          [3, 'maritime-security-capabilities'],
        ]);
        expect(el.getAttribute('category')).to.equal('maritime-security-capabilities');
        expect(text($(el, '[role=status]'))).to.equal(
          "Opened Enhancing the Region's Maritime Security Capabilities: 3 initiatives.",
        );
        expect(focused(el)?.id).to.equal('category-maritime-security-capabilities');
      } finally {
        stop();
      }
    });

    it('reaches every initiative by keyboard alone, and Enter on one fires foip-initiative-select once', async () => {
      const restore = reducedMotion();
      const selects = recordEvents<FoipInitiativeSelectEvent>('foip-initiative-select');
      try {
        const el = await render();
        byId(el, 'pillar-1').focus();
        const reached: string[] = [];
        for (let step = 0; step < 200 && reached.length < dataset.initiatives.length; step++) {
          const item = focused(el)!;
          if (item.getAttribute('aria-expanded') === 'false') {
            await sendKeys({press: 'ArrowRight'});
            await settled(el);
          } else if (item.getAttribute('aria-level') === '3') {
            await sendKeys({press: 'Enter'});
            await settled(el);
            reached.push(item.id.replace(/^initiative-/u, ''));
            expect(selects.events.at(-1)!.initiative).to.equal(reached.at(-1));
          }
          await sendKeys({press: 'ArrowDown'});
        }
        expect(reached).to.deep.equal(dataset.initiatives.map((i) => i.id));
        expect(selects.events).to.have.length(dataset.initiatives.length);
      } finally {
        selects.stop();
        restore();
      }
    });

    it('rings the focused sector of the wheel', async () => {
      const el = await render({layout: 'radial', pillar: '1'});
      await tabInto(el);
      expect(focused(el)?.id).to.equal('pillar-1');
      await sendKeys({press: 'ArrowDown'});
      await settled(el);
      expect(focused(el)?.id).to.equal('category-ai-data-infrastructure');
      expect(byId(el, 'arc-category-ai-data-infrastructure').classList.contains('focus')).to.be.true;
      expect(text($(el, '.centre'))).to.contain('Developing Infrastructure');
    });

    it('shows a visible focus ring in columns', async () => {
      const el = await render();
      await tabInto(el);
      await sendKeys({press: 'ArrowRight'});
      const item = focused(el)!;
      expect(item.id).to.equal('category-ai-data-infrastructure');
      expect(item.matches(':focus-visible')).to.be.true;
      const style = getComputedStyle(item);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('animation', () => {
    it('moves the drawing smoothly from one state to the next', async () => {
      const restore = motion(false);
      const el = await render();
      const height = () => byId(el, 'plot-pillar-3').getBoundingClientRect().height;
      const start = height();
      el.category = 'oda-osa-defence-equipment';
      await settled(el);
      const early = height();
      await aTimeout(200);
      const mid = height();
      await aTimeout(600);
      const end = height();
      restore();
      expect(end).to.be.greaterThan(start + 50);
      expect(early).to.be.below(end);
      expect(mid).to.be.above(start).and.below(end);
    });

    it('jumps without animation when the reader prefers reduced motion', async () => {
      const restore = reducedMotion();
      try {
        const el = await render({layout: 'radial'});
        const before = byId(el, 'arc-pillar-2').getAttribute('d');
        el.pillar = '2';
        await el.updateComplete;
        const after = byId(el, 'arc-pillar-2').getAttribute('d');
        expect(after).to.not.equal(before);
        await aTimeout(100);
        expect(byId(el, 'arc-pillar-2').getAttribute('d')).to.equal(after);
      } finally {
        restore();
      }
    });

    it('draws under a strict Content-Security-Policy: no inline style, geometry through the CSSOM', async () => {
      const frame = document.createElement('iframe');
      const module = new URL('/src/foip-pillars.ts', location.href).href;
      // The origin itself rather than 'self', which Firefox does not resolve in an about:srcdoc document.
      const csp = location.origin;
      frame.srcdoc = `<!doctype html><html lang="en"><head>
        <meta http-equiv="Content-Security-Policy" content="default-src ${csp}; script-src ${csp}; style-src ${csp}">
        <script type="module" src="${module}"></script></head><body></body></html>`;
      frame.width = '1000';
      frame.height = '900';
      const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & typeof globalThis;
        const violations: string[] = [];
        win.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.sample}`));
        await win.customElements.whenDefined('foip-pillars');
        const inner = win.document.createElement('foip-pillars') as FoipPillars;
        inner.setAttribute('category', 'oda-osa-defence-equipment');
        win.document.body.append(inner);
        await settled(inner);
        await aTimeout(600);
        const plot = inner.shadowRoot!.getElementById('plot-pillar-3')!.getBoundingClientRect();
        const row = inner.shadowRoot!.getElementById('initiative-osa-expansion')!.getBoundingClientRect();
        expect(plot.height).to.be.greaterThan(200);
        expect(row.width).to.be.greaterThan(200);
        inner.setAttribute('layout', 'radial');
        await settled(inner);
        expect(inner.shadowRoot!.getElementById('arc-pillar-1')!.getAttribute('d')).to.match(/^M/u);
        expect(violations).to.deep.equal([]);
        // The listener does catch what a style attribute in markup would cause.
        win.document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>');
        await aTimeout(50);
        expect(violations.length).to.be.greaterThan(0);
      } finally {
        frame.remove();
      }
    });
  });

  describe('language', () => {
    it('renders in Japanese: titles, counts, tree label and hint', async () => {
      const el = await render({}, 'ja');
      expect(labelOf(el, byId(el, 'pillar-1'))).to.equal(`重点分野① ${dataset.pillars[0].title.ja}`);
      expect($(el, '[role=tree]')!.getAttribute('aria-label')).to.equal('重点分野・項目・取組');
      expect(text(byId(el, 'pillar-1').querySelector('.counts')))
        .to.contain('取組')
        .and.contain('連携先');
      // Counters after the noun (取組4件), 対象国 for the countries, 連携先 for partners.
      for (const p of dataset.pillars) {
        const labels = [...byId(el, `pillar-${p.id}`).querySelectorAll('.stat dt')].map((dt) => text(dt));
        expect(labels).to.deep.equal(['項目', '取組', '対象国', '連携先']);
      }
      for (const c of dataset.categories) {
        const item = byId(el, `category-${c.id}`);
        const n = dataset.initiatives.filter((i) => i.category === c.id).length;
        expect(text(byId(el, item.getAttribute('aria-describedby')!))).to.equal(`取組${n}件`);
      }
      expect(text($(el, '[part=hint]'))).to.equal('重点分野または項目を選ぶと、その取組が表示されます。');
      expect(text($(el, '[part=legend]'))).to.contain('大きさ');
      expect(labelOf(el, byId(el, 'category-innovation-ecosystem'))).to.equal('イノベーション・エコシステムの構築');
      byId(el, 'pillar-1').focus();
      await sendKeys({press: 'Enter'});
      await settled(el);
      expect(text($(el, '[role=status]'))).to.equal(
        `重点分野1を開きました（取組${expectedCounts(1).initiatives}件）。`,
      );
    });

    it('the breadcrumb of an open category names its priority area as the document does: 「重点分野② …」', async () => {
      const category = dataset.categories.find((c) => c.pillar === 2)!;
      const pillar = dataset.pillars[1];
      for (const [lang, words] of [
        ['en', 'Priority area '],
        ['ja', '重点分野'],
      ] as const) {
        const el = await render({category: category.id}, lang);
        const crumb = $(el, '.crumb')!;
        expect(text(crumb)).to.equal(`${words}${pillar.glyph} ${pillar.title[lang]}`);
        expect(crumb.querySelector('[aria-hidden=true]'), 'the glyph is read with the words').to.be.null;
      }
    });

    it('follows a runtime change of the language, cards included', async () => {
      const wrap = await fixture<HTMLElement>(html`<section lang="en">${pillars({pillar: '1'})}</section>`);
      const el = wrap.querySelector<FoipPillars>('foip-pillars')!;
      await settled(el);
      expect(labelOf(el, byId(el, 'initiative-power-asia'))).to.equal(
        'Cooperation with like-minded countries through Power Asia',
      );
      wrap.setAttribute('lang', 'ja');
      await aTimeout(0);
      await settled(el);
      expect(labelOf(el, byId(el, 'initiative-power-asia'))).to.equal('パワー・アジアを通じた同志国との連携強化');
      expect(text($(el, '[part=sentence]'))).to.match(/^重点分野①は3項目・取組10件から成り/u);
      expect(text(shadow(cards(el)[0]).querySelector('[part=title]'))).to.equal(dataset.initiatives[0].title.ja);
    });
  });

  describe('bad input', () => {
    const cases: [Attrs, string, string, string][] = [
      [
        {pillar: '4'},
        'pillar="4"',
        'Unknown priority area "4". Use 1, 2 or 3.',
        'pillar属性に「4」は指定できません。1、2、3のいずれかを指定してください。',
      ],
      [
        {category: 'cables'},
        'category="cables"',
        'Unknown category "cables". Valid ids include:',
        `category属性に「cables」は指定できません。項目のIDを指定してください（例：${suggest(
          'cables',
          dataset.categories.map((c) => c.id),
        ).join('、')}）。`,
      ],
      [
        {layout: 'pie'},
        'layout="pie"',
        'Unknown layout "pie". Use columns or radial.',
        'layout属性に「pie」は指定できません。columnsまたはradialを指定してください。',
      ],
      [
        {pillar: '1', category: 'free-trade-investment'},
        'category="free-trade-investment"',
        'Category "free-trade-investment" belongs to priority area 2, not 1.',
        '項目「free-trade-investment」はpillar="2"の重点分野に属しているため、pillar="1"とは組み合わせられません。',
      ],
    ];
    for (const [attrs, named, en, ja] of cases) {
      it(`${JSON.stringify(attrs)}: a localized message and exactly one warning naming ${named}`, async () => {
        const capture = captureWarnings();
        try {
          const el = await render(attrs);
          expect(text($(el, '[part=problem]'))).to.contain(en);
          expect($(el, '[role=tree]')).to.be.null;
          el.requestUpdate();
          await settled(el);
          expect(capture.warnings).to.have.length(1);
          const jaEl = await render(attrs, 'ja');
          expect(text($(jaEl, '[part=problem]'))).to.contain(ja);
          expect(capture.warnings.filter((w) => w.startsWith('<foip-pillars>'))).to.have.length(2);
          expect(capture.warnings[0]).to.contain(named);
          expect(capture.warnings[0]).to.match(/^<foip-pillars> \S+="[^"]*" [a-z]/u);
        } finally {
          capture.restore();
        }
      });
    }

    it('recovers when the attribute becomes valid', async () => {
      const capture = captureWarnings();
      try {
        const el = await render({pillar: '9'});
        expect($(el, '[part=problem]')).to.exist;
        el.pillar = '3';
        await settled(el);
        expect($(el, '[part=problem]')).to.be.null;
        expect(cardIds(el)).to.have.length(7);
        expect(byId(el, 'plot-pillar-1').getBoundingClientRect().height).to.be.greaterThan(100);
        expect(capture.warnings).to.have.length(1);
      } finally {
        capture.restore();
      }
    });
  });

  describe('data override', () => {
    it('shows a partner edition and counts it', async () => {
      const edited = structuredClone(dataset) as unknown as {
        pillars: {title: {en: string}}[];
        initiatives: {id: string; pillar: number; category: string; title: {en: string}}[];
      };
      edited.pillars[1].title.en = 'A partner edition pillar';
      edited.initiatives = edited.initiatives.filter((i) => i.id !== 'cptpp-expansion-and-upgrade');
      const el = await render({pillar: '2'});
      el.data = edited;
      await settled(el);
      expect(labelOf(el, byId(el, 'pillar-2'))).to.contain('A partner edition pillar');
      expect(text(byId(el, 'pillar-2').querySelectorAll('.stat dd')[1])).to.equal('6');
      expect(cardIds(el)).to.not.include('cptpp-expansion-and-upgrade');
      expect(byId(el, 'initiative-cptpp-expansion-and-upgrade')).to.be.null;
      expect(cards(el).every((c) => c.data === edited)).to.be.true;

      const capture = captureWarnings();
      try {
        el.data = {pillars: 'nope'};
        await settled(el);
        expect(text($(el, '[part=problem]'))).to.contain('not a valid FOIP dataset');
        expect(capture.warnings).to.have.length(1);
        el.data = undefined;
        await settled(el);
        expect(text(byId(el, 'pillar-2').querySelectorAll('.stat dd')[1])).to.equal('7');
      } finally {
        capture.restore();
      }
    });
  });

  describe('names, and what is drawn is what is in the tree', () => {
    it('names every row by its own title: no row holds another row or its group, none is named by reference', async () => {
      for (const layout of ['columns', 'radial']) {
        const el = await render({layout, pillar: '2'});
        const items = treeitems(el);
        expect(items).to.have.length(3 + dataset.categories.length + dataset.initiatives.length);
        for (const item of items) {
          expect(item.querySelector('[role=treeitem], [role=group]'), item.id).to.be.null;
          expect(item.hasAttribute('aria-labelledby') || item.hasAttribute('aria-label'), item.id).to.be.false;
          // Its box holds nothing else a reader hears but its children's group.
          const box = item.parentElement!;
          expect(box.getAttribute('role'), item.id).to.equal('none');
        }
        const names = items.map((i) => labelOf(el, i));
        expect(names).to.deep.equal([
          ...dataset.pillars.flatMap((p) => [
            `Priority area ${p.glyph} ${p.title.en}`,
            ...dataset.categories
              .filter((c) => c.pillar === p.id)
              .flatMap((c) => [
                c.title.en,
                ...dataset.initiatives.filter((i) => i.category === c.id).map((i) => i.title.en),
              ]),
          ]),
        ]);
      }
    });

    for (const layout of ['columns', 'radial']) {
      it(`draws every category and initiative, and hides none of them from readers (${layout})`, async () => {
        const el = await render({layout, category: 'connectivity-and-rules'});
        const hiddenFromReaders = (item: Element) => {
          for (let n: Element | null = item; n; n = n.parentElement) {
            if (n.getAttribute('aria-hidden') === 'true' || (n as HTMLElement).hidden) return true;
          }
          return false;
        };
        for (const item of treeitems(el)) {
          expect(drawn(item), `${item.id} drawn`).to.be.true;
          expect(hiddenFromReaders(item), `${item.id} hidden from readers`).to.be.false;
        }
        expect(treeitems(el).every((i) => i.getAttribute('aria-expanded') !== 'false')).to.be.true;
      });
    }

    for (const layout of ['columns', 'radial']) {
      it(`takes a collapsed item's children out of the drawing, the tree and the focus order (${layout})`, async () => {
        const restore = reducedMotion();
        try {
          const el = await render({layout});
          const pillar = byId(el, 'pillar-3');
          pillar.focus();
          await sendKeys({press: 'ArrowLeft'});
          await settled(el);
          expect(pillar.getAttribute('aria-expanded')).to.equal('false');
          const inside = treeitems(el).filter(
            (i) => i.id !== 'pillar-3' && i.closest('.node.pillar') === boxOf(el, 'pillar-3'),
          );
          expect(inside).to.have.length(
            dataset.categories.filter((c) => c.pillar === 3).length +
              dataset.initiatives.filter((i) => i.pillar === 3).length,
          );
          for (const item of inside) {
            expect(drawn(item), item.id).to.be.false;
            expect(item.closest('[role=group]')!.closest('[hidden]'), item.id).to.exist;
            item.focus();
            expect(focused(el)?.id, `${item.id} takes no focus`).to.equal('pillar-3');
          }
          if (layout === 'radial') {
            // Their sectors are not drawn either; the priority area's own is.
            for (const item of inside) expect(byId(el, `arc-${item.id}`).getAttribute('d'), item.id).to.equal('');
            expect(byId(el, 'arc-pillar-3').getAttribute('d')).to.match(/^M/u);
          }
          // The rest is drawn as before.
          expect(
            treeitems(el)
              .filter((i) => !inside.includes(i))
              .every(drawn),
          ).to.be.true;
        } finally {
          restore();
        }
      });
    }
  });

  describe('whole titles', () => {
    /**
     * A label shows its whole text: not clamped, and every line of it (the rectangles of its text)
     * inside its box and above the cells drawn over the box.
     */
    function expectWhole(label: HTMLElement, box: HTMLElement, below: Element | undefined, what: string): void {
      const style = getComputedStyle(label);
      expect(style.getPropertyValue('-webkit-line-clamp') || 'none', what).to.equal('none');
      expect(style.textOverflow, what).to.not.equal('ellipsis');
      const b = box.getBoundingClientRect();
      const floor = below ? Math.min(b.bottom, below.getBoundingClientRect().top) : b.bottom;
      const range = document.createRange();
      const lines = [...label.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
        .flatMap((n) => {
          range.selectNodeContents(n);
          return [...range.getClientRects()];
        });
      expect(lines.length, what).to.be.greaterThan(0);
      for (const line of lines) {
        expect(line.top, `${what}: a line inside its box`).to.be.at.least(b.top - 0.5);
        expect(line.left, `${what}: a line inside its box`).to.be.at.least(b.left - 0.5);
        expect(line.right, `${what}: a line inside its box`).to.be.at.most(b.right + 0.5);
        expect(line.bottom, `${what}: a line inside its box, above its cells`).to.be.at.most(floor + 0.5);
      }
    }

    for (const [width, scale] of [
      [1000, 1],
      [320, 2],
    ] as const) {
      for (const lang of ['en', 'ja'] as const) {
        it(`shows every category's and every open row's whole title at ${width} px${scale > 1 ? ', text at 200 %' : ''} (${lang})`, async () => {
          const restore = reducedMotion();
          // Text at 200 %, as a reader's browser setting enlarges it: rem and em alike.
          document.documentElement.style.fontSize = `${scale * 100}%`;
          try {
            const wrap = await fixture<HTMLElement>(
              html`<div lang=${lang} style=${`inline-size: ${width}px`}>${pillars()}</div>`,
            );
            const el = wrap.querySelector<FoipPillars>('foip-pillars')!;
            await settled(el);
            await settled(el);
            for (const pillar of ['1', '2', '3']) {
              el.pillar = pillar;
              await settled(el);
              await settled(el);
              for (const c of dataset.categories) {
                const item = byId(el, `category-${c.id}`);
                expect(labelOf(el, item)).to.equal(c.title[lang]);
                const first = dataset.initiatives.find((i) => i.category === c.id);
                expectWhole(item.querySelector('.label')!, item, first && byId(el, `initiative-${first.id}`), c.id);
              }
              for (const i of dataset.initiatives.filter((i) => i.pillar === Number(pillar))) {
                const row = byId(el, `initiative-${i.id}`);
                expect(row.hasAttribute('data-labelled'), `${i.id} titled`).to.be.true;
                expectWhole(row.querySelector('.label')!, row, undefined, i.id);
              }
            }
          } finally {
            document.documentElement.style.fontSize = '';
            restore();
          }
        });
      }
    }

    it('measures the titles again when only the type size changes, the width staying', async () => {
      const restore = reducedMotion();
      try {
        const wrap = await fixture<HTMLElement>(
          html`<div lang="en" style="inline-size: 900px">${pillars({category: 'oda-osa-defence-equipment'})}</div>`,
        );
        const el = wrap.querySelector<FoipPillars>('foip-pillars')!;
        await settled(el);
        const plot = () => byId(el, 'plot-pillar-3').getBoundingClientRect().height;
        const before = plot();
        const width = el.getBoundingClientRect().width;
        // A page's script, or a reader's text-only zoom, enlarging the type in a box of fixed width.
        wrap.style.setProperty('font-size', '200%');
        for (let i = 0; i < 4; i++) await nextFrame();
        await settled(el);
        expect(el.getBoundingClientRect().width).to.equal(width);
        expect(plot()).to.be.greaterThan(before * 1.3);
        for (const c of dataset.categories.filter((c) => c.pillar === 3)) {
          const item = byId(el, `category-${c.id}`);
          const first = dataset.initiatives.find((i) => i.category === c.id);
          expectWhole(item.querySelector('.label')!, item, first && byId(el, `initiative-${first.id}`), c.id);
        }
        for (const i of dataset.initiatives.filter((i) => i.category === 'oda-osa-defence-equipment')) {
          const row = byId(el, `initiative-${i.id}`);
          expectWhole(row.querySelector('.label')!, row, undefined, i.id);
        }
      } finally {
        restore();
      }
    });
  });

  describe('contrast (WCAG 1.4.11: 3:1 for what must be seen)', () => {
    const arcs = (el: FoipPillars) => [...shadow(el).querySelectorAll<SVGPathElement>('.wheel path')];
    const dimmed = (arc: Element) => !arc.classList.contains('open') && arc.getAttribute('data-kind') !== 'pillar';
    const width = (el: Element, side: string) => parseFloat(computed(el, side));

    for (const theme of ['light', 'dark'] as const) {
      it(`draws every ring of the wheel at 3:1 or more against the surface (${theme})`, async () => {
        const el = await render({theme, layout: 'radial'});
        const surface = computed(el, 'background-color');
        for (const arc of arcs(el)) {
          expect(contrast(computed(arc, 'fill'), surface), arc.id).to.be.at.least(3);
        }
      });

      it(`outlines the sectors a selection dims at 3:1, and only those (${theme})`, async () => {
        const el = await render({theme, layout: 'radial', category: 'connectivity-and-rules'});
        const surface = computed(el, 'background-color');
        expect(arcs(el).filter(dimmed).length).to.be.greaterThan(20);
        for (const arc of arcs(el)) {
          if (dimmed(arc)) {
            // Pale, but hollow: an outline in the pillar's colour, a cue besides colour.
            expect(contrast(computed(arc, 'stroke'), surface), `${arc.id} outline`).to.be.at.least(3);
            expect(width(arc, 'stroke-width'), arc.id).to.be.at.least(1);
          } else {
            expect(contrast(computed(arc, 'fill'), surface), arc.id).to.be.at.least(3);
            if (!arc.classList.contains('selected')) expect(computed(arc, 'stroke'), arc.id).to.equal('none');
          }
        }
      });

      it(`draws cells at 3:1 against their category, and outlines the cells a selection dims (${theme})`, async () => {
        const el = await render({theme, category: 'connectivity-and-rules'});
        const cells = dataset.initiatives.map((i) => byId(el, `initiative-${i.id}`));
        expect(cells.filter((c) => !c.hasAttribute('data-open')).length).to.be.greaterThan(15);
        for (const cell of cells) {
          const block = byId(
            el,
            `category-${dataset.initiatives.find((i) => `initiative-${i.id}` === cell.id)!.category}`,
          );
          const behind = computed(block, 'background-color');
          if (cell.hasAttribute('data-open')) {
            expect(contrast(computed(cell, 'background-color'), behind), cell.id).to.be.at.least(3);
            expect(width(cell, 'border-top-width'), cell.id).to.equal(0);
          } else {
            for (const side of ['top', 'right', 'bottom', 'left']) {
              expect(width(cell, `border-${side}-width`), `${cell.id} ${side}`).to.be.at.least(1);
              expect(contrast(computed(cell, `border-${side}-color`), behind), `${cell.id} ${side}`).to.be.at.least(3);
            }
          }
        }
      });
    }

    it('keeps rings, outlines and cells at 3:1 in forced colours', async () => {
      const el = await render({layout: 'radial'});
      const forced = mediaRules(shadow(el), '(forced-colors: active)');
      expect(forced.found).to.be.greaterThan(0);
      // Without transitions, so that the colours read are the forced ones, not the way to them.
      const still = mediaRules(shadow(el), '(prefers-reduced-motion: reduce)').apply();
      const off = forced.apply();
      try {
        const surface = computed(el, 'background-color');
        const pillarFill = computed(byId(el, 'arc-pillar-1'), 'fill');
        // With nothing open, then with a category open (the others dimmed).
        for (const category of [undefined, 'connectivity-and-rules']) {
          el.category = category;
          await settled(el);
          for (const arc of arcs(el)) {
            expect(contrast(computed(arc, 'stroke'), surface), arc.id).to.be.at.least(3);
            // A system colour, not a grey mixed from two of them.
            if (!arc.classList.contains('open')) expect(computed(arc, 'fill'), arc.id).to.equal(pillarFill);
          }
        }
        el.layout = 'columns';
        await settled(el);
        for (const i of dataset.initiatives) {
          const cell = byId(el, `initiative-${i.id}`);
          expect(contrast(computed(cell, 'border-top-color'), computed(cell, 'background-color')), i.id).to.be.at.least(
            3,
          );
        }
      } finally {
        off();
        still();
      }
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'ja'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`is accessible in ${lang}, ${theme}: columns with a category open`, async () => {
          const el = await render({theme, category: 'connectivity-and-rules'}, lang);
          await expect(el).to.be.accessible();
        });
        it(`is accessible in ${lang}, ${theme}: radial with a priority area open`, async () => {
          const el = await render({theme, layout: 'radial', pillar: '1'}, lang);
          await expect(el).to.be.accessible();
        });
      }
    }
    it('is accessible with nothing open', async () => {
      const el = await render();
      await expect(el).to.be.accessible();
    });
  });
});
