import {html, nothing, svg} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';

import {nameInSentence, normalizeForSearch} from '../../data/queries.js';
import type {PillarId} from '../../data/types.js';
import {FoipCountrySelectEvent} from '../../events/events.js';
import {planarMap} from '../../geo/generated/map.js';
import {HOME} from '../../geo/home.js';
import {landIndex, rings} from '../../geo/land.js';
import {navigationTarget, nearestTo, westToEast} from '../../geo/neighbours.js';
import {JAPAN, MAP_VIEWS, UNDETERMINED} from '../../geo/planar.js';
import type {CountryShape, MapView, ViewBox} from '../../geo/planar.js';
import {clampBox, contains, frame, MAX_ZOOM, NARROW_MAP, pan, rebase, zoomAt, zoomOf} from '../../geo/view.js';
import {formatExamples} from '../../i18n/format.js';
import {msg, str, withLocale} from '../../i18n/msg.js';
import {coreIndex} from '../../data/core-dataset.js';
import {FoipElement} from '../../internal/foip-element.js';
import type {Problem} from '../../internal/foip-element.js';
import {heading, headingLevel, listAttribute, suggest} from '../../internal/input.js';
import {pillarLabel} from '../../internal/pillar-label.js';
import {sourceLine} from '../../internal/source-line.js';
import {countClass, COUNT_CLASSES, mapPlaces, placesCsv, summarise} from '../../layout/map-places.js';
import {nameAnchor, placeLabels} from '../../layout/map-labels.js';
import type {Land, PlacedLabel} from '../../layout/map-labels.js';
import {spreadMarkers} from '../../layout/marker-spread.js';
import type {MapPlace, MapSummary} from '../../layout/map-places.js';
import {mapStyles} from './map.styles.js';
import {entryItems, initiativeEntry, itemEntry} from './map-entries.js';
import type {ListEntry} from './map-entries.js';
import {regionWideGroups} from './map-region-wide.js';
import {countriesText, filterText, highlightText, homeText, optionLabel, summarySentences} from './map-text.js';
import {forgetNameWidths, nameTypography, transformed} from './name-widths.js';
import type {NameTypography} from './name-widths.js';

export const COLOR_BY = ['pillar', 'count'] as const;
export type ColorBy = (typeof COLOR_BY)[number];

/** Pointer and keyboard targets are at least this many CSS pixels (WCAG 2.5.8). */
const TARGET = 24;
/** The hit circle's radius: half a pixel over the target, so rounding never leaves it under 24 px. */
const HIT_RADIUS = TARGET / 2 + 0.5;
/** How far (CSS px) a pressed pointer moves before it drags the map rather than clicks. */
const DRAG_SLOP = 4;

/**
 * A string attribute whose removal restores `fallback` (not null, which the code cannot read)
 * and whose empty value removes the attribute: clearing the selection leaves no `country=""`.
 */
const stringAttribute = (fallback: string) => ({
  fromAttribute: (value: string | null) => value ?? fallback,
  toAttribute: (value: string) => (value === '' ? null : value),
});

/** How long the tooltip waits after the pointer leaves before closing, so it can be reached (WCAG 1.4.13). */
const TOOLTIP_GRACE_MS = 300;

/** Paint `toSVG()` writes onto each element from its computed style: the stylesheet stays behind. */
const EXPORTED_PAINT = [
  'fill',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stop-color',
  'vector-effect',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
] as const;
/** What else a name is drawn with, for `toSVG()`: a page's typography through `::part(labels)`. */
const EXPORTED_TYPE = ['font-style', 'letter-spacing', 'word-spacing'] as const;
/** Attributes `toSVG()` leaves out: styling hooks and the widget's semantics (ids, but those `url(#…)` fills need). */
const DROPPED_ATTRIBUTE = /^(class|part|role|id|tabindex|data-.*|aria-.*)$/u;

const shapeById = new Map(planarMap.shapes.map((s) => [s.id, s]));

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
/** Whose land a box of the plane covers: read from the outlines once a page, when names are first placed. */
let landUnder: ReturnType<typeof landIndex> | undefined;
/** Land of undetermined status (the Kurils north of Etorofu, southern Sakhalin): uncoloured, as on Japan's maps. */
const undeterminedPath = () => shapeById.get(UNDETERMINED)?.d ?? '';
/** Japan, the home country: drawn apart, and its land (with `planarMap.islands`) no marker may cover. */
const homePath = () => shapeById.get(JAPAN)?.d ?? '';
let homeRings: number[][] | undefined;
const centre = ([x0, y0, x1, y1]: CountryShape['bounds']) => [(x0 + x1) / 2, (y0 + y1) / 2] as const;
const extent = (shape: CountryShape | undefined) =>
  shape ? Math.max(shape.bounds[2] - shape.bounds[0], shape.bounds[3] - shape.bounds[1]) : -1;

/** A place as drawn: its data, where it is, and whether it needs a marker to be seen and hit. */
interface DrawnPlace extends MapPlace {
  readonly name: string;
  /** Its option's accessible name, made with the place: tooltips and focus re-render often. */
  readonly label: string;
  readonly point: readonly [number, number];
  readonly shape: CountryShape | undefined;
}

/**
 * The Indo-Pacific map of Japan's initiatives: every country drawn, those the document places
 * initiatives in coloured by priority area or by count and named where the names fit, small states
 * as markers, regions as groups.
 * Explorable by mouse, touch and keyboard, with a table and a text summary as alternatives.
 *
 * @tag foip-map
 * @summary Map of the countries Japan's evolved FOIP initiatives reach, in Japanese or English.
 *
 * @attribute url-key - Shares the view by link: the selected country and the filter (`country`, `pillar`) go in the page's address under this key, e.g. `?map-country=PHL&map-pillar=2` for `url-key="map"`, and a link with them opens the map so. A bad value in a link is ignored, with a console warning. The address is rewritten in place (no new history entry); nothing is read or written without this attribute.
 * @fires {FoipCountrySelectEvent} foip-country-select - When a country is selected or the selection is cleared. `country` is the alpha-3 code or null; `initiatives` the ids of its initiatives. Bubbles, composed.
 *
 * @csspart figure - The whole widget.
 * @csspart map - The SVG map.
 * @csspart country - A country the document places initiatives in (path or marker).
 * @csspart marker - The marker of a small state.
 * @csspart labels - The country names (e.g. `foip-map::part(labels) { display: none }` for a map without them). Their
 *   font, size, weight, spacing and capitals may be set here: names are measured in them, so they never overlap
 *   (`font-size-adjust` too; where a canvas cannot measure them, as with `calc()` spacing, one em a character).
 * @csspart controls - The zoom, table and help buttons.
 * @csspart legend - The legend.
 * @csspart tooltip - The tooltip of the focused or hovered country.
 * @csspart table - The table alternative.
 * @csspart download - The button that downloads the table's data as CSV (shown with the table).
 * @csspart picture - The button under the source line that saves the map as drawn as an SVG picture
 *   (`foip-map::part(picture) { display: none }` for a map without it).
 * @csspart summary - The generated text summary.
 * @csspart source - The source and edition line.
 * @csspart problem - The message shown for bad input.
 *
 * @cssproperty --foip-font-family - Font stack.
 * @cssproperty --foip-color-text - Text colour.
 * @cssproperty --foip-color-text-muted - Secondary text colour.
 * @cssproperty --foip-color-surface - Background.
 * @cssproperty --foip-color-surface-raised - Tooltip, controls and table background.
 * @cssproperty --foip-color-border - Borders and country outlines.
 * @cssproperty --foip-color-control - Edges of buttons (≥ 3:1 on the surface).
 * @cssproperty --foip-color-region-only - Hatching of countries covered only as members of a region.
 * @cssproperty --foip-color-partner-only - Countries named only as partners of Japan.
 * @cssproperty --foip-color-home - Japan, the home country: the actor of the document, drawn apart from the places it reaches.
 * @cssproperty --foip-color-accent - Focus ring, selection and the count scale.
 * @cssproperty --foip-color-pillar-1 - Colour of priority area ①.
 * @cssproperty --foip-color-pillar-2 - Colour of priority area ②.
 * @cssproperty --foip-color-pillar-3 - Colour of priority area ③.
 * @cssproperty --foip-color-sea - The sea.
 * @cssproperty --foip-color-land - Countries without initiatives.
 * @cssproperty --foip-color-undetermined - Land of undetermined status (the Kuril Islands north of Etorofu, southern Sakhalin).
 * @cssproperty --foip-radius - Corner radius.
 * @cssproperty --foip-space - Base spacing unit.
 * @cssproperty --foip-focus-ring - Focus outline of the map and its controls.
 */
