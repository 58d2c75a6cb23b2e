/**
 * Typing a name jumps to it, as in the APG listbox: letters typed less than a second apart add up.
 * Pure: the clock (any milliseconds, e.g. an event's `timeStamp`) is an argument, so the rule is
 * tested in Node without patching `Date.now`.
 */
import {normalizeForSearch} from '../data/queries.js';

/** How long (ms) after a letter the next one still adds to the name. */
export const TYPEAHEAD_MS = 1000;

/** What has been typed and when. */
export interface Typed {
  readonly text: string;
  readonly at: number;
}

export const NOTHING_TYPED: Typed = {text: '', at: -Infinity};

/** A choice by its names, in every language it can be typed in. */
export interface Named {
  readonly id: string;
  readonly names: readonly string[];
}

/** The names of a choice as typeahead compares them. */
export const searchNames = (names: readonly string[]): string[] => names.map(normalizeForSearch);

/** Whether a letter typed at `now` adds to `typed`: less than a second after it (a clock that ran back starts afresh). */
const within = (typed: Typed, now: number) => now - typed.at >= 0 && now - typed.at < TYPEAHEAD_MS;

/** What is typed after `char` at `now`. */
export const typeOn = (typed: Typed, char: string, now: number): Typed => ({
  text: (within(typed, now) ? typed.text : '') + char,
  at: now,
});

/**
 * The choice a typed text names: a whole name first (「インド」 is India, though 「インドネシア」
 * comes first in the list), else the first whose name starts with it.
 */
export function matchTyped(typed: string, choices: readonly Named[]): Named | undefined {
  const text = normalizeForSearch(typed);
  return choices.find((c) => c.names.includes(text)) ?? choices.find((c) => c.names.some((n) => n.startsWith(text)));
}

/**
 * Whether a space or hyphen typed at `now` belongs to the name being typed: a space always does
 * while a name is being typed, as in the APG listbox; a hyphen when a name goes on with it, so
 * 「-」 after 「Fiji」 still zooms out.
 */
export function continuesName(typed: Typed, char: string, now: number, choices: readonly Named[]): boolean {
  if (typed.text === '' || !within(typed, now)) return false;
  if (char === ' ') return true;
  const text = normalizeForSearch(typed.text + char);
  return choices.some((c) => c.names.some((n) => n.startsWith(text)));
}
