/**
 * The ground every map of this package draws, from the build-time geometry (`planarMap`): the sea,
 * the land, the land of undetermined status and Japan, with their styles. The map draws its places
 * over it and the country's locator its country: both import it from here, which brings no texts
 * (the locator would otherwise carry the map's strings). The territory policy comes with the
 * geometry: the land of undetermined status is drawn uncoloured.
 */
import {css, svg} from 'lit';

import {planarMap} from '../../geo/generated/map.js';
import {JAPAN, UNDETERMINED} from '../../geo/planar.js';

export const shapeById = new Map(planarMap.shapes.map((s) => [s.id, s]));

/**
 * Every country's outline as one path, made once per page and shared by every map: the land is
 * decoration (countries with initiatives are drawn again above it, as options), and one path
 * against 240 saves each map that many elements to style, lay out and paint. The outlines do not
 * overlap (tested), so the even-odd rule keeps them whole and lakes open.
 */
let land: string | undefined;
const landPath = () =>
  (land ??= planarMap.shapes
    .filter((s) => s.id !== UNDETERMINED)
    .map((s) => s.d)
    .join(''));
/** Land of undetermined status (the Kurils north of Etorofu, southern Sakhalin): uncoloured, as on Japan's maps. */
const undeterminedPath = () => shapeById.get(UNDETERMINED)?.d ?? '';
/** Japan, the home country: drawn apart, and its land (with `planarMap.islands`) no marker may cover. */
export const homePath = () => shapeById.get(JAPAN)?.d ?? '';

/** The sea, the land, the land of undetermined status and Japan: drawn once, under what a map shows. */
export const landLayer = () =>
  svg`<path class="sea" d=${planarMap.sphere} aria-hidden="true"></path>
    <path class="land" d=${landPath()} aria-hidden="true"></path>
    <path class="land undetermined" d=${undeterminedPath()} aria-hidden="true"></path>
    <path class="land home" d=${homePath()} aria-hidden="true"></path>`;

export const landStyles = css`
  .sea {
    fill: var(--_sea);
  }
  .land {
    fill: var(--_land);
    stroke: var(--_outline);
    stroke-width: 0.5px;
    fill-rule: evenodd;
    vector-effect: non-scaling-stroke;
  }
  .land.undetermined {
    fill: var(--_undetermined);
    stroke: var(--_border);
  }
  .land.home {
    fill: var(--_home);
  }
`;
