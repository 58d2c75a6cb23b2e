import {expect, fixture, html, oneEvent} from '@open-wc/testing';

import '../../src/foip-initiative-card.js';
import type {FoipInitiativeCard} from '../../src/foip-initiative-card.js';
import {dataset} from '../../src/data/index.js';
import {FoipInitiativeSelectEvent} from '../../src/events/events.js';
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

  it('renders the same record in Japanese, chrome and content', async () => {
    const el = await inLang<FoipInitiativeCard>('ja', card(cables.id));
    const root = shadow(el);
    expect(text(root.querySelector('[part=text]'))).to.equal(cables.text.ja);
    expect(text(root.querySelector('[part=pillar]'))).to.contain('重点分野1：');
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

  it('fires foip-initiative-select once on click and on Enter, bubbling and composed', async () => {
    const el = await fixture<FoipInitiativeCard>(card(osa.id));
    const button = shadow(el).querySelector<HTMLButtonElement>('button[part=title]')!;
    setTimeout(() => button.click());
    const event = await oneEvent(document, 'foip-initiative-select');
    expect(event).to.be.instanceOf(FoipInitiativeSelectEvent);
    expect((event as unknown as FoipInitiativeSelectEvent).initiative).to.equal(osa.id);
    expect(event.bubbles && event.composed).to.be.true;

    let count = 0;
    el.addEventListener('foip-initiative-select', () => count++);
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
    button.click();
    expect(count).to.equal(1);
  });

  it('with href the title is a link; cancelling the event stops navigation', async () => {
    const el = await fixture<FoipInitiativeCard>(
      html`<foip-initiative-card initiative=${osa.id} href="#osa"></foip-initiative-card>`,
    );
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[part=title]')!;
    expect(link.getAttribute('href')).to.equal('#osa');
    el.addEventListener('foip-initiative-select', (e) => e.preventDefault(), {once: true});
    const before = location.hash;
    link.click();
    expect(location.hash).to.equal(before);
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
      expect(text(problem)).to.contain('no-such-thing').and.contain('取組');
      el.requestUpdate();
      await el.updateComplete;
      expect(capture.warnings).to.have.length(1);
      expect(capture.warnings[0]).to.contain('initiative="no-such-thing"');
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
