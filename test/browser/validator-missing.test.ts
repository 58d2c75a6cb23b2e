// A `data` override is validated by a chunk fetched when the first one arrives (src/internal/foip-element.ts).
// In the browser folder that fetch can fail (blocked, offline, the chunk left out of a copy): the widget
// then says so inside itself, in its language, with one console warning, never a blank box or an
// uncaught error. The folder is built by `npm run build`, which `npm test` runs before these tests.
import {expect} from '@open-wc/testing';

import {dataset} from '../../src/data/index.js';
import {text} from '../helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>; data: unknown};
type Win = Window & typeof globalThis & {__violations: string[]};

const PAGE = '/test/loader/no-validator.html';

const MESSAGE = {
  en: 'This FOIP widget cannot be shown. The data given to this widget could not be checked.',
  ja: 'このFOIPウィジェットを表示できません。 このウィジェットに渡されたデータを確認できませんでした。',
} as const;

async function until(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(done(), what).to.be.true;
}

describe('a `data` override when the validator cannot be loaded (browser folder)', () => {
  let frame: HTMLIFrameElement;
  let win: Win;
  let doc: Document;
  const warnings: string[] = [];
  const errors: string[] = [];
  const uncaught: string[] = [];

  before(async () => {
    const response = await fetch('/dist/browser/foip-widgets.js');
    expect(response.ok, 'dist/browser/ exists: run `npm run build` first').to.be.true;
    const missing = await fetch('/test/loader/no-validator/foip-widgets.js');
    expect(missing.ok, 'the copy without the validator serves the loader').to.be.true;

    frame = document.createElement('iframe');
    frame.width = '1100';
    frame.height = '900';
    frame.src = PAGE;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    win = frame.contentWindow as Win;
    doc = frame.contentDocument!;
    win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    win.addEventListener('error', (e) => uncaught.push(String(e.message)));
    win.addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));
    const first = doc.querySelector<Widget>('foip-initiative-card')!;
    await until(() => !!win.customElements.get('foip-initiative-card'), 'the card is defined');
    await first.updateComplete;
    expect(text(first.shadowRoot), 'the card without data renders').to.include('Source');
  });

  after(() => frame.remove());

  /** A card given the document's own edition (valid data, in the frame's realm) before its first render. */
  async function cardWithData(lang: 'en' | 'ja'): Promise<Widget> {
    const el = doc.createElement('foip-initiative-card') as Widget;
    el.setAttribute('initiative', 'osa-expansion');
    el.data = win.structuredClone(dataset);
    doc.querySelector(`section[lang=${lang}]`)!.append(el);
    await until(() => !!el.shadowRoot?.querySelector('[part=problem]'), `the ${lang} card shows a problem`);
    await el.updateComplete;
    return el;
  }

  for (const lang of ['en', 'ja'] as const) {
    it(`a card in ${lang === 'en' ? 'English' : 'Japanese'} says the data could not be checked, with one warning`, async () => {
      const before = warnings.length;
      const el = await cardWithData(lang);
      const problem = el.shadowRoot!.querySelector('[part=problem]')!;
      expect(problem.getAttribute('role')).to.equal('note');
      expect(text(problem)).to.equal(MESSAGE[lang]);
      expect(text(el.shadowRoot), 'nothing but the message: no unchecked data shown').to.equal(MESSAGE[lang]);

      const mine = warnings.slice(before);
      expect(mine, 'one warning').to.have.length(1);
      expect(mine[0]).to.match(
        /^<foip-initiative-card> data="…" could not be checked: \w*Error: .*\bvalidate-[\w-]+\.js\b/u,
      );
      expect(errors, 'no console error').to.deep.equal([]);
      expect(uncaught, 'no uncaught error').to.deep.equal([]);
      expect(win.__violations).to.deep.equal([]);
    });
  }

  /** The validator requests the frame made: all from the copy that lacks it. */
  function validatorRequests(): string[] {
    return win.performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter((path) => /\/chunks\/validate-/u.test(path));
  }

  it('the validator was asked for, from the copy without it', () => {
    const asked = validatorRequests();
    expect(asked.length).to.be.greaterThan(0);
    for (const path of asked) expect(path).to.match(/^\/test\/loader\/no-validator\/chunks\/validate-/u);
  });

  it('the same data given again is tried again: still reported, no second warning, no uncaught error', async () => {
    const el = doc.querySelector<Widget>('section[lang=en] foip-initiative-card')!;
    const before = warnings.length;
    const asked = validatorRequests().length;
    const same = el.data;
    el.data = undefined;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=problem]'), 'without data: the bundled edition').to.equal(null);
    expect(text(el.shadowRoot)).to.include('Source');
    el.data = same;
    await until(() => !!el.shadowRoot!.querySelector('[part=problem]'), 'the problem again');
    await el.updateComplete;
    expect(text(el.shadowRoot)).to.equal(MESSAGE.en);
    expect(warnings.slice(before), 'the same problem is warned of once').to.deep.equal([]);
    expect(uncaught).to.deep.equal([]);
    // A browser that fetches a failed module again (Chromium) did so for the two cards' data; the
    // element must not have kept the failure for this object, so it asked once more. Firefox keeps
    // a failed module for the page's life: one request, whatever the element does.
    if (asked > 1) expect(validatorRequests().length, 'asked again').to.equal(asked + 1);
  });

  it('a card already showing the bundled edition, then given data, shows the message instead', async () => {
    const el = doc.querySelector<Widget>('body > foip-initiative-card')!;
    const before = warnings.length;
    el.data = win.structuredClone(dataset);
    await until(() => !!el.shadowRoot!.querySelector('[part=problem]'), 'the problem');
    await el.updateComplete;
    expect(text(el.shadowRoot)).to.equal(MESSAGE.en);
    expect(warnings.length - before).to.equal(1);
    expect(uncaught).to.deep.equal([]);
  });
});
