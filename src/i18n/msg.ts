/**
 * Per-element translation on top of @lit/localize.
 *
 * @lit/localize keeps one global locale and `configureLocalization` throws if called twice on a
 * page (lit/lit#1661). A widget library cannot own that global: the host page, or a second copy of
 * foip-widgets, may own it, and two widgets on one page may speak different languages. So we never
 * configure it. Instead `msg` below has the very type of @lit/localize's `msg` (that type is how
 * `lit-localize extract` finds the strings, so XLIFF extraction works unchanged) and looks each
 * string up in the locale of the element that is rendering: `FoipElement` wraps its synchronous
 * `update()` in `withLocale()`. Translations are lit-localize's, split by widget into
 * `./locales/ja/` (scripts/split-locales.ts), and imported when an element first speaks Japanese
 * (`FoipElement` waits for `japaneseReady()` before such an update): a page in English never
 * fetches them (3.6 kB of a map's 67), nor lit-localize's lookup that hashes a message to find its
 * template (japanese.ts, 0.35 kB of every page): in English `msg` returns the English as written. A page in Japanese
 * fetches only its widgets' texts.
 */
import type {msg as litMsg} from '@lit/localize';
import {defaultMsg} from '@lit/localize/internal/default-msg.js';
import type {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';

import type {Locale} from '../data/types.js';
import type {lookupIn} from './japanese.js';

export {str} from '@lit/localize/internal/str-tag.js';

let current: Locale = 'en';

/** Runs `fn` with `msg` answering in `locale`; nests and restores. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = current;
  current = locale;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** The locale `msg` answers in right now. */
export const currentLocale = (): Locale => current;

type Templates = NonNullable<Parameters<typeof runtimeMsg>[0]>;

/** The Japanese templates loaded so far: the shared ones, and each loaded widget's. */
const ja: Templates = {};

type Lookup = ReturnType<typeof lookupIn>;
type Load = () => Promise<{templates: Templates; lookupIn?: (templates: Templates) => Lookup}>;
/** Japanese templates of the widgets on the page, not yet loaded. */
const unloaded = new Set<Load>();
let loading: Promise<void> | undefined;
/** The lookup in `ja`, loaded with the shared Japanese texts (japanese.ts). */
let lookup: Lookup | undefined;

/**
 * Registers a widget's Japanese templates (`() => import('./locales/ja/<widget>.js')`); its module
 * calls this when it loads. They are fetched when an element first speaks Japanese.
 */
export function addTranslations(load: Load): void {
  unloaded.add(load);
}
addTranslations(() => import('./japanese.js'));

/**
 * Resolves once every Japanese template registered so far is loaded; undefined when they are.
 * A file that fails to load (blocked, offline) is reported once and left out: the element then
 * renders, in English where a template is missing, never a blank box.
 */
export function japaneseReady(): Promise<void> | undefined {
  if (!unloaded.size) return undefined;
  return (loading ??= Promise.all(
    [...unloaded].map(async (load) => {
      try {
        const loaded = await load();
        Object.assign(ja, loaded.templates);
        lookup ??= loaded.lookupIn?.(ja);
      } catch (error) {
        console.error('foip-widgets: Japanese texts could not be loaded', error);
      } finally {
        unloaded.delete(load);
      }
    }),
  ).then(() => {
    loading = undefined;
  }));
}

/** lit-localize's answer without translations, typed apart from `msg` (extraction finds msg calls by their type). */
const asWritten: (template: Parameters<typeof litMsg>[0]) => ReturnType<typeof litMsg> = defaultMsg;

export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) =>
  current === 'ja' && lookup ? lookup(template as never, options) : asWritten(template)) as typeof litMsg;
