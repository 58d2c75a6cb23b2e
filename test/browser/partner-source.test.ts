/**
 * A partner's own records are not the document's (issue 19): given a partner's edition (its own
 * source title and publisher, records citing no page), a card names that source and cites no page,
 * in both languages, and nothing in a card or the list claims the Government of Japan's document.
 */
import {expect, html} from '@open-wc/testing';

import '../../src/foip-initiative-card.js';
import '../../src/foip-initiative-list.js';
import {dataset} from '../../src/data/index.js';
import type {Dataset, Locale} from '../../src/data/index.js';
import type {FoipInitiativeCard, FoipInitiativeList, FoipMap, FoipPillars} from '../../src/index.js';
import {partnerEdition} from '../fixtures/partner-provenance.js';
import {inLang, settled, shadow, text} from '../helpers.js';

const ID = 'pacific-submarine-cables';
const partner = partnerEdition(dataset);
const anonymous = partnerEdition(dataset, {publisher: false});

/** What the document's edition would put in a line: its publisher, and a page. */
const DOCUMENT = {
  en: [/Government of Japan/u, /\bpages?\b/iu],
  ja: [/日本国政府/u, /ページ/u],
} as const;

/** The text of an element and of every shadow tree inside it (a list's cards), as a reader meets it. */
function deepText(el: Element): string {
  const parts = [text(el.shadowRoot ?? el)];
  for (const inner of (el.shadowRoot ?? el).querySelectorAll('*')) if (inner.shadowRoot) parts.push(deepText(inner));
  return parts.join(' ');
}

async function card(lang: Locale, data: Dataset | undefined): Promise<FoipInitiativeCard> {
  const el = await inLang<FoipInitiativeCard>(
    lang,
    html`<foip-initiative-card initiative=${ID}></foip-initiative-card>`,
  );
  el.data = data;
  await el.updateComplete;
  expect(shadow(el).querySelector('[part="problem"]'), text(shadow(el))).to.equal(null);
  return el;
}
const sourceLine = (el: Element) => text(shadow(el).querySelector('[part="source"]'));

describe("a card with a partner's records", () => {
  it("names the partner's source and publisher and cites no page, in English", async () => {
    const el = await card('en', partner);
    expect(sourceLine(el)).to.equal(
      'Source: Sample Development Agency project database (Sample Development Agency). Dataset edition of 1 October 2026.',
    );
    for (const claim of DOCUMENT.en) expect(deepText(el)).to.not.match(claim);
  });

  it('and in Japanese', async () => {
    const el = await card('ja', partner);
    expect(sourceLine(el)).to.equal(
      '出典：サンプル開発機関 事業データベース（サンプル開発機関）。データ作成日：2026年10月1日。',
    );
    for (const claim of DOCUMENT.ja) expect(deepText(el)).to.not.match(claim);
  });

  it('names no publisher when the edition names none, in both languages', async () => {
    const en = await card('en', anonymous);
    const ja = await card('ja', anonymous);
    expect(sourceLine(en)).to.equal(
      'Source: Sample Development Agency project database. Dataset edition of 1 October 2026.',
    );
    expect(sourceLine(ja)).to.equal('出典：サンプル開発機関 事業データベース。データ作成日：2026年10月1日。');
    for (const claim of DOCUMENT.en) expect(deepText(en)).to.not.match(claim);
    for (const claim of DOCUMENT.ja) expect(deepText(ja)).to.not.match(claim);
  });

  it("cites the page of its own source where a partner's record gives one", async () => {
    const cited = {
      ...anonymous,
      initiatives: anonymous.initiatives.map((i) =>
        i.id === ID ? {...i, source: {page: 12, lines: [40, 44] as const, section: 'Ports'}} : i,
      ),
    };
    expect(sourceLine(await card('en', cited))).to.equal(
      'Source: Sample Development Agency project database, page 12. Dataset edition of 1 October 2026.',
    );
    expect(sourceLine(await card('ja', cited))).to.equal(
      '出典：サンプル開発機関 事業データベース、12ページ。データ作成日：2026年10月1日。',
    );
  });

  it('the bundled card still cites the document, its page and its publisher', async () => {
    const record = dataset.initiatives.find((i) => i.id === ID)!;
    const line = sourceLine(await card('en', undefined));
    expect(line).to.contain(`${dataset.edition.source.title.en}, page ${record.source.page} (Government of Japan)`);
    expect(sourceLine(await card('ja', undefined))).to.contain(`（日本国政府）${record.source.page}ページ`);
  });
});

describe("the list with a partner's records", () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`shows them and claims neither the document's publisher nor a page of it (${lang})`, async () => {
      const el = await inLang<FoipInitiativeList>(lang, html`<foip-initiative-list></foip-initiative-list>`);
      el.data = partner;
      await settled(el);
      const cards = [...shadow(el).querySelectorAll<FoipInitiativeCard>('foip-initiative-card')];
      expect(cards.map((c) => c.initiative)).to.have.members(partner.initiatives.map((i) => i.id));
      for (const c of cards) expect(c.data, c.initiative).to.equal(partner);
      const shown = deepText(el);
      expect(shown).to.contain(partner.initiatives[0].title[lang]);
      for (const claim of DOCUMENT[lang]) expect(shown).to.not.match(claim);
      // The list names the partner's source once, as the map and the pillars do.
      expect(sourceLine(el)).to.contain(partner.edition.source.title[lang]);
    });
  }
});

describe("the map and the pillars with a partner's records", () => {
  const expected = {
    en: 'Source: Sample Development Agency project database (Sample Development Agency). Dataset edition of 1 October 2026.',
    ja: '出典：サンプル開発機関 事業データベース（サンプル開発機関）。データ作成日：2026年10月1日。',
  };
  const widgets = {
    'foip-map': () => html`<foip-map .data=${partner}></foip-map>`,
    'foip-pillars': () => html`<foip-pillars .data=${partner}></foip-pillars>`,
  };
  before(async () => {
    await import('../../src/foip-map.js');
    await import('../../src/foip-pillars.js');
  });
  for (const [tag, template] of Object.entries(widgets)) {
    for (const lang of ['en', 'ja'] as const) {
      it(`${tag} names the partner's source and cites no page of the document (${lang})`, async () => {
        const el = await inLang<FoipMap | FoipPillars>(lang, template());
        await settled(el);
        expect(shadow(el).querySelector('[part="problem"]'), text(shadow(el))).to.equal(null);
        expect(sourceLine(el)).to.equal(expected[lang]);
        for (const claim of DOCUMENT[lang]) expect(sourceLine(el)).to.not.match(claim);
      });
    }
  }
});
