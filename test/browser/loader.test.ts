// The browser folder (dist/browser/, issue 20) as a page meets it: built by `npm run build`, which
// `npm test` runs before these tests. A page fetches the loader and the chunks of the elements it
// shows, nothing from another origin, under a strict Content-Security-Policy.
import {expect} from '@open-wc/testing';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};
type Frame = {win: Window & {__violations: string[]}; doc: Document; remove(): void};

const LOADER = '/dist/browser/foip-widgets.js';
const ELEMENT_CHUNK = /\/chunks\/(foip-[a-z-]+)-[\w-]{8}\.js$/u;

async function until(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(done(), what).to.be.true;
}

/** A page of test/loader/ in a frame, once every foip-* element in it is defined and has rendered. */
async function page(path: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.width = '1100';
  frame.height = '900';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Frame['win'];
  const doc = frame.contentDocument!;
  await rendered(
    win,
    [...doc.querySelectorAll<Widget>('*')].filter((el) => el.localName.startsWith('foip-')),
  );
  return {win, doc, remove: () => frame.remove()};
}

async function rendered(win: Window, widgets: Widget[]): Promise<void> {
  await until(() => widgets.every((el) => win.customElements.get(el.localName)), 'every element defined');
  for (const el of widgets) await el.updateComplete;
  for (const el of widgets) {
    expect(el.shadowRoot!.children.length, `${el.localName} rendered`).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[part=problem]'), `${el.localName} without error`).to.be.null;
  }
}

/** The URLs the frame fetched, and the elements whose chunks were among them. */
function fetched(win: Window): {urls: URL[]; elements: string[]} {
  const urls = win.performance.getEntriesByType('resource').map((r) => new URL(r.name));
  const elements = urls.map((u) => ELEMENT_CHUNK.exec(u.pathname)?.[1]).filter((t): t is string => !!t);
  return {urls, elements: elements.sort()};
}

