/**
 * Shared by the browser tests: rendering and settling, events, console capture, what a reader gets
 * (text, text read aloud), frames and media rules. Import it in every browser test file (see below).
 */
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

/**
 * An element has rendered, and so has every foip-* element it renders (a list's cards): what a reader
 * meets once the page is idle.
 */
export async function settled(el: Element & {updateComplete: Promise<unknown>}): Promise<void> {
  await el.updateComplete;
  const nested = [...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((e) => e.localName.startsWith('foip-'));
  await Promise.all(nested.map((e) => (e as unknown as {updateComplete: Promise<unknown>}).updateComplete));
}

/** Resolves after `count` animation frames: what layout, observers and `content-visibility` wait for. */
export async function frames(count = 1): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Records the `type` events that reach `target` (they bubble out of the element) until `stop` is called. */
export function recordEvents<E extends Event = Event>(
  type: string,
  target: EventTarget = document,
): {events: E[]; stop: () => void} {
  const events: E[] = [];
  const listener = (e: Event) => events.push(e as E);
  target.addEventListener(type, listener);
  return {events, stop: () => target.removeEventListener(type, listener)};
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

/** The text a screen reader reads of a node: without what is aria-hidden (a glyph beside its name). */
export function readAloud(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden=true]')) hidden.remove();
  return text(copy);
}

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

/** A page of test/csp/ in a 1100 × 900 frame, once its entry script has marked it ready (`data-ready`). */
export async function loadFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.width = '1100';
  frame.height = '900';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const doc = frame.contentDocument!;
  for (let i = 0; i < 200 && doc.documentElement.dataset.ready !== 'true'; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return frame;
}
