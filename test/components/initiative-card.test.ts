import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

import '../../src/foip-initiative-card.js';
import type {FoipInitiativeCard} from '../../src/foip-initiative-card.js';
import {dataset} from '../../src/data/index.js';
import {FoipInitiativeSelectEvent} from '../../src/events/events.js';
import {suggest} from '../../src/internal/attributes.js';
import {contrast, computed} from '../contrast.js';
import {captureWarnings, inLang, shadow, text} from '../helpers.js';

const cables = dataset.initiatives.find((i) => i.text.ja.includes('ツバル'))!;
const osa = dataset.initiatives.find((i) => i.text.ja.includes('沿岸監視レーダー'))!;
const card = (id: string) => html`<foip-initiative-card initiative=${id}></foip-initiative-card>`;

describe('<foip-initiative-card>', () => {
  it('renders a real record in English: pillar glyph and title, title, text, countries, partners, source', async () => {
    const el = await inLang<FoipInitiativeCard>('en', card(cables.id));
    const root = shadow(el);
    expect(text(root.querySelector('[part=glyph]'))).to.equal('①');
    expect(text(root.querySelector('[part=pillar]'))).to.contain(dataset.pillars[0].title.en);
    expect(text(root.querySelector('[part=title]'))).to.equal(cables.title.en);
    expect(text(root.querySelector('[part=text]'))).to.equal(cables.text.en);
    const facts = text(root.querySelector('[part=facts]'));
    expect(facts).to.contain('Tuvalu').and.contain('Federated States of Micronesia');
    expect(facts).to.contain('Taiwan').and.contain('Australia');
    expect(text(root.querySelector('[part=source]')))
      .to.contain(dataset.edition.source.title.en)
      .and.contain('page 4');
    expect(root.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('names the priority area as the document does, glyph once: "Priority area ① …" / 「重点分野① …」', async () => {
    const [pillar] = dataset.pillars;
    const en = await inLang<FoipInitiativeCard>('en', card(cables.id));
    expect(text(shadow(en).querySelector('[part=pillar]'))).to.equal(
      `Priority area ${pillar.glyph} ${pillar.title.en}`,
    );
    const ja = await inLang<FoipInitiativeCard>('ja', card(cables.id));
    const line = shadow(ja).querySelector('[part=pillar]')!;
    expect(text(line)).to.equal(`重点分野${pillar.glyph} ${pillar.title.ja}`);
    // The glyph is the badge, read with the words: nothing in the line is hidden from a screen reader.
    expect(line.querySelector('[part=glyph]')!.textContent).to.equal(pillar.glyph);
    expect(line.querySelector('[aria-hidden]')).to.be.null;
    // Compact: the badge shows the glyph; the words are read, not shown.
    const compact = await inLang<FoipInitiativeCard>(
      'ja',
      html`<foip-initiative-card initiative=${cables.id} variant="compact"></foip-initiative-card>`,
    );
    const hidden = shadow(compact).querySelector('[part=pillar] .visually-hidden');
    expect(text(hidden)).to.equal(`重点分野${pillar.glyph}`);
    expect(shadow(compact).querySelector('[part=glyph]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('writes the source line as a sentence in each language', async () => {
    const {title, publisher} = dataset.edition.source;
    const page = cables.source.page;
    const en = await inLang<FoipInitiativeCard>('en', card(cables.id));
    expect(text(shadow(en).querySelector('[part=source]'))).to.equal(
      `Source: ${title.en}, page ${page} (${publisher.en}). Dataset edition of 25 November 2026.`,
    );
    const ja = await inLang<FoipInitiativeCard>('ja', card(cables.id));
    expect(text(shadow(ja).querySelector('[part=source]'))).to.equal(
      `出典：${title.ja}（${publisher.ja}）${page}ページ。データ作成日：2026年11月25日。`,
    );
  });

  it("labels its facts in Japanese with the document's words: 国・地域, 連携先, ツール", async () => {
    // A record with every fact but implementers (their row is tested below).
    const full = dataset.initiatives.find(
      (i) => i.countries.length && i.partners.length && i.instruments.length && !i.implementers?.length,
    )!;
    const el = await inLang<FoipInitiativeCard>('ja', card(full.id));
    const terms = [...shadow(el).querySelectorAll('[part=facts] dt')].map((dt) => text(dt));
    expect(terms).to.deep.equal(['国・地域', '連携先', 'ツール']);
  });

  it('writes organisations by their full Japanese names', async () => {
    const banks = dataset.initiatives.find((i) => i.partners.includes('adb'))!;
    const el = await inLang<FoipInitiativeCard>('ja', card(banks.id));
    expect(text(shadow(el).querySelector('[part=facts]'))).to.contain('アジア開発銀行（ADB）');
    const quantum = dataset.initiatives.find((i) => i.implementers?.includes('aist'))!;
    const aist = await inLang<FoipInitiativeCard>('ja', card(quantum.id));
    expect(text(shadow(aist).querySelector('[part=facts]'))).to.contain('産業技術総合研究所（産総研）');
  });

  it('names Japan’s own implementers apart from its partners: 産総研 and ラピダス are not partners, A*STAR is', async () => {
    const quantum = dataset.initiatives.find((i) => i.text.ja.includes('ラピダス'))!;
    for (const [lang, partnersLabel, implementersLabel] of [
      ['en', 'Partners', 'Japanese implementers'],
      ['ja', '連携先', '日本側の実施主体'],
    ] as const) {
      const el = await inLang<FoipInitiativeCard>(lang, card(quantum.id));
      const rows = new Map(
        [...shadow(el).querySelectorAll('[part=facts] dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]),
      );
      const name = (id: string) => dataset.organisations.find((o) => o.id === id)!.name[lang];
      expect(rows.get(partnersLabel), lang).to.equal(name('astar'));
      expect(rows.get(implementersLabel), lang).to.contain(name('aist')).and.contain(name('rapidus'));
    }
  });

  it('renders the same record in Japanese, chrome and content', async () => {
    const el = await inLang<FoipInitiativeCard>('ja', card(cables.id));
    const root = shadow(el);
    expect(text(root.querySelector('[part=text]'))).to.equal(cables.text.ja);
    expect(text(root.querySelector('[part=pillar]'))).to.contain('重点分野①');
    expect(text(root.querySelector('[part=facts]')))
      .to.contain('ツバル')
      .and.contain('連携先');
    expect(text(root.querySelector('[part=source]')))
      .to.contain('出典：')
      .and.contain('4ページ');
  });

  it('compact shows pillar, title and countries only', async () => {
    const el = await fixture<FoipInitiativeCard>(
      html`<foip-initiative-card initiative=${osa.id} variant="compact"></foip-initiative-card>`,
    );
    const root = shadow(el);
    expect(root.querySelector('[part=glyph]')).to.exist;
    expect(root.querySelector('[part=title]')).to.exist;
    expect(text(root.querySelector('[part=facts]'))).to.contain('Djibouti');
    expect(root.querySelector('[part=text]')).to.be.null;
    expect(root.querySelector('[part=source]')).to.be.null;
  });

  it('without href the title is heading text: no button, no link, no tab stop', async () => {
    for (const variant of ['full', 'compact']) {
      const el = await fixture<FoipInitiativeCard>(
        html`<foip-initiative-card initiative=${osa.id} variant=${variant}></foip-initiative-card>`,
      );
      const root = shadow(el);
      const title = root.querySelector('[role=heading] > [part=title]')!;
      expect(text(title)).to.equal(osa.title.en);
      expect(title.localName).to.equal('span');
      expect(root.querySelectorAll('button, a, [tabindex]')).to.have.length(0);
    }
  });

  it('a click anywhere on the card fires foip-initiative-select once, bubbling and composed', async () => {
    const el = await fixture<FoipInitiativeCard>(card(osa.id));
    const body = shadow(el).querySelector<HTMLElement>('[part=text]')!;
    setTimeout(() => body.click());
    const event = await oneEvent(document, 'foip-initiative-select');
    expect(event).to.be.instanceOf(FoipInitiativeSelectEvent);
    expect((event as unknown as FoipInitiativeSelectEvent).initiative).to.equal(osa.id);
    expect(event.bubbles && event.composed).to.be.true;

    let count = 0;
    el.addEventListener('foip-initiative-select', () => count++);
    shadow(el).querySelector<HTMLElement>('[part=title]')!.click();
    expect(count).to.equal(1);
  });

  it('with href the title is a link, fired once on click and on Enter; cancelling the event stops navigation', async () => {
    const el = await fixture<FoipInitiativeCard>(
      html`<foip-initiative-card initiative=${osa.id} href="#osa"></foip-initiative-card>`,
    );
    const link = shadow(el).querySelector<HTMLAnchorElement>('[role=heading] > a[part=title]')!;
    expect(link.getAttribute('href')).to.equal('#osa');
    expect(text(link)).to.equal(osa.title.en);
    expect(shadow(el).querySelectorAll('button')).to.have.length(0);

    const events: FoipInitiativeSelectEvent[] = [];
    const stay = (e: Event) => {
      events.push(e as FoipInitiativeSelectEvent);
      e.preventDefault();
    };
    document.addEventListener('foip-initiative-select', stay);
    const before = location.hash;
    try {
      link.click();
      link.focus();
      await sendKeys({press: 'Enter'});
      expect(events.map((e) => e.initiative)).to.deep.equal([osa.id, osa.id]);
      expect(location.hash).to.equal(before);
    } finally {
      document.removeEventListener('foip-initiative-select', stay);
    }
  });

  it('selected marks the card current: aria-current on its link, or on the card without one', async () => {
    const el = await fixture<FoipInitiativeCard>(
      html`<foip-initiative-card initiative=${osa.id} variant="compact" selected></foip-initiative-card>`,
    );
    const article = () => shadow(el).querySelector('article')!;
    expect(article().getAttribute('aria-current')).to.equal('true');
    el.href = '#osa';
    await el.updateComplete;
    expect(shadow(el).querySelector('a[part=title]')!.getAttribute('aria-current')).to.equal('true');
    expect(article().hasAttribute('aria-current')).to.be.false;
    el.selected = false;
    await el.updateComplete;
    expect(shadow(el).querySelector('[aria-current]')).to.be.null;
    expect(el.hasAttribute('selected')).to.be.false;
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`the selected card's mark stands out at 3:1 from the card and the page behind it (${theme})`, async () => {
      const el = await fixture<FoipInitiativeCard>(
        html`<foip-initiative-card initiative=${osa.id} theme=${theme} selected></foip-initiative-card>`,
      );
      const box = shadow(el).querySelector('article')!;
      const mark = computed(box, 'border-top-color');
      const surface = computed(box, 'background-color');
      expect(mark).to.not.equal(computed(box, 'color'));
      expect(contrast(mark, surface), `${mark} on ${surface}`).to.be.at.least(3);
      el.selected = false;
      await el.updateComplete;
      expect(computed(box, 'border-top-color'), 'the mark goes with the selection').to.not.equal(mark);
    });
  }

  for (const lang of ['en', 'ja'] as const) {
    it(`fits a 360 px column with a link title and the selection mark (${lang})`, async () => {
      const wrapper = await inLang<HTMLElement>(
        lang,
        html`<div class="column">
          <foip-initiative-card initiative=${cables.id} href="#cables" selected></foip-initiative-card>
        </div>`,
      );
      const style = document.createElement('style');
      style.textContent = '.column { inline-size: 360px; }';
      wrapper.append(style);
      const el = wrapper.querySelector<FoipInitiativeCard>('foip-initiative-card')!;
      await el.updateComplete;
      const right = el.getBoundingClientRect().right;
      expect(el.getBoundingClientRect().width).to.equal(360);
      for (const node of shadow(el).querySelectorAll('article *'))
        expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right + 0.5);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
    });
  }

  it('a compact card that names no country or region has no empty description list', async () => {
    const unplaced = dataset.initiatives.filter((i) => i.countries.length + i.regions.length === 0);
    expect(unplaced.length).to.be.above(0);
    for (const i of unplaced) {
      const el = await fixture<FoipInitiativeCard>(
        html`<foip-initiative-card initiative=${i.id} variant="compact"></foip-initiative-card>`,
      );
      expect(shadow(el).querySelector('dl'), i.id).to.be.null;
      const full = await fixture<FoipInitiativeCard>(card(i.id));
      for (const dl of shadow(full).querySelectorAll('dl'))
        expect(dl.querySelectorAll('dt').length, i.id).to.be.above(0);
    }
  });

  it('the article is not named after its title (read once, by the heading)', async () => {
    const el = await fixture<FoipInitiativeCard>(card(osa.id));
    const article = shadow(el).querySelector('article')!;
    expect(article.hasAttribute('aria-labelledby')).to.be.false;
    expect(article.hasAttribute('aria-label')).to.be.false;
  });

  it('follows a runtime change of its own lang, an ancestor lang and <html lang>', async () => {
    const wrapper = await fixture<HTMLElement>(html`<section lang="ja">${card(cables.id)}</section>`);
    const el = wrapper.querySelector<FoipInitiativeCard>('foip-initiative-card')!;
    const title = () => text(shadow(el).querySelector('[part=title]'));
    expect(title()).to.equal(cables.title.ja);
    wrapper.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(title()).to.equal(cables.title.en);
    el.setAttribute('lang', 'ja');
    await el.updateComplete;
    expect(title()).to.equal(cables.title.ja);
    el.removeAttribute('lang');
    wrapper.removeAttribute('lang');
    const page = document.documentElement;
    const original = page.getAttribute('lang');
    page.setAttribute('lang', 'ja');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    try {
      expect(title()).to.equal(cables.title.ja);
    } finally {
      if (original === null) page.removeAttribute('lang');
      else page.setAttribute('lang', original);
    }
  });

  it('two cards in different languages on one page are both right', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <div lang="ja">${card(cables.id)}</div>
        <div lang="en">${card(cables.id)}</div>
      </div>`,
    );
    const [ja, en] = [...page.querySelectorAll<FoipInitiativeCard>('foip-initiative-card')];
    await Promise.all([ja.updateComplete, en.updateComplete]);
    expect(text(shadow(ja).querySelector('[part=title]'))).to.equal(cables.title.ja);
    expect(text(shadow(en).querySelector('[part=title]'))).to.equal(cables.title.en);
  });

  it('an unknown id shows a localized message and warns once, naming attribute and value', async () => {
    const capture = captureWarnings();
    try {
      const el = await inLang<FoipInitiativeCard>('ja', card('no-such-thing'));
      const problem = shadow(el).querySelector('[part=problem]');
      const examples = suggest(
        'no-such-thing',
        dataset.initiatives.map((i) => i.id),
      ).join('、');
      expect(text(problem)).to.equal(
        `このFOIPウィジェットを表示できません。 initiative属性に「no-such-thing」は指定できません。取組のIDを指定してください（例：${examples}）。`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(capture.warnings).to.have.length(1);
      expect(capture.warnings[0]).to.contain('initiative="no-such-thing"');
    } finally {
      capture.restore();
    }
  });

  it('says what is wrong politely in Japanese: 「…」は指定できません, the choices, a full stop', async () => {
    const capture = captureWarnings();
    try {
      const variant = await inLang<FoipInitiativeCard>(
        'ja',
        html`<foip-initiative-card initiative=${osa.id} variant="huge"></foip-initiative-card>`,
      );
      expect(text(shadow(variant).querySelector('[part=problem]'))).to.equal(
        'このFOIPウィジェットを表示できません。 variant属性に「huge」は指定できません。fullまたはcompactを指定してください。',
      );
      const theme = await inLang<FoipInitiativeCard>(
        'ja',
        html`<foip-initiative-card initiative=${osa.id} theme="purple"></foip-initiative-card>`,
      );
      expect(text(shadow(theme).querySelector('[part=problem]'))).to.equal(
        'このFOIPウィジェットを表示できません。 theme属性に「purple」は指定できません。auto、light、darkのいずれかを指定してください。',
      );
    } finally {
      capture.restore();
    }
  });

  it('a bad variant or theme shows a message; a valid change recovers', async () => {
    const capture = captureWarnings();
    try {
      const el = await fixture<FoipInitiativeCard>(
        html`<foip-initiative-card initiative=${osa.id} variant="huge"></foip-initiative-card>`,
      );
      expect(text(shadow(el).querySelector('[part=problem]'))).to.contain('huge');
      el.variant = 'compact';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=problem]')).to.be.null;
      el.setAttribute('theme', 'purple');
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part=problem]'))).to.contain('purple');
      expect(capture.warnings.map((w) => w.split(' ')[1])).to.deep.equal(['variant="huge"', 'theme="purple"']);
    } finally {
      capture.restore();
    }
  });

  it('takes a data override, and rejects an invalid one with a message', async () => {
    const edited = structuredClone(dataset) as unknown as {initiatives: {title: {en: string}}[]};
    edited.initiatives[0].title.en = 'A partner edition title';
    const el = await fixture<FoipInitiativeCard>(card(dataset.initiatives[0].id));
    el.data = edited;
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[part=title]'))).to.equal('A partner edition title');

    const capture = captureWarnings();
    try {
      el.data = {pillars: 'nope'};
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part=problem]'))).to.contain('not a valid FOIP dataset');
      expect(capture.warnings[0]).to.contain('data=');
      el.data = undefined;
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part=title]'))).to.equal(dataset.initiatives[0].title.en);
    } finally {
      capture.restore();
    }
  });

  for (const lang of ['en', 'ja'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible in ${lang}, ${theme}`, async () => {
        const el = await inLang<FoipInitiativeCard>(
          lang,
          html`<foip-initiative-card initiative=${cables.id} theme=${theme}></foip-initiative-card>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  }
});
