import type {PropertyValues, TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';

import {coreIndex} from '../../data/core-dataset.js';
import {FoipCountrySelectEvent} from '../../events/events.js';
import {planarMap} from '../../geo/generated/map.js';
import {HOME} from '../../geo/home.js';
import {nearestTo} from '../../geo/neighbours.js';
import {JAPAN} from '../../geo/planar.js';
import type {MapView, ViewBox} from '../../geo/planar.js';
import {NARROW_MAP} from '../../geo/view.js';
import {msg, str, withLocale} from '../../i18n/msg.js';
import {AddressController} from '../../internal/address-controller.js';
import {FoipElement} from '../../internal/foip-element.js';
import type {Problem} from '../../internal/foip-element.js';
import {framedBounds} from '../../layout/map-placement.js';
import {placesCsv} from '../../layout/map-places.js';
import {KeyboardController} from './keyboard-controller.js';
import {readMapInput, stringAttribute} from './map-attributes.js';
import type {ColorBy} from './map-attributes.js';
import {MapDrawing} from './map-drawing.js';
import {MapFilter} from './map-filter.js';
import type {FilterChange} from './map-filter.js';
import {shapeById} from './map-layers.js';
import type {DrawnPlace} from './map-layers.js';
import {mapFigure} from './map-figure.js';
import {groupMembers} from './map-legend.js';
import {pictureOf, save} from './map-picture.js';
import {filterText, highlightText} from './map-text.js';
import {mapStyles} from './map.styles.js';
import {forgetNameWidths} from './name-widths.js';
import {TooltipController} from './tooltip-controller.js';
import {ViewportController} from './viewport-controller.js';
import {VisibilityController} from './visibility-controller.js';

export {COLOR_BY} from './map-attributes.js';
export type {ColorBy} from './map-attributes.js';

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
  static override styles = [...FoipElement.styles, ...mapStyles];
  static override bundled = coreIndex;

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

  /** The places of the priority-area filter, and every place in paint order. */
  #shown = new MapFilter();
  /** Markers and names at the current scale. */
  #drawing = new MapDrawing(() => ({base: this.#base, scale: this.scale, drawable: this.drawable}));
  #framed = '';

  // ----- the parts, and how they reach the map -----------------------------------------------

  /** @internal The selection and the filter go in the page's address under `url-key`. */
  protected override readonly address = new AddressController(this, ['country', 'pillar']);

  /**
   * What the controllers read and move on the map: its state, seen through one object (they are
   * classes of their own, and its state is private).
   */
  #parts = ((map: FoipMap) => ({
    get box() {
      return map.box;
    },
    set box(box: ViewBox) {
      map.box = box;
    },
    get base() {
      return map.#base;
    },
    get svg() {
      return map.svgEl;
    },
    get tooltip() {
      return map.tooltipEl;
    },
    get tip() {
      return map.tip;
    },
    set tip(tip: string) {
      map.tip = tip;
    },
    get active() {
      return map.active;
    },
    get places() {
      return map.#shown.places;
    },
    get current() {
      return map.#shown.find(map.active);
    },
    /** Where the keyboard starts: the selected country, else beside Japan (the actor, no stop of its own). */
    start: () => {
      const {places} = map.#shown;
      return map.#shown.find(map.country) ?? nearestTo(places, planarMap.points[HOME]) ?? places[0];
    },
    names: (place: DrawnPlace) => Object.values(map.index.countries.get(place.iso3)!.name),
    anchor: map.#drawing.anchor,
    anchorOf: (iso3: string) => {
      const place = map.#shown.find(iso3);
      return place && map.#drawing.anchor(place);
    },
    focus: (iso3: string) => map.#focusPlace(iso3),
    select: (iso3: string) => map.#select(iso3),
    escape: () => map.#onEscape(),
    resized: (width: number) => {
      map.narrow = width > 0 && width < NARROW_MAP;
      // Layout is fresh here: the names' typography is read at no cost on the next placement.
      map.#drawing.typography = undefined;
      map.#updateScale();
      if (map.#drawing.namesWaiting) map.#placeNamesNow();
    },
    near: () => (map.drawable = true),
    fontsLoaded: (event: Event) => {
      forgetNameWidths(event);
      map.#drawing.typography = undefined;
      map.#placeNamesNow();
    },
  }))(this);

  #viewport = new ViewportController(this, this.#parts);
  #keyboard = new KeyboardController(this, this.#parts, this.#viewport);
  #tooltip = new TooltipController(this, this.#parts);
  #visibility = new VisibilityController(this, this.#parts);

  /** Places the names again outside an update (their typography changed) and draws them. */
  #placeNamesNow(): void {
    if (!this.drawable || this.problem) return;
    this.#placeNames();
    this.requestUpdate();
  }

  #placeNames(): void {
    this.#drawing.placeNames(this.#shown.places, this.box, this.renderRoot.querySelector('.labels'), this.locale);
  }

  protected override inputProblem(): Problem | null {
    return readMapInput(this, this.index).problem;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const input = this.problem ? null : readMapInput(this, this.index).value;
    const shown = this.#shown;
    if (!input) {
      shown.stale = true;
      return;
    }
    let change: FilterChange | undefined;
    const fresh = changed.has('data') || changed.has('locale');
    if (shown.stale || fresh || changed.has('pillar')) {
      // A page may set another font for another language (:lang()).
      if (changed.has('locale')) this.#drawing.typography = undefined;
      change = shown.update(this.index, this.locale, input.pillars, fresh);
      // A filter set by the page or a linked widget after the first draw is news to a screen reader.
      if (this.hasUpdated && change.filter) this.#announce(() => filterText(this.index, shown.summary!, shown.pillars));
      if (this.active && !shown.find(this.active)) this.active = '';
      if (this.tip && !shown.find(this.tip)) this.tip = '';
    }
    // A new view starts whole; across NARROW_MAP the map keeps what it shows framed.
    if (changed.has('view')) this.#viewport.reset();
    else if (changed.has('narrow')) this.#viewport.rebase(this.#baseOf(changed.get('narrow')));
    const selected = input.country;
    if (changed.has('country') && selected !== this.country) this.country = selected;
    // Frame a preselected country once it is known; a later click selects without moving the map.
    if (selected && selected !== this.#framed && !this.hasUpdated) {
      const place = shown.find(selected);
      // Japan, no place, is framed too: the territory around it (and a country picked in a linked widget).
      const bounds = place
        ? framedBounds(place, this.#base, this.scale)
        : selected === HOME && shapeById.get(JAPAN)?.bounds;
      if (bounds) this.#viewport.frame(bounds);
      if (place) this.active = selected;
      this.#framed = selected;
    }
    if (changed.has('box') || changed.has('view')) this.#updateScale();
    const resized =
      change?.places || changed.has('scale') || changed.has('drawable') || changed.has('view') || changed.has('narrow');
    // Markers come and go with the scale: every marker is painted above every outline.
    if (resized || change?.slots) shown.order(this.#drawing.marked, this.#base);
    if (resized) this.#drawing.spread(shown.places);
    if (resized || changed.has('box')) this.#placeNames();
  }

  /** The whole view (zoom 1): a narrow map's Indo-Pacific is its taller crop. */
  get #base(): ViewBox {
    return this.#baseOf(this.narrow);
  }

  #baseOf(narrow: boolean): ViewBox {
    return narrow && this.view === 'indo-pacific' ? planarMap.narrow : planarMap.views[this.view];
  }

  #updateScale(): void {
    const {width} = this.#visibility;
    const scale = width > 0 ? width / this.box[2] : 1;
    if (Math.abs(scale - this.scale) > 1e-6) this.scale = scale;
  }

  // ----- interaction -------------------------------------------------------------------------

  #select(iso3: string): void {
    const next = this.country === iso3 ? '' : iso3;
    this.country = next;
    const place = next ? this.#shown.find(next) : undefined;
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
    const place = this.#shown.find(iso3);
    // Keep the focused country in view when zoomed: pan to it rather than lose it off-screen.
    if (place) this.#viewport.keepInView(this.#drawing.anchor(place));
  }

  #announce(message: () => string): void {
    // Called from event handlers: `msg` must answer in this element's language, as when rendering.
    const text = withLocale(this.locale, message);
    // Re-setting the same text would not be announced again; a trailing space makes it new.
    this.announcement = text === this.announcement ? `${text} ` : text;
  }

  /** Escape closes the tooltip, then the help, then clears the selection; whether there was any. */
  #onEscape(): boolean {
    if (this.tip) this.tip = '';
    else if (this.showHelp) this.showHelp = false;
    else if (this.country) this.#select(this.country);
    else return false;
    return true;
  }

  #onClick = (event: MouseEvent): void => {
    const iso3 = (event.target as Element).closest('[data-country]')?.getAttribute('data-country');
    if (!iso3) return;
    this.active = iso3;
    this.#select(iso3);
    this.svgEl?.focus({preventScroll: true});
  };

  /**
   * Pressing a legend entry keeps its members highlighted, and says which they are: a screen reader
   * would only say "pressed". Released, "not pressed" is news enough.
   */
  #onPress(id: string, label: string): void {
    this.pinned = this.pinned === id ? '' : id;
    if (!this.pinned) return;
    const members = groupMembers(this.index, id);
    const shown = this.#shown.places.filter((p) => members.has(p.iso3)).map((p) => p.iso3);
    this.#announce(() => highlightText(this.index, label, shown));
  }

  #save(content: string, type: string, extension: string): void {
    save(content, type, this.#shown.pillars, extension);
  }

  // ----- rendering ---------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    return mapFigure({
      index: this.index,
      locale: this.locale,
      headingLevel: this.headingLevel,
      shown: this.#shown,
      drawing: this.#drawing,
      box: this.box,
      base: this.#base,
      view: this.view,
      colorBy: this.colorBy,
      scale: this.scale,
      drawable: this.drawable,
      country: this.country,
      active: this.active,
      tip: this.tip,
      highlight: this.highlight,
      pinned: this.pinned,
      showTable: this.showTable,
      showHelp: this.showHelp,
      announcement: this.announcement,
      keyboard: this.#keyboard,
      tooltip: this.#tooltip,
      viewport: this.#viewport,
      onClick: this.#onClick,
      onCloseTip: () => (this.tip = ''),
      onToggleTable: () => (this.showTable = !this.showTable),
      onToggleHelp: () => (this.showHelp = !this.showHelp),
      onHighlight: (id) => (this.highlight = id),
      onPress: (id, label) => this.#onPress(id, label),
      onSaveTable: () => this.#save(placesCsv(this.index, this.#shown.places), 'text/csv;charset=utf-8', 'csv'),
      onSavePicture: () => this.#save(this.toSVG(), 'image/svg+xml', 'svg'),
    });
  }

  /**
   * The map as it is drawn now (view, zoom, filter, colours), as a standalone SVG document with
   * its source line, for a page's own "download picture" control. Colours are resolved, so the
   * file looks the same anywhere; names and roles are left out. Empty while the map shows a problem.
   */
  toSVG(): string {
    // A map not yet scrolled near has no markers or names: draw them now, for the picture.
    if (!this.problem && this.#visibility.drawNow()) this.performUpdate();
    const map = this.svgEl;
    const source = this.renderRoot.querySelector('.source');
    const figure = this.renderRoot.querySelector('.figure');
    return map && source && figure ? pictureOf(map, source, figure, this.locale) : '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foip-map': FoipMap;
  }
}
