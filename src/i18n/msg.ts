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
 * `./locales/ja/` (scripts/split-locales.ts) and imported statically: two locales are smaller
 * than a loader, and a widget's entry carries its own strings, not every widget's.
 */
import type {msg as litMsg} from '@lit/localize';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';

import type {Locale} from '../data/types.js';
import {templates as shared} from './locales/ja/shared.js';

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

/** The Japanese templates of the widgets loaded so far: the shared ones, and each widget's. */
const ja: Templates = {...shared};

/** Adds a widget's Japanese templates (`./locales/ja/<widget>.js`); its module calls this when loaded. */
export function addTranslations(templates: Templates): void {
  Object.assign(ja, templates);
}

export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) =>
  runtimeMsg(current === 'ja' ? ja : undefined, template as never, options)) as typeof litMsg;
