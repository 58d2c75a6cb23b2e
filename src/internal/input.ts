/** Helpers for reading what a page gives an element: attribute lists, suggestions, headings. */
import {html} from 'lit';
import type {TemplateResult} from 'lit';

/** Splits a list attribute such as `pillar="1 3"` or `country="PHL,IDN"`. */
export function listAttribute(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/u).filter(Boolean);
}

function distance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The `count` valid values closest to a wrong one, for "did you mean" messages. */
export function suggest(value: string, valid: readonly string[], count = 3): string[] {
  const v = value.toLowerCase();
  return [...valid]
    .map((option) => ({option, d: option.includes(v) && v ? 0 : distance(v, option.toLowerCase())}))
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map((s) => s.option);
}

/**
 * A heading at a page-chosen level. `role="heading"` with `aria-level` instead of a dynamic tag:
 * the same semantics without lit's static-html module.
 */
export function heading(level: number, id: string, content: unknown): TemplateResult {
  return html`<div role="heading" aria-level=${headingLevel(level)} id=${id} class="heading">${content}</div>`;
}

/** A page-given heading level made valid: an integer from 2 (the page keeps its h1) to 6; `fallback` otherwise. */
export function headingLevel(level: number, fallback = 3): number {
  return Number.isInteger(level) ? Math.min(6, Math.max(2, level)) : fallback;
}
