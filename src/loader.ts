/**
 * The browser folder's entry, `dist/browser/foip-widgets.js`: a page pays only for the widgets it
 * shows. Each `foip-*` element is defined when its tag first appears in the document (or in a shadow
 * root passed to `discover`), by importing that element's chunk; chunks share lit, the data and the
 * texts, and are resolved against this module's own URL, so the folder works under any path.
 *
 * Tolerates what a CMS page does: a tag added later by a script is found by a MutationObserver;
 * an element already defined (the one file, or another copy) is not loaded again; a second copy of
 * the loader hands its work to the first, so chunks are not fetched twice.
 */
const chunks = {
  'foip-country': () => import('./foip-country.js'),
  'foip-initiative-card': () => import('./foip-initiative-card.js'),
  'foip-initiative-list': () => import('./foip-initiative-list.js'),
  'foip-map': () => import('./foip-map.js'),
  'foip-partners': () => import('./foip-partners.js'),
  'foip-pillars': () => import('./foip-pillars.js'),
  'foip-vision': () => import('./foip-vision.js'),
};

type Tag = keyof typeof chunks;
/** What one copy of the loader offers another on the same page. */
interface Loader {
  discover(root: ParentNode): Promise<void>;
}

const SHARED = Symbol.for('foip-widgets.loader');
const shared = globalThis as typeof globalThis & {[SHARED]?: Loader};

function start(): Loader {
  const pending = new Set(Object.keys(chunks) as Tag[]);
  const loading = new Map<Tag, Promise<unknown>>();
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void scan(node);
  });

  function load(tag: Tag): Promise<unknown> {
    let done = loading.get(tag);
    if (!done) {
      pending.delete(tag);
      // Defined already by the one file or another copy of the library: nothing to fetch.
      done = customElements.get(tag)
        ? Promise.resolve()
        : chunks[tag]().catch((error: unknown) => {
            console.error(`foip-widgets: <${tag}> could not be loaded`, error);
          });
      loading.set(tag, done);
      if (!pending.size) observer.disconnect();
    }
    return done;
  }

  /** Loads every element found in `root` (itself included); resolves when they are defined. */
  async function scan(root: ParentNode): Promise<void> {
    const found = new Set<Tag>();
    if (root instanceof Element && Object.hasOwn(chunks, root.localName)) found.add(root.localName as Tag);
    const selector = [...pending].join(',');
    if (selector) for (const element of root.querySelectorAll(selector)) found.add(element.localName as Tag);
    await Promise.all([...found].map(load));
  }

  return {
    discover(root) {
      if (pending.size) observer.observe(root, {childList: true, subtree: true});
      return scan(root);
    },
  };
}

const loader = (shared[SHARED] ??= start());

/**
 * Watches `root` (an open shadow root, or any part of the document) for `foip-*` tags as the
 * document itself is watched, and defines those already in it. The returned promise resolves when
 * they are defined (a chunk that fails to load is reported on the console, not thrown).
 */
export const discover = (root: ParentNode): Promise<void> => loader.discover(root);

void discover(document);
