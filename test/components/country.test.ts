/**
 * `<foip-country>` (issue 18): what an embassy's page shows of one country, checked against the raw
 * dataset (the expected values are derived here, not by the profile the element uses), the
 * region-only and outside cases in both languages, bad input, `for`, roles, axe, 320 px, keyboard.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

import '../../src/foip-country.js';
import type {FoipCountry} from '../../src/foip-country.js';
import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';
import {dataset} from '../../src/data/index.js';
import type {Initiative, Locale, PillarId} from '../../src/data/index.js';
import {captureWarnings, inLang, mediaRules, readAloud, settled, shadow, text} from '../helpers.js';

const {initiatives, mapEntries, pillars, regions} = dataset;
const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];

/** Map items as placed: a format's members printed as partners are not places. */
const placedItems = (iso3: string) =>
  mapEntries.flatMap((e) => e.items.filter((m) => e.countries.includes(iso3) && !m.partners.includes(iso3)));
/** The initiatives that name a country: its detail pages' countries, or a map item placed in it that illustrates one. */
function own(iso3: string): Initiative[] {
  const viaMap = new Set(placedItems(iso3).flatMap((m) => (m.initiative ? [m.initiative] : [])));
  return initiatives.filter((i) => i.countries.includes(iso3) || viaMap.has(i.id));
}
/** Initiatives that name it as a partner (detail pages or a map item), not its own. */
function partnerOf(iso3: string): string[] {
  const mine = new Set(own(iso3).map((i) => i.id));
  const viaItems = new Set(
    mapEntries.flatMap((e) =>
      e.items.filter((m) => m.partners.includes(iso3) && m.initiative).map((m) => m.initiative),
    ),
  );
  return initiatives
    .filter((i) => !mine.has(i.id) && (i.partners.includes(iso3) || viaItems.has(i.id)))
    .map((i) => i.id);
}
const spans = (p: PillarId) => (m: {pillar: PillarId; pillars?: readonly PillarId[]}) =>
  (m.pillars ?? [m.pillar]).includes(p);
const cardsIn = (el: Element, section: string) =>
  $$(el, `[data-section="${section}"] foip-initiative-card`).map((c) => c.getAttribute('initiative'));

