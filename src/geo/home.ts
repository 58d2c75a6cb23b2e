/**
 * Japan on its own map. The document is Japan's: Japan is its actor, the home country, drawn apart
 * and never a place its initiatives reach. Its islands too small for the map's geometry to draw
 * (Natural Earth 1:50m has no polygon for the Senkaku Islands or Takeshima; scripts/build-geometry.ts
 * fails if another country's covers them) are known here as points, so that no marker of another
 * country is drawn over them (`KeepOut` in src/layout/marker-spread.ts). The Northern Territories
 * are drawn, in Japan's outline. Pure: no DOM, no lit.
 */

/** The home country (alpha-3, from the dataset's types): drawn in `--foip-color-home`, never an option, a target or a count of the map. */
export {HOME} from '../data/types.js';

/**
 * Japan's islands the geometry does not draw, `[longitude, latitude]`, every island of a group so
 * that a marker keeps off the whole group; scripts/build-map.ts projects them into `PlanarMap.islands`.
 */
export const UNDRAWN_ISLANDS: readonly {readonly name: string; readonly at: readonly [number, number]}[] = [
  {name: 'Uotsuri-jima (Senkaku Islands)', at: [123.476, 25.746]},
  {name: 'Kita-kojima (Senkaku Islands)', at: [123.541, 25.728]},
  {name: 'Minami-kojima (Senkaku Islands)', at: [123.551, 25.724]},
  {name: 'Kuba-jima (Senkaku Islands)', at: [123.682, 25.923]},
  {name: 'Taisho-jima (Senkaku Islands)', at: [124.559, 25.923]},
  {name: 'Takeshima', at: [131.867, 37.241]},
];
