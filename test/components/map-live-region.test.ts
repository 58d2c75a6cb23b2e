import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

import '../../src/foip-map.js';

import {bundledIndex, dataset} from '../../src/data/index.js';
import {mapPlaces} from '../../src/layout/map-places.js';
import {shadow, text} from '../helpers.js';
import {
  $,
  activeId,
  expectedLabel,
  idle,
  option,
  place,
  render,
  settled,
  shownIds,
  status,
  summaryCounts,
  svgOf,
  tooltip,
  typeahead,
  desktopViewport,
} from './map-fixtures.js';

describe('<foip-map>', () => {
  desktopViewport();

  describe('live region', () => {
    it("says nothing of a move (the option's name does), then the selection in one sentence (English)", async () => {
      const el = await render();
      const region = $(el, '[role=status]')!;
      expect(region.getAttribute('aria-live') ?? 'polite').to.equal('polite');
      expect(status(el)).to.equal('');
      svgOf(el).focus();
      await sendKeys({type: 'phi'});
      await el.updateComplete;
      expect(activeId(el)).to.equal('PHL');
      expect(status(el), 'silent on a move').to.equal('');
      // What is read on reaching it: one sentence, the one the tooltip bears out.
      expect(option(el, 'PHL')!.getAttribute('aria-label')).to.equal(expectedLabel(place('PHL')));
      // Reaching a region member contradicts nothing: no "0 initiatives".
      await typeahead(el, 'Marshall');
      expect(activeId(el)).to.equal('MHL');
      expect(status(el)).to.equal('');
      expect(option(el, 'MHL')!.getAttribute('aria-label')).not.to.match(/\b0\b/u);
      expect(text(tooltip(el))).to.contain('Pacific Island countries');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(status(el)).to.equal('Marshall Islands selected.');
    });

    it('speaks Japanese on a Japanese page', async () => {
      const el = await render({}, 'ja');
      svgOf(el).focus();
      await typeahead(el, 'フィ');
      expect(status(el)).to.equal('');
      const phl = place('PHL');
      const areas = phl.pillars.map((id) => bundledIndex.pillars.get(id)!.glyph).join('');
      expect(option(el, 'PHL')!.getAttribute('aria-label')).to.equal(
        `フィリピン、取組等${phl.count}件、重点分野${areas}`,
      );
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(status(el)).to.equal('フィリピンを選択しました。');
      await sendKeys({press: 'Escape'});
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(status(el)).to.equal('選択を解除しました。');
    });

    it('announces a filter set after the first draw (by the page or a linked widget), not the first one', async () => {
      const en = await render({pillar: '1'});
      expect(status(en), 'the filter it was drawn with').to.equal('');
      en.pillar = '2 3';
      await settled(en);
      const [n, m, total] = summaryCounts([2, 3]);
      expect(status(en)).to.equal(`Priority areas ②③: ${n} countries and territories, ${m} of ${total} initiatives.`);
      en.pillar = '3';
      await settled(en);
      const [n3, m3, total3] = summaryCounts([3]);
      expect(status(en), 'one area: singular').to.equal(
        `Priority area ③: ${n3} countries and territories, ${m3} of ${total3} initiatives.`,
      );
      en.pillar = '';
      await settled(en);
      const [all, allPlaced, allInitiatives] = summaryCounts();
      expect(allInitiatives, 'every initiative of the document').to.equal(dataset.initiatives.length);
      expect(status(en)).to.equal(
        `All priority areas: ${all} countries and territories, ${allPlaced} of ${allInitiatives} initiatives.`,
      );

      const ja = await render({}, 'ja');
      ja.pillar = '2';
      await settled(ja);
      const [n2, m2, total2] = summaryCounts([2]);
      expect(status(ja)).to.equal(`重点分野②：${n2}か国・地域、取組${total2}件中${m2}件`);
    });

    it("says a filter change in the update that makes it, with the map's fills; the hidden table follows in idle time", async () => {
      const el = await render();
      await idle();
      el.pillar = '1';
      // No frame yet, no idle time: what a screen reader is told, and the options it moves through.
      await el.updateComplete;
      const [n, m, total] = summaryCounts([1]);
      expect(status(el)).to.equal(`Priority area ①: ${n} countries and territories, ${m} of ${total} initiatives.`);
      const one = mapPlaces(bundledIndex, [1]);
      expect(shownIds(el)).to.deep.equal(one.map((p) => p.iso3).sort());
      // Every option has the filter's fill in that update: ① alone, or the kind of a place with none of its own.
      for (const p of one) {
        const fill = p.count ? 'pillar-1' : p.regions.length ? 'region-only' : 'partner-only';
        expect(option(el, p.iso3)!.classList.contains(fill), `${p.iso3} ${fill}`).to.be.true;
      }
      const rows = () => [...shadow(el).querySelectorAll('#table tbody tr')].map((r) => r.getAttribute('data-country'));
      await idle();
      expect(rows().sort(), "the table's rows, once idle").to.deep.equal(one.map((p) => p.iso3).sort());
      expect(status(el), 'said once, not again when the table follows').to.equal(
        `Priority area ①: ${n} countries and territories, ${m} of ${total} initiatives.`,
      );
    });
  });
});