export class FoipMap extends FoipElement {
  static override styles = [...FoipElement.styles, mapStyles];
  static override bundled = coreIndex;
  static override linked = ['country', 'pillar'];

  /** `indo-pacific` (default): East Africa to the central Pacific; `world`: the whole globe, Pacific-centred. */
  @property({reflect: true, converter: stringAttribute('indo-pacific')}) view: MapView = 'indo-pacific';

  /** `pillar` (default): which priority areas ①②③ a country is part of (① solid, ② dotted, ③ lined, several striped); `count`: how many initiatives. */
  @property({attribute: 'color-by', reflect: true, converter: stringAttribute('pillar')}) colorBy: ColorBy = 'pillar';

  /** Priority areas to show, e.g. `2` or `1 3`; empty shows all. */
  @property({reflect: true, converter: stringAttribute('')}) pillar = '';

  /** The selected country (alpha-3, e.g. `PHL`); set it to preselect and frame a country. */
  @property({reflect: true, converter: stringAttribute('')}) country = '';

  /** Heading level of the map's title (2–6), to fit the page's outline. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  /** @internal */
  @state() private box: ViewBox = planarMap.views['indo-pacific'];
  /** @internal The country with keyboard focus (alpha-3). */
  @state() private active = '';
  /** @internal The country whose tooltip shows. */
  @state() private tip = '';
  /** @internal Region id (or `usa`) whose legend entry is hovered or focused: its members are highlighted. */
  @state() private highlight = '';
  /**
   * @internal Region id pressed in the legend: its members stay highlighted when hover and focus
   * move on. Apart from `highlight`, since every click comes after a hover or a focus.
   */
  @state() private pinned = '';
  /** @internal */
  @state() private showTable = false;
  /** @internal */
  @state() private showHelp = false;
  /** @internal */
  @state() private announcement = '';
  /** @internal CSS pixels per plane unit at the current size and zoom. */
  @state() private scale = 1;
  /**
   * @internal Whether markers and names can be drawn: the map knows its width and is near the
   * viewport. They are sized and chosen by the width, so they wait for the first measurement rather
   * than be built at a guessed scale and rebuilt (~4 ms, paired A/B); a map further down the page
   * builds them when scrolled near.
   */
  @state() private drawable = false;
  /** @internal Narrower than `NARROW_MAP`: the Indo-Pacific view is its taller crop. */
  @state() private narrow = false;

  /** @internal */
  @query('svg.map') private svgEl?: SVGSVGElement;
  /** @internal */
  @query('.tooltip') private tooltipEl?: HTMLElement;

