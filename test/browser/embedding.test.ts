// What a webmaster's page sees: a strict Content-Security-Policy, no network calls, and the
// library loaded twice by two plugins.
import {expect} from '@open-wc/testing';

import {FoipMap} from '../../src/components/map/map.js';
import {FoipInitiativeCard} from '../../src/foip-initiative-card.js';
import {define} from '../../src/internal/define.js';
import '../../src/index.js';
// For its afterEach hook: a failed assertion on an element reports instead of hanging the run.
import {captureWarnings, frames, loadFrame} from '../helpers.js';

const TAGS = [
  'foip-vision',
  'foip-pillars',
  'foip-initiative-card',
  'foip-initiative-list',
  'foip-map',
  'foip-partners',
];
type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/**
 * A block of the page (`dir`, `lang`, inline style as given) holding `tags` (every widget unless
 * told), each with `lang` if given and the card with an initiative; resolved once they have rendered.
 */
async function pageBlock(
  block: {dir?: string; lang?: string; style?: string},
  lang?: string,
  tags: readonly string[] = TAGS,
): Promise<{host: HTMLElement; widgets: Widget[]}> {
  const host = document.createElement('div');
  if (block.dir) host.dir = block.dir;
  if (block.lang) host.lang = block.lang;
  host.style.cssText = block.style ?? '';
  host.innerHTML = tags
    .map(
      (tag) =>
        `<${tag}${lang ? ` lang="${lang}"` : ''}${tag === 'foip-initiative-card' ? ' initiative="osa-expansion"' : ''}></${tag}>`,
    )
    .join('');
  document.body.append(host);
  const widgets = [...host.children] as Widget[];
  for (const widget of widgets) await widget.updateComplete;
  return {host, widgets};
}

