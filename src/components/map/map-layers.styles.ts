import {css} from 'lit';

/** The map's SVG layers (map-layers.ts): the places' fills and textures, markers, names (the ground: land-layer.ts). */
export const layerStyles = css`
  .swatch .home {
    fill: var(--_home);
  }
  /*
   * Paint: the outline on the layer, the fill by class on each place, both inherited by its outline
   * and marker. A filter change restyles every place it touches, and each var() there is resolved
   * again: once a place, not three times (measured: ~0.5 ms of a filter change).
   */
  .place.out {
    display: none;
  }
  .places {
    cursor: pointer;
    stroke: var(--_outline);
    stroke-width: 0.75px;
    fill-rule: evenodd;
  }
  .place .shape {
    vector-effect: non-scaling-stroke;
  }
  .pillar-1 {
    fill: var(--_pillar-1);
  }
  .pillar-2 {
    fill: url(#texture-2);
  }
  .pillar-3 {
    fill: url(#texture-3);
  }
  .stripes-12 {
    fill: url(#stripes-12);
  }
  .stripes-13 {
    fill: url(#stripes-13);
  }
  .stripes-23 {
    fill: url(#stripes-23);
  }
  .stripes-123 {
    fill: url(#stripes-123);
  }
  /* Partner only: solid; region only: hatched over the land, lighter to the eye, its lines as dark. */
  .partner-only {
    fill: var(--_partner-only);
  }
  .region-only {
    fill: url(#texture-region);
  }
  .texture-land {
    stop-color: var(--_land);
  }
  .texture-region {
    stop-color: var(--_region-only);
  }
  /* More is further from the land, darker on light and lighter on dark; the lightest class ≥ 3:1 on land and sea. */
  .count-1 {
    fill: color-mix(in srgb, var(--_accent) 80%, var(--_surface));
  }
  .count-2 {
    fill: var(--_accent);
  }
  .count-3 {
    fill: color-mix(in srgb, var(--_accent) 65%, var(--_text));
  }
  .count-4 {
    fill: color-mix(in srgb, var(--_accent) 35%, var(--_text));
  }
  .texture-base {
    fill: var(--_pillar);
    stop-color: var(--_pillar);
  }
  .texture-mark {
    fill: var(--_surface);
    stop-color: var(--_surface);
  }
  .marker .leader {
    stroke: var(--_text-muted);
    stroke-width: 1px;
    pointer-events: none;
  }
  .marker .hit {
    fill: transparent;
    stroke: none;
  }
  /* A ring of the text colour: the dot stands out from sea and land alike (a white ring was 1.2:1 on the sea). */
  .marker .dot {
    stroke: var(--_text);
    stroke-width: 1.5px;
  }
  .marker .arrow {
    font-size: 12px;
    font-weight: 700;
    text-anchor: middle;
    fill: var(--_surface);
    stroke: none;
    pointer-events: none;
  }
  .place:hover .shape,
  .place.highlight .shape,
  .place:hover .dot,
  .place.highlight .dot {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .place.selected .shape,
  .place.selected .dot {
    stroke: var(--_text);
    stroke-width: 3px;
  }
  svg.map:focus-visible .place.active .shape,
  svg.map:focus-visible .place.active .dot {
    stroke: var(--_accent);
    stroke-width: 3px;
    paint-order: stroke;
  }
  svg.map:focus-visible .place.active .hit {
    stroke: var(--_accent);
    stroke-width: 2px;
  }
  /*
   * Names over land and sea alike: a halo of the surface keeps them legible; clicks go through to the countries.
   * Their size follows the page's text (24 px where it is set to 200 %), never under 12 px; the same on screen at
   * every zoom (the layer is drawn in screen pixels).
   */
  .labels {
    font-size: max(12px, 0.75em);
    font-weight: 600;
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
  }
`;
