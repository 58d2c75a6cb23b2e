/** Shared by the browser tests: fixtures in a given language and theme, and console capture. */
import {fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';

import type {Locale} from '../src/data/types.js';

/**
 * A failed `expect(element)…` carries the element as the error's `actual`, and the test runner, sending
 * results from the browser, tries to serialize it with the whole page behind it: the run then hangs
 * until its timeout with no report. Every test file that imports these helpers reports a description instead.
 */
afterEach(function () {
  const err = this.currentTest?.err as (Error & {actual?: unknown; expected?: unknown}) | undefined;
  if (!err) return;
  for (const key of ['actual', 'expected'] as const) {
    const value = err[key];
    if (value instanceof Element) err[key] = `<${value.localName}${value.id ? ` id="${value.id}"` : ''}>`;
    else if (value instanceof Node) err[key] = value.nodeName;
  }
});

/** Renders `template` inside a wrapper with `lang`, as an embassy page section would be. */
export async function inLang<T extends Element>(lang: Locale, template: TemplateResult): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>${template}</div>`);
  const el = wrapper.firstElementChild as T & {updateComplete?: Promise<unknown>};
  await el.updateComplete;
  return el;
}

/** Records console.warn calls while `fn` runs (and until `restore` is called). */
export function captureWarnings(): {warnings: string[]; restore: () => void} {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return {warnings, restore: () => (console.warn = original)};
}

/** Text of a node with whitespace collapsed, as a reader sees it. */
export const text = (node: Element | ShadowRoot | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/**
 * An element's own `@media <condition>` rules, to apply to the screen: media emulation needs CDP, which
 * Firefox lacks here. `apply()` adds them to the shadow root and returns what takes them off again.
 */
export function mediaRules(root: ShadowRoot, condition: string): {found: number; apply: () => () => void} {
  const squash = (t: string) => t.replace(/\s/gu, '');
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
    .filter((rule) => squash(rule.conditionText) === squash(condition));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.flatMap((rule) => [...rule.cssRules].map((r) => r.cssText)).join('\n'));
  return {
    found: rules.length,
    apply: () => {
      const before = root.adoptedStyleSheets;
      root.adoptedStyleSheets = [...before, sheet];
      return () => (root.adoptedStyleSheets = before);
    },
  };
}
