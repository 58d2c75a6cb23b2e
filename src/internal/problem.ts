/**
 * What every attribute reader returns (`./attributes.ts`), and the reader of a keyword attribute
 * (`layout="compact"`, `theme="dark"`) that the base element needs for `theme`: apart from the
 * dataset readers, so a widget loads only the messages of the readers it uses.
 */
import {formatChoices} from '../i18n/format.js';
import {currentLocale, msg, str} from '../i18n/msg.js';

/** Something wrong with what the page gave the element. */
export interface Problem {
  /** The attribute or property at fault, e.g. `initiative`. */
  readonly attribute: string;
  /** The offending value as given. */
  readonly value: string;
  /** What was wrong and what is valid, localized; called while rendering. */
  readonly message: () => string;
  /** The same for developers, in English, for the console (after `attribute="value"`). */
  readonly warning: string;
}

/** An attribute read: its value, or why it cannot be used. */
export type Parsed<T> = {readonly value: T; readonly problem: null} | {readonly value: null; readonly problem: Problem};

export const ok = <T>(value: T): Parsed<T> => ({value, problem: null});
export const bad = <T>(problem: Problem): Parsed<T> => ({value: null, problem});

/** One of a fixed set of keywords (`layout="compact"`): "Unknown layout "wide". Use full or compact." */
export function parseOption<T extends string>(
  given: string | null | undefined,
  options: readonly T[],
  attribute: string,
): Parsed<T> {
  const value = String(given ?? '');
  if ((options as readonly string[]).includes(value)) return ok(value as T);
  const [first, second] = options;
  const all = formatChoices('en', options);
  return bad({
    attribute,
    value,
    message: () =>
      options.length === 2
        ? msg(str`Unknown ${attribute} "${value}". Use ${first} or ${second}.`)
        : msg(str`Unknown ${attribute} "${value}". Use ${formatChoices(currentLocale(), options)}.`),
    warning: `is not a ${attribute}; use ${all}`,
  });
}

/**
 * Several of a fixed set of keywords (`sections="summary map"`, spaces or commas), in the set's
 * order, each once; all of them when empty. A wrong token is reported as `parseOption` does.
 */
export function parseOptions<T extends string>(
  given: string | null | undefined,
  options: readonly T[],
  attribute: string,
): Parsed<T[]> {
  const tokens = String(given ?? '')
    .normalize('NFKC')
    .split(/[\s,]+/u)
    .filter(Boolean);
  for (const token of tokens) {
    const one = parseOption(token, options, attribute);
    if (one.problem) return bad({...one.problem, value: String(given)});
  }
  return ok(tokens.length ? options.filter((o) => tokens.includes(o)) : [...options]);
}
