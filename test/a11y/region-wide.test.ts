import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';

import {accessibilityTree, axByRole, axNodes} from '../a11y-tree.js';
import type {AXNode} from '../a11y-tree.js';
import {frames} from '../helpers.js';
import '../../src/foip-initiative-list.js';
import type {FoipInitiativeCard} from '../../src/foip-initiative-card.js';
import type {FoipInitiativeList} from '../../src/foip-initiative-list.js';
import {coverage} from '../../src/data/coverage.js';
import {bundledIndex} from '../../src/data/index.js';
import {$, button, render, settled} from '../components/map-fixtures.js';

/** How a screen reader meets Myanmar's region-wide items: under a heading or group that names ASEAN. */
const HEADING = {
  en: 'Covered as a member of ASEAN (region-wide items)',
  ja: 'ASEANの一員として対象（広域の取組）',
} as const;
const asean = coverage(bundledIndex, 'MMR').regions.find((r) => r.region === 'asean')!;
const listItems = (node: AXNode) => axByRole(node, 'listitem');

describe('region-wide items in the accessibility tree', () => {
  afterEach(() => setViewport({width: 800, height: 600}));

  for (const lang of ['en', 'ja'] as const) {
    it(`the list with country="MMR": a heading naming ASEAN, then a list it names, of ASEAN's cards (${lang})`, async () => {
      // Tall enough that every group is drawn: skipped content (content-visibility) is not in the snapshot.
      await setViewport({width: 1100, height: 4000});
      const el = await fixture<FoipInitiativeList>(
        html`<div lang=${lang}><foip-initiative-list country="MMR"></foip-initiative-list></div>`,
      ).then((w) => w.firstElementChild as FoipInitiativeList);
      await el.updateComplete;
      await Promise.all(
        [...el.shadowRoot!.querySelectorAll<FoipInitiativeCard>('foip-initiative-card')].map((c) => c.updateComplete),
      );
      // A card in Japanese renders once its texts have loaded, maybe after the frame that found the list's
      // groups in view: the next frames find its content in view too (else skipped, not in the snapshot).
      await frames(2);
      const tree = await accessibilityTree('foip-initiative-list >>> .list');
      const headings = axByRole(tree, 'heading');
      // The region's heading at the list's top level, the cards' titles one below: no priority area of Myanmar's own.
      expect(headings.filter((h) => h.level === 2).map((h) => h.name)).to.deep.equal([HEADING[lang]]);
      expect(headings.filter((h) => h.level === 3)).to.have.length(asean.initiatives.length);
      const lists = axByRole(tree, 'list').filter((l) => l.name === HEADING[lang]);
      expect(lists).to.have.length(1);
      expect(listItems(lists[0])).to.have.length(asean.initiatives.length);
      expect(
        axNodes(tree).filter(
          (n) => n.role === 'heading' && n.name?.includes(bundledIndex.countries.get('MMR')!.name[lang]),
        ),
        'no heading claims Myanmar',
      ).to.deep.equal([]);
    });

    it(`the map's tooltip and table: a group named for ASEAN holds Myanmar's region-wide items (${lang})`, async () => {
      const el = await render({}, lang);
      $(el, '#place-MMR')!.firstElementChild!.dispatchEvent(
        new PointerEvent('pointerover', {bubbles: true, composed: true}),
      );
      await settled(el);
      const entries = asean.initiatives.length + asean.items.length;
      const tip = await accessibilityTree('foip-map >>> .tooltip');
      expect(tip.role).to.equal('tooltip');
      const [group, ...others] = axByRole(tip, 'group');
      expect(others).to.have.length(0);
      expect(group.name).to.equal(HEADING[lang]);
      expect(listItems(group)).to.have.length(entries);
      expect(listItems(tip), 'no item outside the group').to.have.length(entries);

      // Shown: out of sight, the table's content is skipped (content-visibility) and has no tree yet.
      button(el, lang === 'en' ? 'Show as table' : '表で表示').click();
      await settled(el);
      const row = await accessibilityTree('foip-map >>> tr[data-country=MMR]');
      const [cell] = axByRole(row, 'cell');
      const groups = axByRole(cell, 'group');
      expect(groups.map((g) => g.name)).to.deep.equal([HEADING[lang]]);
      expect(listItems(cell)).to.have.length(entries);
    });
  }
});
