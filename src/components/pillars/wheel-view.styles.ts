import {css} from 'lit';

/** The wheel of `<foip-pillars layout="radial">` (`wheel-view.ts`), and the stage that sets it beside the tree. */
export const wheelStyles = css`
  /* ---- Radial: the wheel beside its legend; stacked when narrow ---- */
  [data-layout='radial'] .stage {
    display: grid;
    grid-template-columns: minmax(0, 26rem) minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
    align-items: center;
  }
  @container (max-width: 40rem) {
    [data-layout='radial'] .stage {
      grid-template-columns: minmax(0, 1fr);
      justify-items: center;
    }
  }
  .wheel {
    container-type: inline-size;
    position: relative;
    inline-size: 100%;
    max-inline-size: 26rem;
    aspect-ratio: 1;
  }
  .wheel svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  /* Every ring 3:1 or more against the surface (WCAG 1.4.11): outer rings lighter, never paler. */
  .arc {
    fill: var(--_pillar);
    cursor: pointer;
    transition: fill 0.2s;
  }
  .arc[data-kind='category'] {
    fill: color-mix(in srgb, var(--_pillar) 86%, var(--_surface));
  }
  .arc[data-kind='initiative'] {
    fill: color-mix(in srgb, var(--_pillar) 74%, var(--_surface));
  }
  /* Dimmed by a selection: pale, and outlined in the pillar colour (3:1 and more), hollow sectors. */
  .root[data-selection] .arc:where(:not(.open, [data-kind='pillar'])) {
    fill: color-mix(in srgb, var(--_pillar) 14%, var(--_surface));
    stroke: var(--_pillar);
    stroke-width: 1;
  }
  .root .arc:hover,
  .root .arc.selected {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .root .arc.focus {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .wheel-glyph {
    fill: var(--_on-pillar);
    font-size: 1.375rem;
    font-weight: 700;
    pointer-events: none;
  }
  /* Inside the hole (RINGS.hole, 0.34 of the radius, in layout/pillars-radial.ts): 78 % of its width. */
  .centre {
    position: absolute;
    inline-size: calc(0.34 * 0.78 * 100cqi);
    inset-block-start: 50%;
    inset-inline-start: 50%;
    display: grid;
    justify-items: center;
    gap: 0.125rem;
    translate: -50% -50%;
    font-size: clamp(0.625rem, 3.75cqi, 1rem);
    text-align: center;
    pointer-events: none;
  }
  .centre-number {
    font-size: 2.25em;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .centre-glyph {
    color: var(--_pillar);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.1;
  }
  .centre-title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.35;
  }
  .centre-count {
    font-size: 0.8125em;
    color: var(--_text-muted);
  }

  @media (forced-colors: active) {
    /* As specific as the rings' own fills, which would otherwise mix system colours into grey. */
    .root .arc[data-kind] {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1;
    }
    .root .arc.open:not([data-kind='pillar']) {
      fill: Highlight;
    }
    .root .arc.selected[data-kind],
    .root .arc[data-kind]:hover {
      stroke-width: 3;
    }
    .root .arc.focus[data-kind] {
      stroke: Highlight;
      stroke-width: 3;
    }
    .wheel-glyph,
    .centre-glyph {
      fill: CanvasText;
      color: CanvasText;
    }
  }
`;
