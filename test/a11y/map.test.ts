import {expect, fixture, html} from '@open-wc/testing';

import {accessibilityTree, axByRole, axNodes} from '../a11y-tree.js';
import type {AXNode} from '../a11y-tree.js';
import '../helpers.js';
import {shadow} from '../helpers.js';
import {bundledIndex} from '../../src/data/index.js';
import {mapPlaces} from '../../src/layout/map-places.js';
import type {FoipMap} from '../../src/foip-map.js';
import {$, button, render, settled, svgOf} from '../components/map-fixtures.js';

const places = mapPlaces(bundledIndex);
const TITLE = {
  en: 'Main initiatives of the evolved FOIP, by country and region',
  ja: '「進化版FOIP」の主な取組（国・地域別）',
};

/** The widget's tree: from its root, the region. */
const widgetTree = () => accessibilityTree('foip-map >>> .figure');
const listbox = () => accessibilityTree('foip-map >>> svg.map');
/** Every option's accessible name as the DOM writes it. */
const labels = (el: FoipMap) =>
  [...shadow(el).querySelectorAll('[role=option]')].map((o) => o.getAttribute('aria-label')!);

describe('map in the accessibility tree', () => {
  it('exposes a named listbox, described by its keys only (not a paragraph read on every focus)', async () => {
    const el = await fixture<HTMLElement & {updateComplete: Promise<unknown>}>(html`<foip-map lang="en"></foip-map>`);
    await el.updateComplete;
    const tree = await listbox();
    expect(tree.role).to.equal('listbox');
    expect(tree.name).to.equal('Map of countries with initiatives');
    expect(tree.description).to.equal('Arrow keys move between countries, Enter selects, plus and minus zoom.');
    expect(axByRole(tree, 'listbox')).to.have.length(1);
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`its countries are options, the selected one selected, named as the DOM names them (${lang})`, async () => {
      const el = await render({country: 'PHL'}, lang);
      const tree = await listbox();
      const options = axByRole(tree, 'option');
      expect(options, 'one option per place').to.have.length(places.length);
      expect(axByRole(tree, 'group'), 'no group between the listbox and its options').to.have.length(0);
      expect(options.map((o) => o.name).sort()).to.deep.equal(labels(el).sort());
      const selected = options.filter((o) => o.selected);
      expect(selected.map((o) => o.name)).to.deep.equal([$(el, '#place-PHL')!.getAttribute('aria-label')]);
      expect(
        options.filter((o) => o.selected === false),
        'every other option exposes selected=false',
      ).to.have.length(places.length - 1);
    });
  }

  for (const [lang, home] of [
    ['en', 'Japan (home country)'],
    ['ja', '日本（自国）'],
  ] as const) {
    it(`Japan is no option: a reader finds it in the legend, as the home country (${lang})`, async () => {
      await render({}, lang);
      const japan = bundledIndex.countries.get('JPN')!.name[lang];
      // Named in the options only as their partner ("…, a partner of Japan"), never as one.
      const nodes = axNodes(await listbox());
      expect(axByRole(await listbox(), 'option').length, 'the options are read').to.be.above(30);
      expect(nodes.filter((n) => n.name?.startsWith(japan)).map((n) => n.name)).to.deep.equal([]);
      const texts = axNodes(await widgetTree()).map((n) => n.name);
      expect(texts).to.include(home);
    });
  }

  it('the active descendant is an option a screen reader reads with its name and state', async () => {
    const el = await render({country: 'IDN'});
    svgOf(el).focus();
    await settled(el);
    // Focus starts on the selected country.
    const active = shadow(el).getElementById(svgOf(el).getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('data-country')).to.equal('IDN');
    const node = axByRole(await listbox(), 'option').find((n) => n.name === active.getAttribute('aria-label'));
    expect(node?.name).to.match(/^Indonesia, \d+ initiatives and map entries, priority areas [①②③]+$/u);
    expect(node?.selected).to.be.true;
  });

  it('edge markers’ arrows are drawing, not text', async () => {
    const el = await render();
    expect(shadow(el).querySelectorAll('.marker.edge .arrow').length, 'the map has edge markers').to.be.above(0);
    const arrows = axNodes(await listbox()).filter((n) => /[←→↑↓]/u.test(n.name ?? ''));
    expect(arrows.map((n) => `${n.role} ${n.name}`)).to.deep.equal([]);
  });

  for (const lang of ['en', 'ja'] as const) {
    for (const level of [undefined, 4]) {
      it(`the title is a heading at ${level ? `level ${level}` : 'the default level'}, naming the widget's region (${lang})`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang} style="inline-size: 1000px">
            ${level ? html`<foip-map heading-level=${level}></foip-map>` : html`<foip-map></foip-map>`}
          </div>`,
        );
        await settled(wrapper.querySelector<FoipMap>('foip-map')!);
        const tree = await widgetTree();
        expect(tree.role, 'a landmark').to.equal('region');
        expect(tree.name).to.equal(TITLE[lang]);
        const headings = axByRole(tree, 'heading');
        expect(headings.map((h) => [h.name, h.level])).to.deep.equal([[TITLE[lang], level ?? 2]]);
      });
    }
  }

  it('"Show as table" says collapsed only while the table is out of the tree, expanded once it is in', async () => {
    const el = await render();
    const state = async () => {
      const tree = await widgetTree();
      const show = axByRole(tree, 'button').find((b) => b.name === 'Show as table' || b.name === 'Hide table');
      const rows = axByRole(tree, 'table').flatMap((t) => axByRole(t, 'row'));
      return {expanded: show?.expanded, rows: rows.length};
    };
    // Out of sight, Chromium leaves the table out of its tree (content-visibility skips it): the
    // button is then a disclosure that truly is collapsed. Were the table read all along, "collapsed"
    // would be noise, and this fails.
    const hidden = await state();
    expect(hidden.expanded).to.equal(hidden.rows ? undefined : false);
    button(el, 'Show as table').click();
    await settled(el);
    expect(await state()).to.deep.equal({expanded: true, rows: places.length + 1});
  });

  for (const [lang, close] of [
    ['en', 'Close details of the Philippines'],
    ['ja', 'フィリピンの詳細を閉じる'],
  ] as const) {
    it(`the tooltip's close button says what it closes (${lang})`, async () => {
      const el = await render({country: 'PHL'}, lang);
      svgOf(el).focus();
      await settled(el);
      const buttons = axByRole(await widgetTree(), 'button').map((b: AXNode) => b.name);
      expect(buttons).to.include(close);
      expect(buttons).not.to.include(lang === 'en' ? 'Close' : '閉じる');
    });
  }
});