  /** @internal */
  private places: DrawnPlace[] = [];
  /** @internal */
  private pillars: PillarId[] = [];
  /**
   * Every place of any filter, in order: the places layer keeps a node for each and hides those a
   * filter leaves out, so a filter change re-creates no outline (nor re-parses its path data).
   */
  #slots: DrawnPlace[] = [];
  /** @internal The accessible description, made with `places`, not per render: tooltips and focus re-render often. */
  private summaryText = '';
  /**
   * Places and summary per pillar filter, for the current data and language: going back to a filter
   * re-renders from the same arrays (no new labels, and the places layer sees what it drew before).
   */
  #byFilter = new Map<string, {places: DrawnPlace[]; summary: MapSummary; summaryText: string}>();
  /** The pillar filter last drawn (its `#byFilter` key). */
  #filterKey?: string;
  /** Where the shown markers are drawn, pushed apart so none covers another (plane units, by alpha-3). */
  #spots = new Map<string, readonly [number, number]>();
  /** The shown places' names that fit, in screen pixels over the current view. */
  #labels: PlacedLabel[] = [];
  /**
   * How the names are drawn (font, size, spacing): forgotten after a resize, a language change or a
   * font load, and read at the next placement.
   */
  #typography?: NameTypography;
  /** The names wait for their typography: the map was out of the page, or its names' layer not drawn yet. */
  #namesWaiting = false;
  #resize?: ResizeObserver;
  /** The frame `#resize` watches (a bad-input message replaces it). */
  #observed?: Element;
  #near?: IntersectionObserver;
  #width = 0;
  #closeTimer?: ReturnType<typeof setTimeout>;
  #typed = '';
  #typedAt = 0;
  #pointers = new Map<number, {x: number; y: number; x0: number; y0: number}>();
  /** Places are computed for valid input only: after a bad-input message they are out of date. */
  #placesStale = true;
  #framed = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize ??= new ResizeObserver(([entry]) => {
      this.#width = entry.contentRect.width;
      this.narrow = this.#width > 0 && this.#width < NARROW_MAP;
      // Layout is fresh here: the names' typography is read at no cost on the next placement.
      this.#typography = undefined;
      if (this.#width > 0 && !this.drawable) this.#drawWhenNear(entry.target);
      this.#updateScale();
      if (this.#namesWaiting) this.#placeNamesNow();
    });
    // Moved in the page (a framework reordering, a tab): observe the frame again, as after a render.
    if (this.hasUpdated) this.#observeFrame();
    document.addEventListener('keydown', this.#escapeAnywhere);
    document.fonts?.addEventListener('loadingdone', this.#fontsLoaded);
    window.addEventListener('beforeprint', this.#openForPrint);
    window.addEventListener('afterprint', this.#closeAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#observed = undefined;
    this.#near?.disconnect();
    clearTimeout(this.#closeTimer);
    document.removeEventListener('keydown', this.#escapeAnywhere);
    document.fonts?.removeEventListener('loadingdone', this.#fontsLoaded);
    window.removeEventListener('beforeprint', this.#openForPrint);
    window.removeEventListener('afterprint', this.#closeAfterPrint);
  }

  /**
   * Lazy work below the fold: a map within a screen of the viewport draws its markers and names at
   * once; one further away when it is scrolled that near (its SVG is not rendered there either:
   * content-visibility). Its options are there from the start: screen readers lose nothing.
   */
  #drawWhenNear(frame: Element): void {
    // Called by the ResizeObserver, after layout: reading the box here costs nothing more.
    const {top, bottom, left, right} = frame.getBoundingClientRect();
    const near = bottom > -innerHeight && top < 2 * innerHeight && right > -innerWidth && left < 2 * innerWidth;
    if (near) {
      this.#drawNow();
      return;
    }
    this.#near ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#drawNow();
      },
      {rootMargin: '100%'},
    );
    // One frame at a time: a bad-input message may have replaced the last one.
    this.#near.disconnect();
    this.#near.observe(frame);
  }

  /** Makes markers and names drawable now (near, printed, pictured); whether that changed anything. */
  #drawNow(): boolean {
    if (this.drawable || this.#width === 0) return false;
    this.drawable = true;
    this.#near?.disconnect();
    return true;
  }

  /** A page's web font arrived: names measured in its fallback may now overlap. Place them again. */
  #fontsLoaded = (event: Event): void => {
    forgetNameWidths(event);
    this.#typography = undefined;
    this.#placeNamesNow();
  };

  /** Places the names again outside an update (their typography changed) and draws them. */
  #placeNamesNow(): void {
    if (!this.drawable || this.problem) return;
    this.#placeLabels();
    this.requestUpdate();
  }

  /**
   * Watches the frame's width. A bad-input message replaces the frame: the old one is let go, or its
   * 0 px, reported with the new frame's width, could be taken for it.
   */
  #observeFrame(): void {
    const frame = this.renderRoot.querySelector('.frame') ?? undefined;
    if (!this.#resize || frame === this.#observed) return;
    if (this.#observed) this.#resize.unobserve(this.#observed);
    if (frame) this.#resize.observe(frame);
    this.#observed = frame;
  }

  /** Whether the summary was open before printing opened it. */
  #openBeforePrint?: boolean;

  /** A printed map has its summary: a closed `<details>` prints closed, and no print rule opens it. */
  #openForPrint = (): void => {
    // Paper has no fold: a map not yet scrolled near prints with its markers and names.
    this.#drawNow();
    const about = this.renderRoot.querySelector<HTMLDetailsElement>('details.about');
    if (!about) return;
    this.#openBeforePrint = about.open;
    about.open = true;
  };

  #closeAfterPrint = (): void => {
    const about = this.renderRoot.querySelector<HTMLDetailsElement>('details.about');
    if (about && this.#openBeforePrint === false) about.open = false;
    this.#openBeforePrint = undefined;
  };

  /**
   * Escape closes the tooltip wherever focus is (WCAG 1.4.13): one opened by hovering leaves focus
   * on the page, or in the tooltip itself. Not prevented: the page's own Escape (a dialog) still works.
   */
  #escapeAnywhere = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.tip) return;
    // This map's own keydown handler has dealt with it (and prevented it) when it has focus; another
    // map's handling of it leaves this one's tooltip to close.
    if (event.defaultPrevented && event.composedPath().includes(this)) return;
    // Focus in the closing tooltip would be lost with it: back to the map (whose focus handler
    // opens the focused country's tooltip, hence closing after).
    if (this.tooltipEl?.contains(this.shadowRoot?.activeElement ?? null)) this.svgEl?.focus({preventScroll: true});
    this.tip = '';
  };

  protected override inputProblem(): Problem | null {
    if (!(MAP_VIEWS as readonly string[]).includes(this.view)) {
      const view = this.view;
      return {
        attribute: 'view',
        value: view,
        message: () => msg(str`Unknown view "${view}". Use indo-pacific or world.`),
        warning: 'is not a view; use indo-pacific or world',
      };
    }
    if (!(COLOR_BY as readonly string[]).includes(this.colorBy)) {
      const colorBy = this.colorBy;
      return {
        attribute: 'color-by',
        value: colorBy,
        message: () => msg(str`Unknown colouring "${colorBy}". Use pillar or count.`),
        warning: 'is not a colouring; use pillar or count',
      };
    }
    const wrong = listAttribute(this.pillar.normalize('NFKC')).find((p) => !['1', '2', '3'].includes(p));
    if (wrong !== undefined) {
      const pillar = this.pillar;
      return {
        attribute: 'pillar',
        value: pillar,
        message: () => msg(str`There is no priority area "${wrong}". Use 1, 2 or 3, or several separated by spaces.`),
        warning: `has no priority area "${wrong}"; use 1, 2 or 3`,
      };
    }
    const country = this.country.trim().toUpperCase();
    if (country && !this.index.countries.has(country)) {
      const valid = suggest(country, [...this.index.countries.keys()]);
      const given = this.country;
      return {
        attribute: 'country',
        value: given,
        message: () =>
          msg(
            str`There is no country "${given}" in the dataset. Use an ISO alpha-3 code such as ${formatExamples(this.locale, valid)}.`,
          ),
        warning: `is not a country of the dataset; use ISO alpha-3, e.g. ${valid.join(', ')}`,
      };
    }
    return null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.problem) {
      this.#placesStale = true;
      return;
    }
    let placesChanged = false;
    if (this.#placesStale || changed.has('pillar') || changed.has('data') || changed.has('locale')) {
      const newData = this.#placesStale || changed.has('data') || changed.has('locale');
      if (newData) this.#byFilter.clear();
      // A page may set another font for another language (:lang()).
      if (changed.has('locale')) this.#typography = undefined;
      this.#placesStale = false;
      this.pillars = [...new Set(listAttribute(this.pillar.normalize('NFKC')).map(Number) as PillarId[])].sort();
      const key = this.pillars.join(' ');
      const filtered = this.#filtered(this.pillars);
      placesChanged = filtered.places !== this.places;
      ({places: this.places, summaryText: this.summaryText} = filtered);
      // A filter set by the page or a linked widget after the first draw is news to a screen reader.
      if (this.hasUpdated && key !== this.#filterKey)
        this.#announce(() => filterText(this.index, filtered.summary, this.pillars));
      this.#filterKey = key;
      if (newData) this.#slots = this.#paintOrder(this.#filtered([]).places);
      if (this.active && !this.#place(this.active)) this.active = '';
      if (this.tip && !this.#place(this.tip)) this.tip = '';
    }
    if (changed.has('view') || changed.has('narrow')) {
      // Across NARROW_MAP the map keeps what it shows framed; a new view starts whole.
      const plane = [planarMap.width, planarMap.height] as const;
      this.box = changed.has('view')
        ? this.#base
        : rebase(this.box, this.#baseOf(changed.get('narrow')), this.#base, plane);
      this.#slots = this.#paintOrder(this.#slots);
    }
    const selected = this.country.trim().toUpperCase();
    if (changed.has('country') && selected !== this.country) this.country = selected;
    // Frame a preselected country once it is known; a later click selects without moving the map.
    if (selected && selected !== this.#framed && !this.hasUpdated) {
      const place = this.#place(selected);
      const base = this.#base;
      const [x, y] = place?.point ?? [0, 0];
      // A place outside the view (the United States from the Indo-Pacific) is its edge marker: no framing.
      // Japan, no place, is framed too: the territory around it (and a country picked in a linked widget).
      const bounds = place
        ? contains(base, place.point) &&
          (place.shape && !this.#needsMarker(place) ? place.shape.bounds : ([x - 20, y - 20, x + 20, y + 20] as const))
        : selected === HOME && shapeById.get(JAPAN)?.bounds;
      if (bounds) this.box = clampBox(frame(bounds, base, 3), base, [planarMap.width, planarMap.height]);
      if (place) this.active = selected;
      this.#framed = selected;
    }
    if (changed.has('box') || changed.has('view')) this.#updateScale();
    const resized =
      placesChanged || changed.has('scale') || changed.has('drawable') || changed.has('view') || changed.has('narrow');
    if (resized) this.#spreadMarkers();
    if (resized || changed.has('box')) this.#placeLabels();
  }

  /**
   * Names for the shown places where they fit on screen and read as their countries' (map-labels.ts),
   * most initiatives first (then larger outlines), clear of every marker; none until the map knows its width.
   */
  #placeLabels(): void {
    if (this.drawable && !this.#typography) {
      const layer = this.renderRoot.querySelector('.labels');
      if (layer) this.#typography = nameTypography(layer, this.locale);
    }
    // Out of the page, or the layer not yet drawn (after a bad-input message): no names until the
    // frame is measured again, rather than names sized for another typography.
    this.#namesWaiting = this.drawable && !this.#typography;
    if (!this.drawable || !this.#typography) {
      this.#labels = [];
      return;
    }
    const {size, measure, fullWidth} = this.#typography;
    const [bx, by, bw, bh] = this.box;
    const k = this.scale;
    const toScreen = ([x, y]: readonly [number, number]) => [(x - bx) * k, (y - by) * k] as const;
    const markers = this.places.filter((p) => this.#hasMarker(p));
    const marked = new Set(markers.map((p) => p.iso3));
    const obstacles = markers.map((p) => {
      const [x, y] = toScreen(this.#anchor(p));
      return [x - HIT_RADIUS, y - HIT_RADIUS, x + HIT_RADIUS, y + HIT_RADIUS] as const;
    });
    const [width, height] = [bw * k, bh * k];
    const candidates = [...this.places]
      .sort((a, b) => b.count - a.count || extent(b.shape) - extent(a.shape))
      .map((p) => ({
        id: p.iso3,
        text: p.name,
        land: p.shape?.id,
        middle: p.shape && toScreen(centre(p.shape.bounds)),
        ...nameAnchor(
          toScreen(p.point),
          toScreen(this.#pin(p)),
          marked.has(p.iso3) ? toScreen(this.#anchor(p)) : undefined,
          HIT_RADIUS,
        ),
      }))
      // Zoomed in, a country scrolled out of sight has no name at the edge.
      .filter(({x, y}) => x >= 0 && y >= 0 && x <= width && y <= height);
    landUnder ??= landIndex(planarMap.shapes);
    const land: Land = ([x0, y0, x1, y1], which) =>
      landUnder!([x0 / k + bx, y0 / k + by, x1 / k + bx, y1 / k + by], which);
    this.#labels = placeLabels(candidates, {size, measure, fullWidth, bounds: [0, 0, width, height], obstacles, land});
  }

  /** Pushes the shown markers apart: centres a hit circle's diameter apart on screen, inside the view. */
  #spreadMarkers(): void {
    const seeds = this.places
      .filter((p) => this.#hasMarker(p))
      .map((p) => {
        const [x, y] = this.#pin(p);
        return {id: p.iso3, x, y};
      });
    // Off Japan's land by the target and 2 px (its focus ring's stroke, rounding), where a click would name another country.
    homeRings ??= rings(homePath());
    const keepOut = {points: planarMap.islands, rings: homeRings, clearance: (HIT_RADIUS + 2) / this.scale};
    this.#spots = spreadMarkers(seeds, (2 * HIT_RADIUS) / this.scale, this.#markerBounds(), keepOut);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#observeFrame();
    this.#placeTooltip();
  }

  /**
   * The places layer's order, which SVG paints in: larger outlines first, markers of places
   * outside the view last, so no outline covers a smaller country's marker, even one moved aside.
   * Keyboard order is geographic (neighbours.ts), not this.
   */
  #paintOrder(slots: DrawnPlace[]): DrawnPlace[] {
    const base = this.#base;
    const key = (p: DrawnPlace) => (contains(base, p.point) ? extent(p.shape) : -2);
    return [...slots].sort((a, b) => key(b) - key(a));
  }

  /** The places and summary of a pillar filter, made once per filter for the current data and language. */
  #filtered(pillars: readonly PillarId[]): {places: DrawnPlace[]; summary: MapSummary; summaryText: string} {
    const key = pillars.join(' ');
    let filtered = this.#byFilter.get(key);
    if (!filtered) {
      const places = this.#drawn(pillars);
      const summary = summarise(this.index, places, pillars);
      filtered = {places, summary, summaryText: withLocale(this.locale, () => summarySentences(this.index, summary))};
      this.#byFilter.set(key, filtered);
    }
    return filtered;
  }

  /** The places of a pillar filter (all for none), with what drawing and describing them needs. */
  #drawn(pillars: readonly PillarId[]): DrawnPlace[] {
    return mapPlaces(this.index, pillars).flatMap((place) => {
      const country = this.index.countries.get(place.iso3)!;
      const shape = shapeById.get(country.isoNumeric);
      // A country of a supplied dataset the build did not place: the middle of its largest ring.
      const point = planarMap.points[place.iso3] ?? (shape && centre(shape.bounds));
      if (!point) return [];
      const name = country.name[this.locale];
      return [{...place, name, label: withLocale(this.locale, () => optionLabel(this.index, place)), point, shape}];
    });
  }

  /** The whole view (zoom 1): a narrow map's Indo-Pacific is its taller crop. */
  get #base(): ViewBox {
    return this.#baseOf(this.narrow);
  }

  #baseOf(narrow: boolean): ViewBox {
    return narrow && this.view === 'indo-pacific' ? planarMap.narrow : planarMap.views[this.view];
  }

  #updateScale(): void {
    const scale = this.#width > 0 ? this.#width / this.box[2] : 1;
    if (Math.abs(scale - this.scale) > 1e-6) this.scale = scale;
  }

  #place(iso3: string): DrawnPlace | undefined {
    return this.places.find((p) => p.iso3 === iso3);
  }

  /** Where a place's marker or tooltip points: its marker where one was moved aside, else its pin. */
  #anchor(place: DrawnPlace): readonly [number, number] {
    return this.#spots.get(place.iso3) ?? this.#pin(place);
  }

  /**
   * Where a place belongs on the map: its point, or for a place outside the view (the United States,
   * Chile, France from the Indo-Pacific) the view's edge in its direction.
   */
  #pin(place: DrawnPlace): readonly [number, number] {
    if (contains(this.#base, place.point)) return place.point;
    const [x0, y0, x1, y1] = this.#markerBounds();
    const [x, y] = place.point;
    return [Math.min(x1, Math.max(x0, x)), Math.min(y1, Math.max(y0, y))];
  }

  /** `[x0, y0, x1, y1]`: where a marker's centre may go, so its whole target stays inside the view. */
  #markerBounds(): readonly [number, number, number, number] {
    const [bx, by, bw, bh] = this.#base;
    const inset = (TARGET / 2 + 4) / this.scale;
    return [bx + inset, by + inset, bx + bw - inset, by + bh - inset];
  }

  /** Markers wait for the first measurement; then places outside the view and small ones get one. */
  #hasMarker(place: DrawnPlace): boolean {
    return this.drawable && (!contains(this.#base, place.point) || this.#needsMarker(place));
  }

  /**
   * A place needs a marker when its outline (its largest ring) is under the target size on screen
   * either way, or absent: a narrow country (Malawi, Chile) is as hard to hit as a small one.
   */
  #needsMarker(place: DrawnPlace): boolean {
    if (!place.shape) return true;
    const [x0, y0, x1, y1] = place.shape.bounds;
    return Math.min(x1 - x0, y1 - y0) * this.scale < TARGET;
  }

  // ----- interaction -------------------------------------------------------------------------

  #select(iso3: string): void {
    const next = this.country === iso3 ? '' : iso3;
    this.country = next;
    const place = next ? this.#place(next) : undefined;
    this.dispatchEvent(new FoipCountrySelectEvent(next || null, place?.initiatives ?? []));
    // The option's name has said the rest; its state alone is news.
    this.#announce(() => (place ? msg(str`${place.name} selected.`) : msg('Selection cleared.')));
  }

