/**
 * JSX types for the foip-* elements, so a TSX editor knows their tags, attributes and events.
 * Types only (this module is empty at run time); register the elements as usual. Extend your
 * framework's `IntrinsicElements` with them, e.g. for React 19:
 *
 * ```ts
 * import type {FoipIntrinsicElements} from 'foip-widgets/jsx';
 * declare module 'react' {
 *   namespace JSX {
 *     interface IntrinsicElements extends FoipIntrinsicElements {}
 *   }
 * }
 * ```
 *
 * (Preact: `declare module 'preact'`; a global JSX: `declare global { namespace JSX … }`.)
 * Properties are named as on the element classes (`colorBy`, `headingLevel`), which React 19 and
 * Preact set as properties; events are `onfoip-…` as React 19 names custom-element events.
 */
import type {FoipCountry} from './components/country/country.js';
import type {FoipInitiativeCard} from './components/initiative-card/initiative-card.js';
import type {FoipInitiativeList} from './components/initiative-list/initiative-list.js';
import type {FoipMap} from './components/map/map.js';
import type {FoipPartners} from './components/partners/partners.js';
import type {FoipPillars} from './components/pillars/pillars.js';
import type {FoipVision} from './components/vision/vision.js';
import type {
  FoipCountrySelectEvent,
  FoipFilterChangeEvent,
  FoipInitiativeSelectEvent,
  FoipPartnerSelectEvent,
  FoipPillarSelectEvent,
} from './events/events.js';
import type {FoipElement} from './internal/foip-element.js';

/** What every foip-* element takes, and what any element takes in JSX. */
interface CommonProps {
  /** `ja` or `en`; else the nearest ancestor's `lang`. */
  lang?: string;
  theme?: FoipElement['theme'];
  /** The id of another widget to follow (`for="main-map"`). */
  for?: string;
  /** A dataset in the shape of `foip-widgets/data/foip.json`, validated. */
  data?: unknown;
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  hidden?: boolean;
  children?: unknown;
  key?: string | number;
  ref?: unknown;
}

/** The element's own properties, all optional, plus the common ones. */
type Props<E, K extends keyof E> = Partial<Pick<E, K>> & CommonProps;

export interface FoipIntrinsicElements {
  'foip-map': Props<FoipMap, 'view' | 'colorBy' | 'pillar' | 'country' | 'headingLevel' | 'urlKey'> & {
    'onfoip-country-select'?: (event: FoipCountrySelectEvent) => void;
  };
  'foip-initiative-list': Props<
    FoipInitiativeList,
    'pillar' | 'country' | 'partner' | 'instrument' | 'query' | 'controls' | 'headingLevel' | 'cardHref' | 'urlKey'
  > & {
    'onfoip-filter-change'?: (event: FoipFilterChangeEvent) => void;
    'onfoip-initiative-select'?: (event: FoipInitiativeSelectEvent) => void;
  };
  'foip-initiative-card': Props<FoipInitiativeCard, 'initiative' | 'variant' | 'href' | 'selected' | 'headingLevel'> & {
    'onfoip-initiative-select'?: (event: FoipInitiativeSelectEvent) => void;
  };
  'foip-pillars': Props<FoipPillars, 'layout' | 'pillar' | 'category' | 'headingLevel' | 'urlKey'> & {
    'onfoip-pillar-select'?: (event: FoipPillarSelectEvent) => void;
    'onfoip-initiative-select'?: (event: FoipInitiativeSelectEvent) => void;
  };
  'foip-vision': Props<FoipVision, 'layout' | 'headingLevel'>;
  'foip-country': Props<FoipCountry, 'country' | 'sections' | 'headingLevel' | 'cardHref' | 'urlKey'>;
  'foip-partners': Props<FoipPartners, 'partner' | 'format' | 'pillar' | 'headingLevel' | 'cardHref' | 'urlKey'> & {
    'onfoip-partner-select'?: (event: FoipPartnerSelectEvent) => void;
    'onfoip-initiative-select'?: (event: FoipInitiativeSelectEvent) => void;
  };
}