describe('embedding', () => {
  it('renders every widget under a strict Content-Security-Policy with no violation and no cross-origin request', async () => {
    const frame = await loadFrame('/test/csp/page.html');
    try {
      const win = frame.contentWindow as Window & {__violations: string[]};
      const doc = frame.contentDocument!;
      expect(doc.documentElement.dataset.ready, 'widgets rendered').to.equal('true');
      expect(win.__violations).to.deep.equal([]);
      for (const tag of ['foip-vision', 'foip-initiative-card', 'foip-initiative-list', 'foip-map', 'foip-partners']) {
        const root = doc.querySelector(tag)!.shadowRoot!;
        expect(root.children.length, `${tag} rendered`).to.be.greaterThan(0);
        expect(root.querySelector('[part=problem]'), `${tag} without error`).to.be.null;
      }
      // Adopted stylesheets apply under the policy (an inline style="" would have been blocked).
      const card = doc.querySelector('foip-initiative-card')!.shadowRoot!.querySelector('.card')!;
      expect(win.getComputedStyle(card).borderInlineStartWidth).to.equal('6px');
      const origins = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).origin);
      expect(origins.filter((o) => o !== location.origin)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it("a page's inherited layout is not the widgets': right to left, centred, indented, unwrapped", async () => {
    // An embassy's Arabic page, in a CMS block that centres, indents and does not wrap its text.
    const {host, widgets} = await pageBlock(
      {dir: 'rtl', lang: 'ar', style: 'inline-size: 700px; text-align: center; text-indent: 3em; white-space: nowrap'},
      'en',
    );
    try {
      for (const el of widgets) {
        const tag = el.localName;
        const style = getComputedStyle(el.shadowRoot!.firstElementChild!);
        expect(
          [style.direction, style.textAlign, style.textIndent, style.whiteSpace],
          `${tag} reads left to right, from the start, wrapped`,
        ).to.deep.equal(['ltr', 'start', '0px', 'normal']);
        // Unwrapped, a widget's sentences ran out of its box, and the page's.
        expect(el.scrollWidth, `${tag} within its 700 px`).to.be.at.most(700);
      }
    } finally {
      host.remove();
    }
  });

  it('on a page in another language, a widget marks its English as English (WCAG 3.1.2), its message too', async () => {
    // An embassy's French page with the tags pasted without lang: they speak English, and a screen
    // reader must read them so, not with a French voice.
    const warnings = captureWarnings();
    const {host, widgets} = await pageBlock({lang: 'fr'});
    try {
      // With a bad-input message too.
      host.insertAdjacentHTML('beforeend', '<foip-map view="moon"></foip-map>');
      const broken = host.lastElementChild as Widget;
      await broken.updateComplete;
      for (const el of [...widgets, broken]) {
        const content = el.shadowRoot!.firstElementChild!;
        expect(content.textContent!.trim(), `${el.localName} says something`).to.not.equal('');
        expect(content.matches(':lang(en)'), `${el.localName}'s ${content.className} read as English`).to.be.true;
      }
      expect(broken.shadowRoot!.querySelector('[part=problem]')).to.exist;
    } finally {
      warnings.restore();
      host.remove();
    }
  });

  it('a page that breaks words anywhere (word-break: break-all, common on Japanese sites) breaks no English word', async () => {
    const {
      host,
      widgets: [card],
    } = await pageBlock({style: 'inline-size: 340px; word-break: break-all'}, 'en', ['foip-initiative-card']);
    try {
      const walker = document.createTreeWalker(card.shadowRoot!, NodeFilter.SHOW_TEXT);
      const split: string[] = [];
      let words = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent!.matchAll(/[A-Za-z]{4,}/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          words++;
          if (range.getClientRects().length > 1) split.push(match[0]);
        }
      }
      expect(words, 'words read').to.be.above(50);
      expect(split, 'words broken across lines').to.deep.equal([]);
    } finally {
      host.remove();
    }
  });

  it('on a right-to-left page, a margin the page sets on the tag keeps the page’s direction', async () => {
    const {
      host,
      widgets: [card],
    } = await pageBlock({dir: 'rtl', style: 'inline-size: 800px'}, 'en', ['foip-initiative-card']);
    try {
      card.style.cssText = 'margin-inline-start: 100px; max-inline-size: 500px';
      const outer = host.getBoundingClientRect();
      const box = card.getBoundingClientRect();
      // Right to left, inline-start is the right: 100 px there, the rest of the 800 on the left.
      expect(outer.right - box.right, 'gap on the right').to.be.closeTo(100, 1);
      expect(box.left - outer.left, 'gap on the left').to.be.closeTo(200, 1);
      expect(getComputedStyle(card.shadowRoot!.firstElementChild!).direction, 'its content').to.equal('ltr');
    } finally {
      host.remove();
    }
  });

  it('a page written vertically (tategaki) leaves the widgets horizontal', async () => {
    const {host, widgets} = await pageBlock({lang: 'ja', style: 'writing-mode: vertical-rl; block-size: 900px'}, 'ja');
    try {
      for (const el of widgets) {
        expect(getComputedStyle(el.shadowRoot!.firstElementChild!).writingMode, el.localName).to.equal('horizontal-tb');
      }
    } finally {
      host.remove();
    }
  });

  it('a page without a doctype (quirks mode) lays the widgets out as a standard page does', async () => {
    const frame = await loadFrame('/test/csp/quirks.html');
    let host: HTMLElement | undefined;
    try {
      const doc = frame.contentDocument!;
      expect(doc.compatMode, 'the legacy page is in quirks mode').to.equal('BackCompat');
      expect(doc.documentElement.dataset.ready, 'widgets rendered').to.equal('true');
      // The same widgets in this standards-mode page, at the same width.
      const tags = ['foip-initiative-card', 'foip-map'];
      const block = await pageBlock(
        {lang: 'en', style: `inline-size: ${doc.querySelector('.column')!.clientWidth}px`},
        undefined,
        tags,
      );
      host = block.host;
      for (const [i, tag] of tags.entries()) {
        const quirky = doc.querySelector<Widget>(tag)!;
        const standard = block.widgets[i];
        await quirky.updateComplete;
        await frames(2);
        // A card once stretched to the window's height there (a percentage height resolved against it).
        expect(quirky.getBoundingClientRect().height, `${tag}'s height`).to.be.closeTo(
          standard.getBoundingClientRect().height,
          2,
        );
      }
    } finally {
      frame.remove();
      host?.remove();
    }
  });

  it('content inside the tag is the fallback: shown until the element is defined, then neither seen nor read', async () => {
    // A tag of its own, defined during the test: the page as a reader without the script sees it.
    const tag = 'foip-fallback-map-test';
    const host = document.createElement('div');
    host.innerHTML = `<${tag} lang="en"><p><a href="/foip.pdf">Free and Open Indo-Pacific (PDF)</a></p></${tag}>`;
    document.body.append(host);
    try {
      const el = host.firstElementChild as FoipMap;
      const link = el.querySelector('a')!;
      expect(link.getClientRects().length, 'fallback shown before the script runs').to.be.greaterThan(0);
      define(tag, class extends FoipMap {});
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg.map'), 'the widget drew').to.exist;
      expect(link.getClientRects().length, 'fallback no longer rendered').to.equal(0);
      expect(el.shadowRoot!.querySelector('slot'), 'no slot that would bring it back').to.be.null;
    } finally {
      host.remove();
    }
  });

  it('a second definition of a tag (a second copy of the library) is a no-op, not an error', () => {
    const original = console.info;
    const notes: string[] = [];
    console.info = (message: string) => notes.push(message);
    try {
      class SecondCopy extends FoipInitiativeCard {}
      expect(() => define('foip-initiative-card', SecondCopy)).not.to.throw();
      expect(customElements.get('foip-initiative-card')).to.equal(FoipInitiativeCard);
      expect(notes).to.have.length(1);
      expect(notes[0]).to.contain('<foip-initiative-card> is already defined');
    } finally {
      console.info = original;
    }
  });
});