async function country(attrs: string, lang: Locale = 'en'): Promise<FoipCountry> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<foip-country ${attrs}></foip-country>`;
  const el = wrapper.firstElementChild as FoipCountry;
  await settled(el);
  return el;
}

describe('<foip-country>', () => {
  it('counts and lists match the dataset for every country of the document', async () => {
    const el = await country('country="PHL"');
    for (const {iso3} of dataset.countries) {
      el.country = iso3;
      await settled(el);
      const mine = own(iso3);
      const items = placedItems(iso3);
      const areas = $$(el, '.area');
      if (mine.length + items.length === 0) {
        expect(areas, iso3).to.have.length(0);
      } else {
        const counts = areas.map((a) => [
          Number(a.dataset.pillar),
          text(a.querySelector('[data-count=initiatives]')),
          text(a.querySelector('[data-count=items]')),
        ]);
        expect(counts, iso3).to.deep.equal(
          pillars.map((p) => [
            p.id,
            `Initiatives: ${mine.filter((i) => i.pillar === p.id).length}`,
            `Map items: ${items.filter(spans(p.id)).length}`,
          ]),
        );
      }
      expect(cardsIn(el, 'initiatives'), iso3).to.deep.equal(mine.map((i) => i.id));
      // Grouped by area, each group under its own area.
      for (const group of $$(el, '[data-section=initiatives] .pillar-group')) {
        const ids = [...group.querySelectorAll('foip-initiative-card')].map((c) => c.getAttribute('initiative'));
        expect(ids.every((id) => initiatives.find((i) => i.id === id)!.pillar === Number(group.dataset.pillar))).to.be
          .true;
      }
      expect($$(el, '[data-section=items] li').map(readAloud), iso3).to.have.length(items.length);
      expect(cardsIn(el, 'partnerships'), iso3).to.deep.equal(partnerOf(iso3));
      for (const region of regions.filter((r) => r.members.includes(iso3))) {
        const ids = new Set(mine.map((i) => i.id));
        const expected = initiatives.filter((i) => i.regions.includes(region.id) && !ids.has(i.id)).map((i) => i.id);
        expect(cardsIn(el, `region-${region.id}`), `${iso3} ${region.id}`).to.deep.equal(expected);
      }
      expect($(el, '[part=problem]'), iso3).to.be.null;
    }
  });

  const MYANMAR = {
    en: ['The document names no initiative for Myanmar.', 'Covered as a member of ASEAN (region-wide items)'],
    ja: ['この資料では、ミャンマーを対象とする取組の記載はありません。', 'ASEANの一員として対象（広域の取組）'],
  };
  const MONGOLIA = {
    en: 'The document names no initiative for Mongolia.',
    ja: 'モンゴル',
  };
  for (const lang of ['en', 'ja'] as const) {
    it(`Myanmar, named only through ASEAN (${lang}): nothing of its own, ASEAN's items under ASEAN`, async () => {
      const el = await inLang<FoipCountry>(lang, html`<foip-country country="mmr"></foip-country>`);
      await settled(el);
      expect(own('MMR')).to.have.length(0);
      expect(cardsIn(el, 'initiatives')).to.have.length(0);
      expect($(el, '[data-section=areas]')).to.be.null;
      const summary = text($(el, '[part=summary]'));
      if (lang === 'en') expect(summary).to.contain(MYANMAR.en[0]);
      else expect(summary).to.contain('ミャンマー');
      expect(summary).to.contain('ASEAN');
      expect(text($(el, '#region-asean-heading'))).to.equal(MYANMAR[lang][1]);
      const asean = initiatives.filter((i) => i.regions.includes('asean')).map((i) => i.id);
      expect(cardsIn(el, 'region-asean')).to.deep.equal(asean);
      expect(text($(el, '[part=heading]'))).to.equal(
        lang === 'en'
          ? 'Japan and Myanmar under the Free and Open Indo-Pacific'
          : '「自由で開かれたインド太平洋」における日本とミャンマー',
      );
      await expect(el).to.be.accessible();
    });

    it(`Mongolia, outside the document (${lang}): the honest sentence, no error, no sections`, async () => {
      const {warnings, restore} = captureWarnings();
      const el = await inLang<FoipCountry>(lang, html`<foip-country country="MN"></foip-country>`);
      await settled(el);
      restore();
      expect(warnings).to.deep.equal([]);
      expect($(el, '[part=problem]')).to.be.null;
      expect(text($(el, '[part=summary]'))).to.contain(MONGOLIA[lang]);
      expect($$(el, '[part=section]')).to.have.length(0);
      expect($(el, 'svg.locator')!.getAttribute('role')).to.equal('img');
      await expect(el).to.be.accessible();
    });
  }

  it('names its source: the document and the pages its records cite, in both languages; none for Mongolia', async () => {
    const {edition} = dataset;
    const phl = await country('country="PHL"');
    const line = text($(phl, '[part=source]'));
    expect(line).to.contain(edition.source.title.en);
    const [, first, last = first] = /pages? (\d+)(?:–(\d+))?/u.exec(line) ?? [];
    expect(first, line).to.not.equal(undefined);
    for (const i of own('PHL')) {
      expect(i.source!.page, i.id).to.be.within(Number(first), Number(last));
    }
    const ja = await country('country="PHL"', 'ja');
    expect(text($(ja, '[part=source]'))).to.contain(edition.source.title.ja);
    const mongolia = await country('country="MNG"');
    const none = text($(mongolia, '[part=source]'));
    expect(none).to.contain(edition.source.title.en);
    expect(none).to.not.match(/page/u);
  });

  it('takes alpha-2, any case and full width', async () => {
    for (const given of ['ph', 'ＰＨＬ', 'Phl']) {
      const el = await country(`country="${given}"`);
      expect($(el, '.country')!.dataset.country, given).to.equal('PHL');
    }
  });

  it('a bad country: the message with suggestions and one warning', async () => {
    const {warnings, restore} = captureWarnings();
    const el = await country('country="Philipines"');
    el.requestUpdate();
    await el.updateComplete;
    restore();
    const message = text($(el, '[part=problem]'));
    expect(message).to.contain('Unknown country "Philipines"');
    expect(message).to.contain('PHL');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('country="Philipines"');
  });

  it('sections: shows what is asked, in its own order; a bad token is a message and one warning', async () => {
    const el = await country('country="PHL" sections="map summary"');
    expect($(el, '[part=summary]')).to.exist;
    expect($(el, 'svg.locator')).to.exist;
    expect($$(el, '[part=section]')).to.have.length(0);
    const {warnings, restore} = captureWarnings();
    el.sections = 'summary cards';
    await el.updateComplete;
    restore();
    expect(text($(el, '[part=problem]'))).to.contain('cards');
    expect(warnings).to.have.length(1);
  });

  it('the locator: Japan and the country drawn, a small state gets its marker, named as an image', async () => {
    const phl = await country('country="PHL"');
    const svg = $(phl, 'svg.locator')!;
    expect(svg.getAttribute('aria-label')).to.equal('Map locating the Philippines and Japan');
    expect(svg.querySelector('.land.home')!.getAttribute('d')).to.not.equal('');
    expect(svg.querySelectorAll('path.country').length).to.be.greaterThan(0);
    const [x, y, w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    const box = (svg.querySelector('path.country') as SVGPathElement).getBBox();
    expect(box.x >= x && box.x + box.width <= x + w && box.y >= y && box.y + box.height <= y + h).to.be.true;
    // A large country is its outline; a small state (Nauru) is a marker too, as on the map.
    const idn = await country('country="IDN"');
    expect($(idn, 'svg.locator path.country')).to.exist;
    expect($(idn, 'svg.locator .marker')).to.be.null;
    const nru = await country('country="NRU"');
    expect($(nru, 'svg.locator .marker')).to.exist;
  });

  it('follows a map by for: a country selected on the map is shown', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <foip-map id="main-map"></foip-map><foip-country for="main-map" country="PHL"></foip-country>
      </div>`,
    );
    const map = wrapper.querySelector<FoipMap>('foip-map')!;
    const el = wrapper.querySelector<FoipCountry>('foip-country')!;
    await settled(map);
    await settled(el);
    shadow(map)
      .querySelector('#place-IDN')!
      .dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    await map.updateComplete;
    await settled(el);
    expect(el.getAttribute('country')).to.equal('IDN');
    expect(text($(el, '[part=heading]'))).to.equal('Japan and Indonesia under the Free and Open Indo-Pacific');
  });

  it('one landmark named by its heading; sections are headings one level below', async () => {
    const el = await country('country="PHL" heading-level="3"');
    const region = $(el, 'section.country')!;
    expect(text(shadow(el).getElementById(region.getAttribute('aria-labelledby')!))).to.equal(
      'Japan and the Philippines under the Free and Open Indo-Pacific',
    );
    expect($(el, '#heading')!.getAttribute('aria-level')).to.equal('3');
    const levels = $$(el, '[part=section] > [role=heading]').map((h) => h.getAttribute('aria-level'));
    expect(levels.length).to.be.greaterThan(2);
    expect(new Set(levels)).to.deep.equal(new Set(['4']));
    await expect(el).to.be.accessible();
  });

  it('320 px: the summary and the locator stack, cards in one column', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en" style="width: 320px"><foip-country country="PHL"></foip-country></div>`,
    );
    const el = wrapper.firstElementChild as FoipCountry;
    await settled(el);
    const summary = $(el, '[part=summary]')!.getBoundingClientRect();
    const locator = $(el, '.locator-frame')!.getBoundingClientRect();
    expect(locator.top).to.be.at.least(summary.bottom);
    const cards = $$(el, '[data-section=initiatives] .cards > li').map((c) => c.getBoundingClientRect().left);
    expect(new Set(cards).size).to.equal(1);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('keyboard: Tab reaches every card link, in order', async () => {
    const el = await country('country="PHL" card-href="#{id}" sections="initiatives"');
    const ids = own('PHL').map((i) => i.id);
    const reached: string[] = [];
    const start = document.createElement('button');
    el.before(start);
    start.focus();
    for (let i = 0; i < ids.length; i++) {
      await sendKeys({press: 'Tab'});
      const card = shadow(el).activeElement as HTMLElement | null;
      reached.push(card?.getAttribute('initiative') ?? '');
    }
    start.remove();
    expect(reached).to.deep.equal(ids);
  });

  it('Japan itself: named once in the heading and the locator, in both languages', async () => {
    const en = await country('country="JPN"');
    expect(text($(en, '[part=heading]'))).to.equal('Japan under the Free and Open Indo-Pacific');
    expect($(en, 'svg.locator')!.getAttribute('aria-label')).to.equal('Map locating Japan');
    const ja = await country('country="JPN"', 'ja');
    expect(text($(ja, '[part=heading]'))).to.equal('「自由で開かれたインド太平洋」における日本');
  });

  it('url-key: a shared link opens the country; a bad one is ignored with a warning', async () => {
    const original = location.href;
    try {
      const url = new URL(location.href);
      url.searchParams.set('embassy-country', 'IDN');
      history.replaceState(null, '', url.href);
      const el = await country('url-key="embassy" country="PHL"');
      expect($(el, '.country')!.dataset.country).to.equal('IDN');
      url.searchParams.set('embassy-country', 'nowhere');
      history.replaceState(null, '', url.href);
      const {warnings, restore} = captureWarnings();
      const other = await country('url-key="embassy" country="PHL"');
      restore();
      expect($(other, '.country')!.dataset.country).to.equal('PHL');
      expect($(other, '[part=problem]')).to.be.null;
      expect(warnings).to.have.length(1);
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('print: the summary and the locator side by side on paper, where the screen stacks them', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en" style="width: 500px"><foip-country country="PHL"></foip-country></div>`,
    );
    const el = wrapper.firstElementChild as FoipCountry;
    await settled(el);
    const beside = () =>
      $(el, '.locator-frame')!.getBoundingClientRect().top < $(el, '[part=summary]')!.getBoundingClientRect().bottom;
    expect(beside(), 'screen, 500 px').to.be.false;
    const print = mediaRules(shadow(el), 'print');
    expect(print.found).to.be.at.least(1);
    const undo = print.apply();
    expect(beside(), 'print').to.be.true;
    undo();
  });

  it('axe finds nothing for the Philippines in Japanese, cards as links included', async () => {
    const el = await country('country="PHL" card-href="#{id}"', 'ja');
    expect($$(el, 'foip-initiative-card').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
