/** Helpers for what a page gives an element: headings at a page-chosen level. */
import {html} from 'lit';
import type {TemplateResult} from 'lit';

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