  /**
   * Moves the active descendant, whose name a screen reader reads: the live region stays silent, or
   * it would say the country twice.
   */
  #focusPlace(iso3: string): void {
    this.active = iso3;
    this.tip = iso3;
    const place = this.#place(iso3);
    if (!place) return;
    // Keep the focused country in view when zoomed: pan to it rather than lose it off-screen.
    const anchor = this.#anchor(place);
    if (!contains(this.box, anchor)) {
      const [x, y] = anchor;
      this.box = this.#clamp([x - this.box[2] / 2, y - this.box[3] / 2, this.box[2], this.box[3]]);
    }
  }

  #announce(message: () => string): void {
    // Called from event handlers: `msg` must answer in this element's language, as when rendering.
    const text = withLocale(this.locale, message);
    // Re-setting the same text would not be announced again; a trailing space makes it new.
    this.announcement = text === this.announcement ? `${text} ` : text;
  }

  #clamp(box: ViewBox): ViewBox {
    return clampBox(box, this.#base, [planarMap.width, planarMap.height]);
  }

  #zoom(factor: number, about?: readonly [number, number]): void {
    const [x, y, w, h] = this.box;
    const next = this.#clamp(zoomAt(this.box, factor, about ?? [x + w / 2, y + h / 2]));
    // At a limit the zoom stays; the box must not move either (zooming out about a point at 1× would pan).
    if (Math.abs(next[2] - w) > 1e-9) this.box = next;
  }

  #reset(): void {
    this.box = this.#base;
  }

  #handleKeydown(event: KeyboardEvent): void {
    const places = this.places;
    if (places.length === 0) return;
    const current = this.#place(this.active);
    const {key} = event;
    let handled = true;
    if (event.shiftKey && key.startsWith('Arrow')) {
      const [, , w, h] = this.box;
      const step = 0.2;
      const d = {
        ArrowLeft: [-w * step, 0],
        ArrowRight: [w * step, 0],
        ArrowUp: [0, -h * step],
        ArrowDown: [0, h * step],
      }[key]!;
      this.box = this.#clamp(pan(this.box, d[0], d[1]));
    } else if (key.startsWith('Arrow') || key === 'Home' || key === 'End') {
      const target = current
        ? navigationTarget(places, current, key)
        : westToEast(places)[key === 'End' ? places.length - 1 : 0];
      if (target) this.#focusPlace(target.iso3);
    } else if ((key === ' ' || key === '-') && this.#continuesName(key)) {
      // Within a name (「Sri Lanka」, 「Timor-Leste」) a space or a hyphen is part of it.
      this.#typeahead(key);
    } else if (key === 'Enter' || key === ' ') {
      if (current) this.#select(current.iso3);
    } else if (key === 'Escape') {
      if (this.tip) this.tip = '';
      else if (this.showHelp) this.showHelp = false;
      else if (this.country) this.#select(this.country);
      else handled = false;
    } else if (key === '+' || key === '=') {
      this.#zoom(1.5, current && this.#anchor(current));
    } else if (key === '-' || key === '_') {
      this.#zoom(1 / 1.5, current && this.#anchor(current));
    } else if (key === '0') {
      this.#reset();
    } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      this.#typeahead(key);
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  }

  /** Typing a name in either language jumps to it; letters typed within a second add up. */
  #typeahead(char: string): void {
    const now = Date.now();
    this.#typed = (now - this.#typedAt < 1000 ? this.#typed : '') + char;
    this.#typedAt = now;
    const typed = normalizeForSearch(this.#typed);
    // A whole name first: 「インド」 is India, though 「インドネシア」 comes first in the list.
    const match =
      this.places.find((p) => this.#names(p).includes(typed)) ??
      this.places.find((p) => this.#names(p).some((n) => n.startsWith(typed)));
    if (match) this.#focusPlace(match.iso3);
  }

  #names(place: DrawnPlace): string[] {
    const {name} = this.index.countries.get(place.iso3)!;
    return [normalizeForSearch(name.en), normalizeForSearch(name.ja)];
  }

  /**
   * Whether a space or hyphen typed now belongs to the name being typed (letters less than a second
   * apart): a space always does, as in the APG listbox; a hyphen when a name goes on with it, so
   * 「-」 after 「Fiji」 still zooms out.
   */
  #continuesName(char: string): boolean {
    if (this.#typed === '' || Date.now() - this.#typedAt >= 1000) return false;
    if (char === ' ') return true;
    const typed = normalizeForSearch(this.#typed + char);
    return this.places.some((p) => this.#names(p).some((n) => n.startsWith(typed)));
  }

  #handleFocus(): void {
    // Focused by a press on the map: what is pressed says what to show. On the sea beside Takeshima,
    // the keyboard's first stop (Korea) would otherwise open its tooltip there.
    if (this.#pointers.size) return;
    if (!this.active && this.places.length) {
      // Japan is no stop of its own (it is the actor, not a place reached): the keyboard starts beside it.
      const start = this.#place(this.country) ?? nearestTo(this.places, planarMap.points[HOME]) ?? this.places[0];
      this.#focusPlace(start.iso3);
    } else if (this.active) {
      this.tip = this.active;
    }
  }

  #handleBlur(event: FocusEvent): void {
    // Moving into the tooltip keeps it; leaving the widget closes it.
    if (!this.renderRoot.contains(event.relatedTarget as Node)) this.tip = '';
  }

  #handlePointerOver(event: PointerEvent): void {
    const iso3 = (event.target as Element).closest('[data-country]')?.getAttribute('data-country');
    if (!iso3) return;
    clearTimeout(this.#closeTimer);
    this.tip = iso3;
  }

  #handlePointerOut(event: PointerEvent): void {
    if (!(event.target as Element).closest('[data-country]')) return;
    this.#scheduleClose();
  }

  #scheduleClose(): void {
    clearTimeout(this.#closeTimer);
    this.#closeTimer = setTimeout(() => {
      if (!this.tooltipEl?.matches(':hover') && this.tip !== this.active) this.tip = '';
    }, TOOLTIP_GRACE_MS);
  }

  #handleClick(event: MouseEvent): void {
    const iso3 = (event.target as Element).closest('[data-country]')?.getAttribute('data-country');
    if (!iso3) return;
    this.active = iso3;
    this.#select(iso3);
    this.svgEl?.focus({preventScroll: true});
  }

  #toPlane(clientX: number, clientY: number): [number, number] {
    const rect = this.svgEl!.getBoundingClientRect();
    const [x, y, w, h] = this.box;
    return [x + ((clientX - rect.left) / rect.width) * w, y + ((clientY - rect.top) / rect.height) * h];
  }

  #handleWheel(event: WheelEvent): void {
    event.preventDefault();
    this.#zoom(event.deltaY < 0 ? 1.25 : 0.8, this.#toPlane(event.clientX, event.clientY));
  }

  /** One pointer drags the map (when zoomed); two pinch it. Dragging is never the only way (2.5.7). */
  #handlePointerDown(event: PointerEvent): void {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    // No pointer capture yet: it would retarget the click to the svg, and a click must select the country.
    const {clientX: x, clientY: y} = event;
    this.#pointers.set(event.pointerId, {x, y, x0: x, y0: y});
  }

  #handlePointerMove(event: PointerEvent): void {
    const last = this.#pointers.get(event.pointerId);
    if (!last) return;
    const svg = event.currentTarget as Element;
    if (!svg.hasPointerCapture?.(event.pointerId)) {
      if (Math.hypot(event.clientX - last.x0, event.clientY - last.y0) < DRAG_SLOP) return;
      // A drag: the map follows the pointer even outside it, and the release is no click on a country.
      svg.setPointerCapture?.(event.pointerId);
    }
    const rect = this.svgEl!.getBoundingClientRect();
    const unitsPerPx = this.box[2] / rect.width;
    if (this.#pointers.size === 1 && zoomOf(this.#base, this.box) > 1.001) {
      this.box = this.#clamp(
        pan(this.box, -(event.clientX - last.x) * unitsPerPx, -(event.clientY - last.y) * unitsPerPx),
      );
    } else if (this.#pointers.size === 2) {
      const [other] = [...this.#pointers].filter(([id]) => id !== event.pointerId).map(([, p]) => p);
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(event.clientX - other.x, event.clientY - other.y);
      if (before > 0)
        this.#zoom(after / before, this.#toPlane((event.clientX + other.x) / 2, (event.clientY + other.y) / 2));
    }
    this.#pointers.set(event.pointerId, {...last, x: event.clientX, y: event.clientY});
  }

  #handlePointerUp(event: PointerEvent): void {
    this.#pointers.delete(event.pointerId);
  }

  /**
   * Places the tooltip beside its country, above it if there is room, never over the focused item
   * (WCAG 2.4.11): its own country, or the one with keyboard focus when the pointer shows another.
   */
  #placeTooltip(): void {
    const tooltip = this.tooltipEl;
    const place = this.#place(this.tip);
    if (!tooltip || !place || !this.svgEl) return;
    const [x, y, w, h] = this.box;
    // In the tooltip's own pixels, as its size is: a page's CSS zoom scales the client rect, not these.
    const {clientWidth: width, clientHeight: height} = this.svgEl;
    const toFrame = ([ax, ay]: readonly [number, number]) => [((ax - x) / w) * width, ((ay - y) / h) * height];
    const [px, py] = toFrame(this.#anchor(place));
    const {offsetWidth: tw, offsetHeight: th} = tooltip;
    const gap = TARGET / 2 + 6;
    const clampLeft = (left: number) => Math.min(Math.max(0, left), Math.max(0, width - tw));
    const tops = py - gap - th >= 0 ? [py - gap - th, py + gap] : [py + gap];
    let spot = [clampLeft(px - tw / 2), tops[0]];
    const focused = this.active !== this.tip ? this.#place(this.active) : undefined;
    if (focused) {
      const [fx, fy] = toFrame(this.#anchor(focused));
      const r = TARGET / 2 + 2;
      // Whether a tooltip at [left, top] leaves the target around [cx, cy] uncovered.
      const leaves = (cx: number, cy: number, [left, top]: number[]) =>
        cx + r <= left || cx - r >= left + tw || cy + r <= top || cy - r >= top + th;
      const clear = (at: number[]) => leaves(fx, fy, at) && leaves(px, py, at);
      // Above or below its country, else above or below the focused one (a narrow map); centred on
      // its country, or beside the focused one: the first that leaves both in sight.
      const lefts = [px - tw / 2, fx + r, fx - r - tw].map(clampLeft);
      const fallbacks = [fy + r + 2, ...(fy - r - 2 - th >= 0 ? [fy - r - 2 - th] : [])];
      spot = [...tops, ...fallbacks].flatMap((top) => lefts.map((left) => [left, top])).find(clear) ?? spot;
    }
    // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
    tooltip.style.setProperty('translate', `${Math.round(spot[0])}px ${Math.round(spot[1])}px`);
  }

  // ----- rendering ---------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const {locale, summaryText} = this;
    const active = this.#place(this.active);
    // A region named by its heading: landmark and heading navigation find the map (Chromium names no
    // figure from its figcaption). The listbox is described by its keys only: the summary, read on
    // every focus, would be a paragraph; it stays a disclosure under the heading.
    return html`<section
      part="figure"
      class="figure"
      lang=${locale}
      data-color-by=${this.colorBy}
      aria-labelledby="title"
    >
      <div class="caption">
        ${heading(
          headingLevel(this.headingLevel, 2),
          'title',
          msg('Main initiatives of the evolved FOIP, by country and region'),
        )}
        <details class="about" part="summary">
          <summary>${msg('Summary')}</summary>
          <p id="summary">${summaryText}</p>
        </details>
      </div>
      ${this.#renderControls()}
      <div class="frame">
        <svg
          part="map"
          class="map"
          viewBox=${this.box.join(' ')}
          role="listbox"
          tabindex="0"
          aria-label=${msg('Map of countries with initiatives')}
          aria-describedby="keys"
          aria-activedescendant=${active ? `place-${active.iso3}` : nothing}
          @keydown=${this.#handleKeydown}
          @focus=${this.#handleFocus}
          @blur=${this.#handleBlur}
          @pointerover=${this.#handlePointerOver}
          @pointerout=${this.#handlePointerOut}
          @click=${this.#handleClick}
          @wheel=${this.#handleWheel}
          @pointerdown=${this.#handlePointerDown}
          @pointermove=${this.#handlePointerMove}
          @pointerup=${this.#handlePointerUp}
          @pointercancel=${this.#handlePointerUp}
        >
          ${this.#renderDefs()}
          <path class="sea" d=${planarMap.sphere} aria-hidden="true"></path>
          <path class="land" d=${landPath()} aria-hidden="true"></path>
          <path class="land undetermined" d=${undeterminedPath()} aria-hidden="true"></path>
          <path class="land home" d=${homePath()} aria-hidden="true"></path>
          ${guard(
            [
              this.places,
              this.country,
              this.active,
              this.highlight,
              this.pinned,
              this.scale,
              this.drawable,
              this.view,
              this.colorBy,
            ],
            () => this.#renderPlaces(),
          )}
          ${guard([this.#labels], () => this.#renderLabels())}
        </svg>
        ${this.#renderTooltip()}
      </div>
      <p id="keys" class="visually-hidden">
        ${msg('Arrow keys move between countries, Enter selects, plus and minus zoom.')}
      </p>
      ${this.#renderHelp()} ${guard([this.places, this.locale, this.colorBy, this.pinned], () => this.#renderLegend())}
      ${guard([this.places, this.locale, this.showTable], () => this.#renderTable())}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${sourceLine(this.index.data, locale, [7, 8])}
      <button
        type="button"
        class="picture"
        part="picture"
        @click=${() => this.#save(this.toSVG(), 'image/svg+xml', 'svg')}
      >
        ${msg('Save picture (SVG)')}
      </button>
    </section>`;
  }

  #renderDefs(): TemplateResult {
    // Fills readable without colour: ① solid, ② dotted, ③ lined, several areas striped in their
    // colours. Lines and stripes are repeating gradients with hard stops, not patterns: a pattern's
    // tile is recorded for every shape it fills (measured: ~4 ms of a map's first draw for the
    // stripes). Units are plane units, about a pixel each at the default size.
    const combos: PillarId[][] = [
      [1, 2],
      [1, 3],
      [2, 3],
      [1, 2, 3],
    ];
    /** Hard-edged bands, `[pillar or texture paint, from, to]` in fractions of the period. */
    const bands = (list: [PillarId | 'mark' | 'land' | 'region', number, number][]) =>
      list.map(([paint, from, to]) => {
        const [name, pillar] = typeof paint === 'number' ? ['base', paint] : [paint, nothing];
        return svg`<stop class="texture-${name}" data-pillar=${pillar} offset=${from}></stop>
            <stop class="texture-${name}" data-pillar=${pillar} offset=${to}></stop>`;
      });
    const STRIPE = 3;
    return svg`<defs>
      <pattern id="texture-2" patternUnits="userSpaceOnUse" width="5" height="5">
        <rect class="texture-base" data-pillar="2" width="5" height="5"></rect>
        <circle class="texture-mark" cx="2.5" cy="2.5" r="1.1"></circle>
      </pattern>
      <linearGradient id="texture-3" gradientUnits="userSpaceOnUse" spreadMethod="repeat" x2="0" y2="4">
        ${bands([
          [3, 0, 0.375],
          ['mark', 0.375, 0.625],
          [3, 0.625, 1],
        ])}
      </linearGradient>
      <linearGradient id="texture-region" gradientUnits="userSpaceOnUse" spreadMethod="repeat" x2="2.5" y2="2.5">
        ${bands([
          ['land', 0, 0.55],
          ['region', 0.55, 1],
        ])}
      </linearGradient>
      ${combos.map((combo) => {
        // Bands STRIPE units wide across the 45° diagonal.
        const d = (combo.length * STRIPE) / Math.SQRT2;
        return svg`<linearGradient id="stripes-${combo.join('')}" gradientUnits="userSpaceOnUse" spreadMethod="repeat" x2=${d} y2=${d}>
          ${bands(combo.map((p, i) => [p, i / combo.length, (i + 1) / combo.length]))}
        </linearGradient>`;
      })}
    </defs>`;
  }

  #fillClass(place: DrawnPlace): string {
    if (place.count === 0) return place.regions.length ? 'region-only' : 'partner-only';
    if (this.colorBy === 'count') return `count-${countClass(place.count)}`;
    return place.pillars.length === 1 ? `pillar-${place.pillars[0]}` : `stripes stripes-${place.pillars.join('')}`;
  }

  #renderPlaces(): TemplateResult {
    const base = this.#base;
    const [bx, by, bw] = base;
    const highlighted = this.#highlightMembers();
    const shown = new Map(this.places.map((p) => [p.iso3, p]));
    // No group between the listbox and its options: options are exposed with their selected state.
    return svg`<g class="places" role="none">
      ${repeat(
        this.#slots,
        (slot) => slot.iso3,
        (slot) => {
          // One template for shown and hidden places: a filter change then only updates attributes.
          const place = shown.get(slot.iso3);
          const [x, y] = slot.point;
          // A country outside the view keeps a marker at its edge, pointing the way (the US and Chile
          // from the Indo-Pacific view); when zoomed in, the rest are a pan or an arrow key away.
          const outside = !contains(base, slot.point);
          const marker = this.#hasMarker(slot);
          const [mx, my] = this.#anchor(slot);
          const [px, py] = this.#pin(slot);
          // A marker moved aside keeps a line to where its country is.
          const moved = Math.hypot(px - mx, py - my) * this.scale > 3;
          const classes = place
            ? [
                'place',
                this.#fillClass(place),
                place.iso3 === this.country ? 'selected' : '',
                place.iso3 === this.active ? 'active' : '',
                highlighted.has(place.iso3) ? 'highlight' : '',
              ].join(' ')
            : 'place out';
          return svg`<g
            id=${place ? `place-${place.iso3}` : nothing}
            class=${classes}
            part="country"
            data-country=${place ? place.iso3 : nothing}
            role=${place ? 'option' : nothing}
            aria-label=${place ? place.label : nothing}
            aria-selected=${place ? String(place.iso3 === this.country) : nothing}
          >
            ${slot.shape && !outside ? svg`<path class="shape" d=${slot.shape.d}></path>` : nothing}
            ${
              marker
                ? svg`<g class="marker ${outside ? 'edge' : ''}" part="marker" transform="translate(${mx} ${my}) scale(${1 / this.scale})">
                  ${moved ? svg`<line class="leader" x2=${(px - mx) * this.scale} y2=${(py - my) * this.scale}></line>` : nothing}
                  <circle class="hit" r=${HIT_RADIUS}></circle>
                  <circle class="dot" r=${outside ? 7 : 6}></circle>
                  ${outside ? svg`<text class="arrow" dy="0.35em" aria-hidden="true">${x < bx ? '←' : x > bx + bw ? '→' : y < by ? '↑' : '↓'}</text>` : nothing}
                </g>`
                : nothing
            }
          </g>`;
        },
      )}
    </g>`;
  }

  /** The names, drawn in screen pixels over the view: one transform maps them onto the plane. */
  #renderLabels(): TemplateResult {
    const [bx, by] = this.box;
    return svg`<g class="labels" part="labels" aria-hidden="true" transform="translate(${bx} ${by}) scale(${1 / this.scale})">
      ${repeat(
        this.#labels,
        (label) => label.id,
        (label) => svg`<text x=${label.x} y=${label.y} text-anchor=${label.anchor} dy="0.35em">${label.text}</text>`,
      )}
    </g>`;
  }

  /**
   * Pressing a legend entry keeps its members highlighted, and says which they are: a screen reader
   * would only say "pressed". Released, "not pressed" is news enough.
   */
  #press(id: string, label: string): void {
    this.pinned = this.pinned === id ? '' : id;
    if (!this.pinned) return;
    const members = this.#highlightMembers(id);
    const shown = this.places.filter((p) => members.has(p.iso3)).map((p) => p.iso3);
    this.#announce(() => highlightText(this.index, label, shown));
  }

  #highlightMembers(id = this.highlight || this.pinned): Set<string> {
    if (!id) return new Set();
    const region = this.index.regions.get(id);
    if (region) return new Set(region.members);
    const entry = this.index.data.mapEntries.find((e) => e.id === id);
    return new Set(entry ? [...entry.countries, ...entry.items.flatMap((i) => i.partners)] : []);
  }

  /** What a place is Japan's partner in: initiatives elsewhere, and map items of none (（日米韓）). */
  #partnerOf(place: DrawnPlace): ListEntry[] {
    return [
      ...place.partnerships.map((id) => initiativeEntry(this.index, this.locale, id)),
      ...place.partnerItems.map(({item}) => itemEntry(this.locale, item)),
    ];
  }

  /** One of the tooltip's lists, each entry with its priority area's glyph, under a heading if given. */
  #tooltipList(heading: string | undefined, entries: readonly ListEntry[]): TemplateResult | typeof nothing {
    if (!entries.length) return nothing;
    return html`${heading ? html`<p class="tooltip-sub">${heading}</p>` : nothing}
      <ul class="tooltip-list">
        ${entryItems(this.index, entries)}
      </ul>`;
  }

  #renderTooltip(): TemplateResult | typeof nothing {
    const place = this.#place(this.tip);
    if (!place) return nothing;
    const {index, locale} = this;
    return html`<div
      class="tooltip"
      part="tooltip"
      role="tooltip"
      id="tooltip"
      @pointerenter=${() => clearTimeout(this.#closeTimer)}
      @pointerleave=${() => this.#scheduleClose()}
    >
      <p class="tooltip-title">${place.name}</p>
      ${this.#tooltipList(
        undefined,
        place.initiatives.map((id) => initiativeEntry(this.index, this.locale, id)),
      )}
      ${this.#tooltipList(
        msg('Also on the map:'),
        place.items.map(({item}) => itemEntry(this.locale, item)),
      )}
      ${regionWideGroups(index, locale, place, 'tooltip')}
      ${this.#tooltipList(msg('Partner of Japan in:'), this.#partnerOf(place))}
      <button
        type="button"
        class="close"
        aria-label=${msg(str`Close details of ${nameInSentence(index.countries.get(place.iso3)!, locale)}`)}
        @click=${() => (this.tip = '')}
      >
        ×
      </button>
    </div>`;
  }

  #renderControls(): TemplateResult {
    const k = zoomOf(this.#base, this.box);
    return html`<div class="controls" part="controls">
      <button
        type="button"
        aria-label=${msg('Zoom in')}
        ?disabled=${k >= MAX_ZOOM - 1e-6}
        @click=${() => this.#zoom(1.5)}
      >
        +
      </button>
      <button
        type="button"
        aria-label=${msg('Zoom out')}
        ?disabled=${k <= 1 + 1e-6}
        @click=${() => this.#zoom(1 / 1.5)}
      >
        −
      </button>
      <button type="button" @click=${() => this.#reset()} ?disabled=${k <= 1 + 1e-6 && this.box === this.#base}>
        ${msg('Reset view')}
      </button>
      <button
        type="button"
        aria-expanded=${this.showTable ? 'true' : 'false'}
        aria-controls="table"
        @click=${() => (this.showTable = !this.showTable)}
      >
        ${this.showTable ? msg('Hide table') : msg('Show as table')}
      </button>
      <button
        type="button"
        aria-expanded=${this.showHelp ? 'true' : 'false'}
        aria-controls="help"
        @click=${() => (this.showHelp = !this.showHelp)}
      >
        ${msg('Keyboard help')}
      </button>
    </div>`;
  }

  #renderHelp(): TemplateResult {
    // Its list is built when first asked for: a closed help costs the first draw, and every render, nothing.
    if (!this.showHelp) return html`<div id="help" class="help" hidden></div>`;
    const keys: [string, string][] = [
      [msg('Tab'), msg('Move to the map (one stop) and on to the next control')],
      [msg('Arrow keys'), msg('Move to the nearest country in that direction')],
      [msg('Home / End'), msg('Westernmost / easternmost country')],
      [msg('Type a name'), msg('Jump to a country, in English or Japanese')],
      [msg('Enter or Space'), msg('Select the country; again to clear')],
      [msg('Escape'), msg('Close the tooltip, then clear the selection')],
      [msg('+ / − / 0'), msg('Zoom in, zoom out, reset')],
      [msg('Shift + arrow keys'), msg('Pan the zoomed map')],
    ];
    return html`<div id="help" class="help">
      <dl>
        ${keys.map(
          ([k, v]) =>
            html`<div>
              <dt><kbd>${k}</kbd></dt>
              <dd>${v}</dd>
            </div>`,
        )}
      </dl>
    </div>`;
  }

  #renderLegend(): TemplateResult {
    const {index, locale} = this;
    const pillars = index.data.pillars.filter((p) => this.pillars.length === 0 || this.pillars.includes(p.id));
    const count = (p: PillarId) => this.places.filter((place) => place.pillars.includes(p)).length;
    const groups = [
      ...index.data.regions.map((r) => ({id: r.id, label: r.name[locale]})),
      ...index.data.mapEntries.filter((e) => e.partners.length > 0).map((e) => ({id: e.id, label: e.label[locale]})),
    ];
    const scale =
      this.colorBy === 'count'
        ? html`<ul class="legend-list">
            ${COUNT_CLASSES.map((min, i) => {
              const max = COUNT_CLASSES[i + 1] ? COUNT_CLASSES[i + 1] - 1 : undefined;
              const label =
                max === undefined ? msg(str`${min} or more`) : min === max ? msg(str`${min}`) : msg(str`${min}–${max}`);
              return html`<li>
                <svg class="swatch" aria-hidden="true" viewBox="0 0 16 16">
                  <rect class="count-${i + 1}" width="16" height="16"></rect></svg
                >${label}
              </li>`;
            })}
          </ul>`
        : html`<ul class="legend-list">
            ${pillars.map(
              (p) =>
                html`<li data-pillar=${p.id}>
                  <svg class="swatch" aria-hidden="true" viewBox="0 0 16 16">
                    <rect class="pillar-${p.id}" width="16" height="16"></rect>
                  </svg>
                  <span>${pillarLabel(p)} ${countriesText(p.title[locale], count(p.id))}</span>
                </li>`,
            )}
            <li>
              <svg class="swatch" aria-hidden="true" viewBox="0 0 16 16">
                <rect class="stripes stripes-123" width="16" height="16"></rect>
              </svg>
              ${msg('Stripes: several priority areas')}
            </li>
          </ul>`;
    // Japan first, whatever the filter: the home country, drawn in its own colour.
    const home = index.countries.get(HOME);
    // Countries with none of their own, each kind with its own swatch, when the map shows any.
    const others = (['region-only', 'partner-only'] as const).filter((kind) =>
      this.places.some((p) => p.count === 0 && p.regions.length > 0 === (kind === 'region-only')),
    );
    return html`<div class="legend" part="legend">
      <p class="legend-title">
        ${this.colorBy === 'count' ? msg('Initiatives and map entries per country') : msg('Priority areas')}
      </p>
      ${scale}
      <ul class="legend-list">
        ${
          home
            ? html`<li>
                <svg class="swatch" aria-hidden="true" viewBox="0 0 16 16">
                  <rect class="home" width="16" height="16"></rect></svg
                >${homeText(home.name[locale])}
              </li>`
            : nothing
        }
        ${others.map(
          (kind) =>
            html`<li>
              <svg class="swatch" aria-hidden="true" viewBox="0 0 16 16">
                <rect class=${kind} width="16" height="16"></rect></svg
              >${
                kind === 'region-only'
                  ? msg('Covered only as a member of a region (region-wide items)')
                  : msg('Named only as a partner of Japan')
              }
            </li>`,
        )}
      </ul>
      <p class="legend-title">
        ${msg('Regions and partnerships (hover or focus to highlight; press to keep highlighted)')}
      </p>
      <ul class="groups">
        ${groups.map(
          (g) =>
            html`<li>
              <button
                type="button"
                class="group"
                aria-pressed=${this.pinned === g.id ? 'true' : 'false'}
                @pointerenter=${() => (this.highlight = g.id)}
                @pointerleave=${() => (this.highlight = '')}
                @focus=${() => (this.highlight = g.id)}
                @blur=${() => (this.highlight = '')}
                @click=${() => this.#press(g.id, g.label)}
              >
                ${g.label}
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /**
   * The map as it is drawn now (view, zoom, filter, colours), as a standalone SVG document with
   * its source line, for a page's own "download picture" control. Colours are resolved, so the
   * file looks the same anywhere; names and roles are left out. Empty while the map shows a problem.
   */
  toSVG(): string {
    // A map not yet scrolled near has no markers or names: draw them now, for the picture.
    if (!this.problem && this.#drawNow()) this.performUpdate();
    const map = this.svgEl;
    const source = this.renderRoot.querySelector('.source');
    if (!map || !source) return '';
    // CSS pixels, as the names' computed font size is (a page's CSS zoom scales the client rect).
    const {clientWidth: width, clientHeight: height} = map;
    const copy = map.cloneNode(true) as SVGSVGElement;
    const originals = [map, ...map.querySelectorAll('*')];
    const copies = [copy, ...copy.querySelectorAll('*')];
    originals.forEach((original, i) => {
      const style = getComputedStyle(original);
      const element = copies[i];
      // What is not seen (filtered-out places, hit areas) stays out of the picture.
      if (style.display === 'none' || original.classList.contains('hit')) return element.remove();
      for (const property of EXPORTED_PAINT) element.setAttribute(property, style.getPropertyValue(property));
      if (element.localName === 'text') {
        for (const property of EXPORTED_TYPE) element.setAttribute(property, style.getPropertyValue(property));
        // Not an SVG attribute: the picture carries the names as shown.
        element.textContent = transformed(element.textContent!, style.textTransform, this.locale);
      }
      for (const {name} of [...element.attributes]) {
        if (DROPPED_ATTRIBUTE.test(name) && !(name === 'id' && original.closest('defs'))) element.removeAttribute(name);
      }
    });
    // Lit's markers.
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const comments: Node[] = [];
    for (let c = walker.nextNode(); c; c = walker.nextNode()) comments.push(c);
    for (const c of comments) c.parentNode!.removeChild(c);
    copy.setAttribute('width', String(Math.round(width)));
    copy.setAttribute('height', String(Math.round(height)));
    const SVG = 'http://www.w3.org/2000/svg';
    const page = document.createElementNS(SVG, 'svg');
    const lineHeight = 20;
    page.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height) + lineHeight}`);
    page.setAttribute('width', String(Math.round(width)));
    page.setAttribute('height', String(Math.round(height) + lineHeight));
    const background = document.createElementNS(SVG, 'rect');
    const figure = getComputedStyle(this.renderRoot.querySelector('.figure')!);
    background.setAttribute('width', '100%');
    background.setAttribute('height', '100%');
    background.setAttribute('fill', getComputedStyle(map).backgroundColor);
    const caption = document.createElementNS(SVG, 'text');
    caption.setAttribute('x', '4');
    caption.setAttribute('y', String(Math.round(height) + 14));
    caption.setAttribute('font-size', '11');
    caption.setAttribute('font-family', figure.fontFamily);
    caption.setAttribute('fill', figure.color);
    caption.textContent = source.textContent!.trim();
    page.append(background, copy, caption);
    return new XMLSerializer().serializeToString(page);
  }

  /** Hands the browser a file of the map as shown (its picture, or its table as CSV): its name says the filter. */
  #save(content: string, type: string, extension: string): void {
    const url = URL.createObjectURL(new Blob([content], {type}));
    const link = document.createElement('a');
    link.href = url;
    link.download = `foip-map${this.pillars.length ? `-priority-area-${this.pillars.join('')}` : ''}.${extension}`;
    link.click();
    // After the click has handed the file over, not before.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** A table row's own list: its initiatives, map items and partnerships; none for a member covered only as such. */
  #ownEntries(place: DrawnPlace): TemplateResult | typeof nothing {
    const {index, locale} = this;
    const entries = [
      ...place.initiatives.map((id) => index.initiatives.get(id)!.title[locale]),
      ...place.items.map(({item}) => item.text[locale]),
      ...this.#partnerOf(place).map(({text}) => msg(str`As a partner: ${text}`)),
    ];
    return entries.length
      ? html`<ul>
          ${entries.map((text) => html`<li>${text}</li>`)}
        </ul>`
      : nothing;
  }

  #renderTable(): TemplateResult {
    const {index, locale} = this;
    // Most first; ties keep the dataset order (a collator here cost ~19 ms of the first draw).
    const rows = [...this.places].sort((a, b) => b.count - a.count);
    return html`<div id="table" class=${this.showTable ? 'table-wrap' : 'table-wrap offscreen'}>
      ${
        // Only with the table in sight: offscreen, it would be a tab stop no one sees.
        this.showTable
          ? html`<button
              type="button"
              class="download"
              part="download"
              @click=${() => this.#save(placesCsv(this.index, this.places), 'text/csv;charset=utf-8', 'csv')}
            >
              ${msg('Download as CSV')}
            </button>`
          : nothing
      }
      <table part="table">
        <caption>
          ${msg('Countries and territories with initiatives')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Country or territory')}</th>
            <th scope="col">${msg('Initiatives and map entries')}</th>
            <th scope="col">${msg('Priority areas')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (place) =>
              html`<tr data-country=${place.iso3}>
                <th scope="row">${place.name}</th>
                <td>${this.#ownEntries(place)} ${regionWideGroups(index, locale, place, 'table')}</td>
                <td>${place.pillars.map((p) => index.pillars.get(p)!.glyph).join(' ')}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foip-map': FoipMap;
  }
}
