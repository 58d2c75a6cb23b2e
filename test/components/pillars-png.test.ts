import {expect, nextFrame} from '@open-wc/testing';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {sendKeys, setViewport} from '@web/test-runner-commands';

import '../../src/foip-pillars.js';
import type {FoipPillars} from '../../src/foip-pillars.js';
import {captureWarnings, inLang, settled, shadow, text} from '../helpers.js';
import {downloadsAfter} from '../downloads.js';
import {near, pixelsOf, rgbOf} from '../picture-pixels.js';
import type {Pixels} from '../picture-pixels.js';

async function render(a: {layout?: string; pillar?: string}, lang: 'en' | 'ja' = 'en'): Promise<FoipPillars> {
  const el = await inLang<FoipPillars>(
    lang,
    html`<foip-pillars layout=${ifDefined(a.layout)} pillar=${ifDefined(a.pillar)}></foip-pillars>`,
  );
  // It measures itself after the first update, and draws again.
  await el.updateComplete;
  await nextFrame();
  await settled(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: FoipPillars, selector: string) =>
  shadow(el).querySelector<T & HTMLElement>(selector)!;
const $$ = (el: FoipPillars, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];

/** Where a client rect lands in the picture (the element's drawing starts at its top-left). */
function inPicture(el: FoipPillars, r: DOMRect, scale: number): [number, number, number, number] {
  const root = $(el, '.root').getBoundingClientRect();
  return [
    (r.left - root.left) * scale,
    (r.top - root.top) * scale,
    (r.right - root.left) * scale,
    (r.bottom - root.top) * scale,
  ];
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const squeeze = (s: string) => s.replace(/\s+/gu, '');

/** The source line at the foot of the picture: ink of its colour across its band. */
function sourceInk(el: FoipPillars, png: Pixels, scale: number): number {
  const source = $(el, '.source');
  const ink = rgbOf(getComputedStyle(source).color);
  return png.count(ink, 0, png.height - source.offsetHeight * scale, png.width, png.height, 40);
}

describe('<foip-pillars> pictures (toSVG, toPNG)', () => {
  before(async () => {
    await setViewport({width: 1200, height: 1000});
  });
  after(async () => {
    await setViewport({width: 800, height: 600});
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: columns as drawn, at twice the size: pillar colours, open cells, the source line`, async () => {
      const el = await render({pillar: '2'}, lang);
      const svg = parse(await el.toSVG());
      expect(svg.querySelector('parsererror'), 'well-formed').to.be.null;
      const root = svg.documentElement;
      const width = Number(root.getAttribute('width'));
      const height = Number(root.getAttribute('height'));
      expect(width).to.equal($(el, '.root').offsetWidth);
      expect(await el.toSVG(), 'colours resolved').not.to.contain('var(');
      // Every line of the source is in the SVG, in the element's language.
      const texts = squeeze([...root.querySelectorAll('text')].map((t) => t.textContent).join(''));
      expect(texts).to.contain(squeeze(text($(el, '.source'))));
      expect(text($(el, '.source'))).to.contain(lang === 'ja' ? '出典' : 'Source');
      // The headers' titles as shown (the hidden "Priority area" for screen readers is not drawn).
      for (const head of $$(el, '.head')) {
        const title = head.querySelector('.title')!;
        const shown = squeeze(text(title)).replace(squeeze(text(title.querySelector('.visually-hidden'))), '');
        expect(texts).to.contain(shown);
      }

      const blob = await el.toPNG();
      expect(blob.type).to.equal('image/png');
      const png = await pixelsOf(blob);
      expect([png.width, png.height], 'the SVG picture × 2').to.deep.equal([width * 2, height * 2]);
      // Each priority area's header is topped by its colour.
      const heads = $$(el, '.head');
      expect(heads).to.have.length(3);
      for (const head of heads) {
        const [x0, y0, x1] = inPicture(el, head.getBoundingClientRect(), 2);
        const colour = rgbOf(getComputedStyle(head).borderTopColor);
        const got = png.at((x0 + x1) / 2, y0 + 4);
        expect(near(got, colour), `${text(head.querySelector('.title'))}: ${got} for ${colour}`).to.be.true;
      }
      // The open area's cells, filled with its colour.
      const cells = $$(el, '.cell[data-open]');
      expect(cells.length, 'open cells').to.be.at.least(3);
      for (const cell of cells) {
        const [x0, y0, x1, y1] = inPicture(el, cell.getBoundingClientRect(), 2);
        const filled = png.count(rgbOf(getComputedStyle(cell).backgroundColor), x0, y0, x1, y1, 3);
        expect(filled / ((x1 - x0) * (y1 - y0)), 'mostly its colour, under its title').to.be.above(0.5);
      }
      expect(sourceInk(el, png, 2), 'ink in the source line').to.be.above(300);
    });
  }

  it('radial: the wheel in its colours, and the source line', async () => {
    const el = await render({layout: 'radial'}, 'ja');
    const svg = parse(await el.toSVG()).documentElement;
    const png = await pixelsOf(await el.toPNG(1));
    expect([png.width, png.height]).to.deep.equal([svg.getAttribute('width'), svg.getAttribute('height')].map(Number));
    for (const arc of $$(el, '.arc[data-kind=pillar]')) {
      const colour = rgbOf(getComputedStyle(arc).fill);
      const [x0, y0, x1, y1] = inPicture(el, arc.getBoundingClientRect(), 1);
      expect(png.count(colour, x0, y0, x1, y1, 3), `priority area ${arc.dataset.pillar}`).to.be.above(1000);
    }
    expect(sourceInk(el, png, 1), 'ink in the source line').to.be.above(100);
  });

  it("carries the page's theme: a priority area's colour set on the element", async () => {
    const el = await render({});
    el.style.setProperty('--foip-color-pillar-2', 'rgb(200, 0, 200)');
    const png = await pixelsOf(await el.toPNG());
    const [x0, y0, x1] = inPicture(el, $$(el, '.head')[1].getBoundingClientRect(), 2);
    expect(near(png.at((x0 + x1) / 2, y0 + 4), [200, 0, 200])).to.be.true;
  });

  it('has "Save picture (SVG)" and "(PNG)" buttons under the source line, reached by Tab, named in both languages; they save', async () => {
    for (const [lang, names] of [
      ['en', ['Save picture (SVG)', 'Save picture (PNG)']],
      ['ja', ['画像を保存（SVG）', '画像を保存（PNG）']],
    ] as const) {
      const el = await render({pillar: '2'}, lang);
      const buttons = $$(el, 'button.picture') as HTMLButtonElement[];
      expect(buttons.map((b) => text(b))).to.deep.equal(names);
      expect(buttons.map((b) => b.getAttribute('part'))).to.deep.equal(['picture', 'picture']);
      expect($(el, '.source').compareDocumentPosition(buttons[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
      buttons[0].focus();
      const svgFiles = await downloadsAfter(() => sendKeys({press: 'Enter'}));
      expect(svgFiles.map((f) => [f.name, f.blob.type])).to.deep.equal([
        ['foip-pillars-priority-area-2.svg', 'image/svg+xml'],
      ]);
      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement, `${lang}: Tab from the SVG button`).to.equal(buttons[1]);
      const files = await downloadsAfter(() => sendKeys({press: 'Enter'}));
      expect(files.map((f) => [f.name, f.blob.type])).to.deep.equal([
        ['foip-pillars-priority-area-2.png', 'image/png'],
      ]);
      const png = await pixelsOf(files[0].blob);
      const svg = parse(await svgFiles[0].blob.text()).documentElement;
      expect([png.width, png.height]).to.deep.equal(
        [svg.getAttribute('width'), svg.getAttribute('height')].map((n) => Number(n) * 2),
      );
    }
  });

  it('rejects while the element shows a problem', async () => {
    const capture = captureWarnings();
    try {
      const el = await render({pillar: '9'});
      const errors: unknown[] = [];
      await el.toPNG().catch((e: unknown) => errors.push(e));
      await el.toSVG().catch((e: unknown) => errors.push(e));
      expect(errors).to.have.length(2);
      expect(errors[0]).to.be.instanceOf(Error);
      expect($$(el, 'button.picture'), 'no buttons').to.have.length(0);
    } finally {
      capture.restore();
    }
  });
});