describe('the browser folder (loader and chunks)', () => {
  before(async () => {
    const response = await fetch(LOADER);
    expect(response.ok, `${LOADER} exists: run \`npm run build\` first`).to.be.true;
  });

  it('a page fetches the loader and the chunks of the elements it shows, from its own origin, with no CSP violation', async () => {
    const {win, doc, remove} = await page('/test/loader/page.html');
    try {
      const {urls, elements} = fetched(win);
      expect(urls.filter((u) => u.origin !== location.origin).map(String)).to.deep.equal([]);
      expect(elements).to.deep.equal(['foip-initiative-card', 'foip-map']);
      // The card speaks Japanese: the Japanese texts of the widgets on the page were fetched.
      expect(urls.some((u) => /\/chunks\/ja-initiative-card-/u.test(u.pathname))).to.be.true;
      expect(
        ['foip-country', 'foip-partners', 'foip-pillars', 'foip-vision'].filter((t) => win.customElements.get(t)),
      ).to.deep.equal([]);
      expect(win.__violations).to.deep.equal([]);
      // The Japanese page's card speaks Japanese; the English section's map English.
      expect(doc.querySelector('foip-initiative-card')!.shadowRoot!.textContent).to.match(/[ぁ-んァ-ン一-龯]/u);
      expect(doc.querySelector('foip-map')!.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.match(
        /[A-Za-z]/u,
      );
    } finally {
      remove();
    }
  });

  it('a page of the partners alone fetches their chunk and their Japanese texts, and draws the cards they show', async () => {
    const {win, doc, remove} = await page('/test/loader/partners.html');
    try {
      const {urls, elements} = fetched(win);
      expect(urls.filter((u) => u.origin !== location.origin).map(String)).to.deep.equal([]);
      // The partners' chunk defines the compact card: the card's own chunk is not fetched.
      expect(elements).to.deep.equal(['foip-partners']);
      expect(
        urls.some((u) => /\/chunks\/ja-partners-/u.test(u.pathname)),
        'Japanese texts',
      ).to.be.true;
      const cards = [
        ...doc.querySelector('foip-partners')!.shadowRoot!.querySelectorAll<Widget>('foip-initiative-card'),
      ];
      expect(cards.length, 'cards of the preselected partner').to.be.greaterThan(0);
      await rendered(win, cards);
      expect(cards[0].shadowRoot!.textContent).to.match(/[ぁ-んァ-ン一-龯]/u);
      expect(['foip-country', 'foip-map', 'foip-pillars'].filter((t) => win.customElements.get(t))).to.deep.equal([]);
      // A violation is reported in a task of its own, after the render that caused it.
      await new Promise((r) => setTimeout(r, 100));
      expect(win.__violations).to.deep.equal([]);
    } finally {
      remove();
    }
  });

  it('a tag a CMS script adds later is defined, in the document and in a shadow root passed to discover()', async () => {
    const {win, doc, remove} = await page('/test/loader/page.html');
    try {
      const block = doc.createElement('div');
      block.innerHTML = '<p>News</p><foip-vision layout="compact"></foip-vision>';
      doc.body.append(block);
      await rendered(win, [block.querySelector<Widget>('foip-vision')!]);

      // An open shadow root is not watched until the page asks (a MutationObserver sees no further).
      const host = doc.createElement('div');
      doc.body.append(host);
      const shadow = host.attachShadow({mode: 'open'});
      shadow.innerHTML = '<foip-pillars></foip-pillars>';
      await new Promise((r) => setTimeout(r, 300));
      expect(win.customElements.get('foip-pillars'), 'not yet discovered').to.be.undefined;
      const {foipDiscover} = win as unknown as {foipDiscover: (root: ParentNode) => Promise<void>};
      await foipDiscover(shadow);
      await rendered(win, [shadow.querySelector<Widget>('foip-pillars')!]);
      // Then the shadow root is watched: a tag added to it later is defined too.
      shadow.append(doc.createElement('foip-country'));
      shadow.lastElementChild!.setAttribute('country', 'PHL');
      await rendered(win, [shadow.lastElementChild as Widget]);
      shadow.append(doc.createElement('foip-partners'));
      await rendered(win, [shadow.lastElementChild as Widget]);
      expect(win.__violations).to.deep.equal([]);
    } finally {
      remove();
    }
  });

  it('the folder works under any path: its chunks come from beside the loader', async () => {
    const {win, remove} = await page('/test/loader/other-path.html');
    try {
      const chunks = fetched(win).urls.filter((u) => u.pathname.includes('/chunks/'));
      expect(chunks.length).to.be.greaterThan(0);
      expect(chunks.filter((u) => !u.pathname.startsWith('/test/loader/copy/chunks/')).map(String)).to.deep.equal([]);
      expect(win.__violations).to.deep.equal([]);
    } finally {
      remove();
    }
  });

  it('two copies of the folder on one page: the second hands its tags to the first, each chunk is fetched once', async () => {
    const {win, remove} = await page('/test/loader/two-copies.html');
    try {
      const {urls, elements} = fetched(win);
      expect(elements).to.deep.equal(['foip-initiative-card', 'foip-vision']);
      // A page in English: no Japanese texts.
      expect(urls.filter((u) => u.pathname.includes('/chunks/ja-')).map(String)).to.deep.equal([]);
      const chunks = urls.filter((u) => u.pathname.includes('/chunks/'));
      expect(chunks.filter((u) => u.pathname.startsWith('/test/loader/copy/')).map(String), 'from the second copy').to
        .be.empty;
      expect(new Set(chunks.map(String)).size, 'no chunk twice').to.equal(chunks.length);
      expect(win.__violations).to.deep.equal([]);
    } finally {
      remove();
    }
  });

  it('beside the one file, loaded first: the loader fetches no element chunk', async () => {
    const {win, remove} = await page('/test/loader/beside-one-file.html');
    try {
      expect(fetched(win).elements).to.deep.equal([]);
      expect(win.__violations).to.deep.equal([]);
    } finally {
      remove();
    }
  });

  it('beside the one file, loaded after: every element works, the first definition kept', async () => {
    const {win, doc, remove} = await page('/test/loader/one-file-after.html');
    try {
      expect(fetched(win).elements).to.deep.equal(['foip-initiative-card', 'foip-map']);
      // The one file defined the rest: a tag it alone knows still upgrades.
      doc.body.insertAdjacentHTML('beforeend', '<foip-vision layout="compact"></foip-vision>');
      await rendered(win, [doc.body.lastElementChild as Widget]);
      expect(win.__violations).to.deep.equal([]);
    } finally {
      remove();
    }
  });
});
