import {expect, fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';

import '../../src/foip-vision.js';
import type {FoipVision} from '../../src/foip-vision.js';
import {dataset} from '../../src/data/index.js';
import type {Locale} from '../../src/data/types.js';
import {captureWarnings, frames, inLang, shadow, text} from '../helpers.js';

const vision = (layout?: string) => html`<foip-vision layout=${layout ?? 'full'}></foip-vision>`;

/** Texts of the principles' labels, in document order. */
const principleLabels = (el: Element) =>
  [...shadow(el).querySelectorAll('[part=principle]')].map((li) => text(li.querySelector('.label')));
const statementTexts = (el: Element, part: 'concepts' | 'features') =>
  [...shadow(el).querySelectorAll(`[part=${part}] li`)].map((li) => text(li));

/** Renders inside a container of a given width and language, as in a page's column. */
async function inWidth(width: number, lang: Locale, template: TemplateResult): Promise<FoipVision> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} style="width: ${width}px">${template}</div>`);
  const el = wrapper.firstElementChild as FoipVision;
  await el.updateComplete;
  return el;
}

describe('<foip-vision>', () => {
  it('renders the dataset in English: title, subtitle, 5 principles in order, 3 concepts, 3 features, source', async () => {
    const el = await inLang<FoipVision>('en', vision());
    const root = shadow(el);
    expect(text(root.querySelector('[part=title]'))).to.equal(dataset.title.en);
    expect(text(root.querySelector('[part=subtitle]'))).to.equal(dataset.subtitle.en);
    expect(principleLabels(el)).to.deep.equal(['Freedom', 'Openness', 'Diversity', 'Inclusiveness', 'Rule of law']);
    expect(statementTexts(el, 'concepts')).to.deep.equal(dataset.concepts.map((c) => c.text.en));
    expect(statementTexts(el, 'features')).to.deep.equal(dataset.features.map((f) => f.text.en));
    expect(text(root.querySelector('[part=concepts] [role=heading]'))).to.equal('Basic concepts');
    expect(text(root.querySelector('[part=features] [role=heading]'))).to.equal('Features of the evolved FOIP');
    const {title, publisher} = dataset.edition.source;
    expect(text(root.querySelector('[part=source]'))).to.equal(
      `Source: ${title.en}, pages 1–2 (${publisher.en}). Dataset edition of 25 November 2026.`,
    );
    expect(publisher.en).to.equal('Government of Japan');
    expect(root.querySelector('[part=toggle]')).to.be.null;
  });

  it('renders the dataset in Japanese, content and chrome', async () => {
    const el = await inLang<FoipVision>('ja', vision());
    const root = shadow(el);
    expect(text(root.querySelector('[part=title]'))).to.equal('進化した「自由で開かれたインド太平洋」');
    expect(text(root.querySelector('[part=subtitle]'))).to.equal(dataset.subtitle.ja);
    expect(principleLabels(el)).to.deep.equal(['自由', '開放性', '多様性', '包摂性', '法の支配']);
    expect(statementTexts(el, 'concepts')).to.deep.equal(dataset.concepts.map((c) => c.text.ja));
    expect(statementTexts(el, 'features')).to.deep.equal(dataset.features.map((f) => f.text.ja));
    expect(text(root.querySelector('[part=concepts] [role=heading]'))).to.equal('基本的考え方');
    expect(text(root.querySelector('[part=features] [role=heading]'))).to.equal('「進化版FOIP」の特徴');
    expect(text(root.querySelector('[part=principles] [role=heading]'))).to.equal('国際秩序の基盤となる5つの原則');
    // 出典：title（publisher）pages。データ作成日：date。 — one sentence as a MOFA page writes it.
    expect(text(root.querySelector('[part=source]'))).to.equal(
      '出典：進化した「自由で開かれたインド太平洋」（日本国政府）1～2ページ。データ作成日：2026年11月25日。',
    );
    expect(root.querySelector('article')!.getAttribute('lang')).to.equal('ja');
  });

  it('has an accessible structure: headings one level apart, a named list of principles, decorative drawing hidden', async () => {
    const el = await inLang<FoipVision>('en', vision());
    const root = shadow(el);
    const headings = [...root.querySelectorAll('[role=heading]')].map((h) => [h.getAttribute('aria-level'), text(h)]);
    expect(headings).to.deep.equal([
      ['2', dataset.title.en],
      ['3', 'The 5 principles of the international order'],
      ['3', 'Basic concepts'],
      ['3', 'Features of the evolved FOIP'],
    ]);
    const article = root.querySelector('article')!;
    expect(root.getElementById(article.getAttribute('aria-labelledby')!)).to.equal(
      root.querySelector('[role=heading]'),
    );

    const list = root.querySelector('[part=principles] ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    const name = root.getElementById(list.getAttribute('aria-labelledby')!);
    expect(text(name)).to.equal('The 5 principles of the international order');
    expect(list.querySelectorAll(':scope > li')).to.have.length(5);
    // Everything drawn is hidden from assistive technology; only the labels are read.
    for (const li of list.querySelectorAll('li')) {
      const read = [...li.querySelectorAll('*')].filter((n) => !n.closest('[aria-hidden=true]'));
      expect(read.map((n) => n.className)).to.deep.equal(['shaft', 'label']);
    }
    const svgs = [...root.querySelectorAll('svg')];
    expect(svgs.length).to.be.greaterThan(0);
    for (const svg of svgs) expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(root.querySelector('.steps')!.getAttribute('aria-hidden')).to.equal('true');
    // Strict CSP: no inline styles anywhere.
    expect(root.querySelectorAll('[style]')).to.have.length(0);
  });

  it('heading-level moves the whole outline', async () => {
    const el = await fixture<FoipVision>(html`<foip-vision heading-level="4"></foip-vision>`);
    const levels = [...shadow(el).querySelectorAll('[role=heading]')].map((h) => h.getAttribute('aria-level'));
    expect(levels).to.deep.equal(['4', '5', '5', '5']);
    el.headingLevel = 6;
    await el.updateComplete;
    const clamped = [...shadow(el).querySelectorAll('[role=heading]')].map((h) => h.getAttribute('aria-level'));
    expect(clamped).to.deep.equal(['6', '6', '6', '6']);
  });

  it('compact keeps title, principles and features, drops the concepts, and clamps the features to two lines', async () => {
    const el = await inWidth(320, 'en', vision('compact'));
    const root = shadow(el);
    expect(text(root.querySelector('[part=title]'))).to.equal(dataset.title.en);
    expect(principleLabels(el)).to.have.length(5);
    expect(root.querySelector('[part=concepts]')).to.be.null;
    // The full text stays in the document for screen readers; it is only shortened on screen.
    expect(statementTexts(el, 'features')).to.deep.equal(dataset.features.map((f) => f.text.en));

    const paragraphs = () => [...root.querySelectorAll<HTMLElement>('[part=features] .text')];
    const lineHeight = parseFloat(getComputedStyle(paragraphs()[0]).lineHeight);
    const clampedHeights = paragraphs().map((p) => p.getBoundingClientRect().height);
    for (const h of clampedHeights) expect(h).to.be.at.most(lineHeight * 2 + 1);

    const toggle = root.querySelector<HTMLButtonElement>('[part=toggle]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root.getElementById(toggle.getAttribute('aria-controls')!)).to.equal(
      root.querySelector('[part=features] ul'),
    );
    expect(text(toggle)).to.equal('Show full text');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Hide full text');
    const fullHeights = paragraphs().map((p) => p.getBoundingClientRect().height);
    fullHeights.forEach((h, i) => expect(h).to.be.greaterThan(clampedHeights[i] + lineHeight));
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('compact in Japanese: labels and toggle are translated', async () => {
    const el = await inLang<FoipVision>('ja', vision('compact'));
    expect(principleLabels(el)).to.deep.equal(dataset.principles.map((p) => p.label.ja));
    expect(statementTexts(el, 'features')).to.deep.equal(dataset.features.map((f) => f.text.ja));
    expect(text(shadow(el).querySelector('[part=toggle]'))).to.equal('全文を表示');
    expect(shadow(el).querySelector('[part=concepts]')).to.be.null;
  });

  for (const lang of ['en', 'ja'] as const) {
    for (const width of [320, 480, 660, 760, 1000]) {
      it(`the principles fit a ${width} px column, words whole (${lang})`, async () => {
        const el = await inWidth(width, lang, vision());
        await frames();
        const root = shadow(el);
        const article = root.querySelector('article')!;
        expect(article.scrollWidth).to.be.at.most(article.clientWidth);
        const labels = [...root.querySelectorAll<HTMLElement>('[part=principle] .label')];
        const vertical = getComputedStyle(labels[0]).writingMode.startsWith('vertical');
        // Block size of a label: its height, or its width when the text runs vertically.
        const block = (l: HTMLElement) =>
          vertical ? l.getBoundingClientRect().width : l.getBoundingClientRect().height;
        const oneLine = Math.min(...labels.map(block));
        for (const label of labels) {
          const r = label.getBoundingClientRect();
          const column = label.closest('li')!.getBoundingClientRect();
          // The plaque may overhang its column by 0.25rem a side, as the capital does.
          expect(r.left, label.textContent!).to.be.at.least(column.left - 4.5);
          expect(r.right, label.textContent!).to.be.at.most(column.right + 4.5);
          expect(label.scrollWidth).to.be.at.most(label.clientWidth + 1);
          expect(label.scrollHeight).to.be.at.most(label.clientHeight + 1);
          // A one-word label is never broken inside the word.
          if (!/\s/u.test(label.textContent!.trim()))
            expect(block(label), label.textContent!).to.be.at.most(oneLine + 1);
        }
      });
    }
  }

  it('counts the principles with the plural English needs, from the data: "The 1 principle" / 「1つの原則」', async () => {
    const one = structuredClone(dataset) as unknown as {principles: unknown[]};
    one.principles = one.principles.slice(0, 1);
    for (const [lang, heading] of [
      ['en', 'The 1 principle of the international order'],
      ['ja', '国際秩序の基盤となる1つの原則'],
    ] as const) {
      const el = await inLang<FoipVision>(lang, vision());
      el.data = one;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=problem]'), 'a valid edition').to.be.null;
      expect(text(shadow(el).querySelector('[part=principles] [role=heading]'))).to.equal(heading);
    }
  });

  it('a longer label from a data override stays inside its column', async () => {
    const edited = structuredClone(dataset) as unknown as {principles: {label: {en: string}}[]};
    edited.principles[2].label.en = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
    const el = await inWidth(1000, 'en', vision());
    el.data = edited;
    await el.updateComplete;
    await frames();
    const label = shadow(el).querySelectorAll<HTMLElement>('[part=principle] .label')[2];
    expect(text(label)).to.equal(edited.principles[2].label.en);
    const r = label.getBoundingClientRect();
    const column = label.closest('li')!.getBoundingClientRect();
    expect(r.left).to.be.at.least(column.left - 4.5);
    expect(r.right).to.be.at.most(column.right + 4.5);
  });

  it('draws the principles as columns side by side when there is room, stacked bands in a narrow English column', async () => {
    const tops = (el: FoipVision) =>
      new Set(
        [...shadow(el).querySelectorAll('[part=principle]')].map((li) => Math.round(li.getBoundingClientRect().top)),
      );
    const wide = await inWidth(1000, 'en', vision());
    expect(tops(wide).size).to.equal(1);
    const narrowJa = await inWidth(320, 'ja', vision());
    expect(tops(narrowJa).size).to.equal(1);
    expect(getComputedStyle(shadow(narrowJa).querySelector('.label')!).writingMode).to.equal('vertical-rl');
    const narrowEn = await inWidth(320, 'en', vision());
    expect(tops(narrowEn).size).to.equal(5);
  });

  it('a bad layout shows a localized message and warns once; a valid layout recovers', async () => {
    const capture = captureWarnings();
    try {
      const el = await inLang<FoipVision>('ja', vision('huge'));
      const problem = shadow(el).querySelector('[part=problem]');
      expect(text(problem)).to.equal(
        'このFOIPウィジェットを表示できません。 layout属性に「huge」は指定できません。fullまたはcompactを指定してください。',
      );
      expect(shadow(el).querySelector('[part=principles]')).to.be.null;
      el.requestUpdate();
      await el.updateComplete;
      expect(capture.warnings).to.have.length(1);
      expect(capture.warnings[0]).to.contain('<foip-vision> layout="huge"').and.contain('full or compact');

      el.layout = 'compact';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=problem]')).to.be.null;
      expect(principleLabels(el)).to.have.length(5);
      expect(capture.warnings).to.have.length(1);
    } finally {
      capture.restore();
    }
  });

  it('the bad-layout message is in English on an English page', async () => {
    const capture = captureWarnings();
    try {
      const el = await inLang<FoipVision>('en', vision('wide'));
      expect(text(shadow(el).querySelector('[part=problem]'))).to.contain(
        'Unknown layout "wide". Use full or compact.',
      );
      expect(capture.warnings).to.have.length(1);
    } finally {
      capture.restore();
    }
  });

  it('takes a data override, and rejects an invalid one with a message', async () => {
    const edited = structuredClone(dataset) as unknown as {
      principles: {label: {en: string}}[];
      features: {text: {en: string}}[];
      concepts: unknown[];
    };
    edited.principles[4].label.en = 'Rule of law (partner edition)';
    edited.features[1].text.en = 'A partner edition feature.';
    edited.concepts.pop();
    const el = await fixture<FoipVision>(vision());
    el.data = edited;
    await el.updateComplete;
    expect(principleLabels(el)[4]).to.equal('Rule of law (partner edition)');
    expect(statementTexts(el, 'features')[1]).to.equal('A partner edition feature.');
    expect(statementTexts(el, 'concepts')).to.have.length(2);

    const capture = captureWarnings();
    try {
      el.data = {principles: 'nope'};
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part=problem]'))).to.contain('not a valid FOIP dataset');
      expect(capture.warnings).to.have.length(1);
      expect(capture.warnings[0]).to.contain('data=');
      el.data = undefined;
      await el.updateComplete;
      expect(principleLabels(el)[4]).to.equal('Rule of law');
    } finally {
      capture.restore();
    }
  });

  it('follows a runtime change of an ancestor lang and of its own lang', async () => {
    const wrapper = await fixture<HTMLElement>(html`<section lang="ja">${vision()}</section>`);
    const el = wrapper.querySelector<FoipVision>('foip-vision')!;
    await el.updateComplete;
    expect(principleLabels(el)[0]).to.equal('自由');
    wrapper.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(principleLabels(el)[0]).to.equal('Freedom');
    expect(text(shadow(el).querySelector('[part=concepts] [role=heading]'))).to.equal('Basic concepts');
    expect(shadow(el).querySelector('article')!.getAttribute('lang')).to.equal('en');
    el.setAttribute('lang', 'ja');
    await el.updateComplete;
    expect(statementTexts(el, 'features')[0]).to.equal(dataset.features[0].text.ja);
    expect(text(shadow(el).querySelector('[part=concepts] [role=heading]'))).to.equal('基本的考え方');
  });

  it('two elements in different languages on one page are both right', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <div lang="ja">${vision()}</div>
        <div lang="en">${vision('compact')}</div>
      </div>`,
    );
    const [ja, en] = [...page.querySelectorAll<FoipVision>('foip-vision')];
    await Promise.all([ja.updateComplete, en.updateComplete]);
    expect(text(shadow(ja).querySelector('[part=title]'))).to.equal(dataset.title.ja);
    expect(text(shadow(ja).querySelector('[part=features] [role=heading]'))).to.equal('「進化版FOIP」の特徴');
    expect(text(shadow(en).querySelector('[part=title]'))).to.equal(dataset.title.en);
    expect(text(shadow(en).querySelector('[part=toggle]'))).to.equal('Show full text');
  });

  for (const lang of ['en', 'ja'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible in ${lang}, ${theme}`, async () => {
        const el = await inLang<FoipVision>(lang, html`<foip-vision theme=${theme}></foip-vision>`);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('is accessible in compact layout, expanded, dark', async () => {
    const el = await inLang<FoipVision>('ja', html`<foip-vision layout="compact" theme="dark"></foip-vision>`);
    shadow(el).querySelector<HTMLButtonElement>('[part=toggle]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
