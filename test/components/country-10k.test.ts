/**
 * `<foip-country>` with a partner's 10,000 records (issue 19's rule: cost follows the screen): each
 * list of cards shows its first ones and a button for more, the counts stay those of the data.
 */
import {expect, fixture, html} from '@open-wc/testing';

import '../../src/foip-country.js';
import type {FoipCountry} from '../../src/foip-country.js';
import {CARDS_AT_FIRST, CARDS_MORE} from '../../src/components/country/country-sections.js';
import {dataset} from '../../src/data/index.js';
import type {Locale} from '../../src/data/index.js';
import {data} from '../fixtures/list-10k.js';
import {settled, shadow, text} from '../helpers.js';

const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const thousands = (n: number) => n.toLocaleString('en-GB');

/** The records that name a country, by priority area: plain filters over the data, never the widget's profile. */
const naming = (iso3: string, pillar: number) =>
  data.initiatives.filter((i) => i.pillar === pillar && i.countries.includes(iso3)).length;

async function country(iso3: string, lang: Locale = 'en', records = data): Promise<FoipCountry> {
  const el = await fixture<FoipCountry>(html`<foip-country lang=${lang} country=${iso3}></foip-country>`);
  el.data = records;
  await settled(el);
  return el;
}

describe('<foip-country> with a partner’s 10,000 records', () => {
  it('shows the first cards of each list and says how many of how many, in both languages', async () => {
    for (const [lang, say] of [
      ['en', (n: number, of: number) => `Show more initiatives (${thousands(n)} of ${thousands(of)} shown)`],
      ['ja', (n: number, of: number) => `取組をさらに表示（${thousands(of)}件中${thousands(n)}件を表示中）`],
    ] as const) {
      const el = await country('PHL', lang);
      for (const pillar of [1, 2, 3]) {
        const total = naming('PHL', pillar);
        const list = $$(el, `ul[data-list="initiatives-${pillar}"]`)[0];
        if (!total) {
          expect(list, `priority area ${pillar}`).to.equal(undefined);
          continue;
        }
        expect(total, 'a long list').to.be.above(CARDS_AT_FIRST);
        expect(list.querySelectorAll(':scope > li').length).to.equal(CARDS_AT_FIRST);
        const more = list.nextElementSibling as HTMLButtonElement;
        expect(more.matches('button.more')).to.be.true;
        expect(text(more)).to.equal(say(CARDS_AT_FIRST, total));
        // Told apart from the other lists' buttons by the heading of its own.
        const describedBy = more.getAttribute('aria-describedby')!;
        expect(describedBy).to.equal(list.getAttribute('aria-labelledby'));
        expect(text(shadow(el).getElementById(describedBy))).to.include(dataset.pillars[pillar - 1].title[lang]);
      }
      // What is drawn follows the screen: a dozen cards a list, not thousands.
      const drawn = $$(el, 'foip-initiative-card').length;
      const lists = $$(el, 'ul[data-list]').length;
      expect(drawn).to.be.at.most(lists * CARDS_AT_FIRST);
    }
  });

  it('shows more on request, moves focus to the first card it brought, and starts short again for another country', async () => {
    const el = await country('PHL');
    const pillar = [1, 2, 3].find((p) => naming('PHL', p) > CARDS_AT_FIRST + CARDS_MORE)!;
    const list = () => $$(el, `ul[data-list="initiatives-${pillar}"]`)[0];
    (list().nextElementSibling as HTMLButtonElement).click();
    await settled(el);
    const items = list().querySelectorAll<HTMLElement>(':scope > li');
    expect(items.length).to.equal(CARDS_AT_FIRST + CARDS_MORE);
    expect(shadow(el).activeElement, 'the first card it brought').to.equal(items[CARDS_AT_FIRST]);
    expect(text(list().nextElementSibling as HTMLElement)).to.include(`(${CARDS_AT_FIRST + CARDS_MORE} of `);
    el.country = 'IDN';
    await settled(el);
    el.country = 'PHL';
    await settled(el);
    expect(list().querySelectorAll(':scope > li').length).to.equal(CARDS_AT_FIRST);
  });

  it('the document’s own lists are shorter than the first screenful: no button', async () => {
    const el = await country('PHL', 'en', dataset);
    expect($$(el, 'ul[data-list] > li').length).to.be.above(0);
    expect($$(el, 'button.more')).to.have.length(0);
  });
});
