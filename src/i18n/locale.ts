/**
 * Which language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots), else `<html lang>`, else English. Embassy pages mix languages by section, so the nearest
 * ancestor wins rather than the page as a whole.
 */
import type {Locale} from '../data/types.js';

export const SOURCE_LOCALE: Locale = 'en';

/** Maps a BCP 47 tag to a supported locale: `ja`, `ja-JP` → ja; `en-GB` → en; anything else → null. */
export function localeFromTag(tag: string | null | undefined): Locale | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/u)[0];
  return primary === 'ja' || primary === 'en' ? primary : null;
}

/** The nearest `lang` attribute at or above `el`, crossing shadow boundaries; null when none. */
export function nearestLang(el: Element): string | null {
  let node: Element | null = el;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null && lang.trim() !== '') return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return null;
}

/** The element's locale. An unsupported language (e.g. `lang="fr"`) falls back to English. */
export function resolveLocale(el: Element): Locale {
  return localeFromTag(nearestLang(el)) ?? SOURCE_LOCALE;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document, so elements
 * follow a runtime language switch of any ancestor. One observer serves every element; it is
 * created with the first subscriber and dropped with the last. Ancestors inside other
 * components' shadow roots are not observed: such hosts can set `lang` on our element itself.
 */
export function observeLang(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
