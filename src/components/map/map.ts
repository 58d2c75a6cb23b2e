import type {PropertyValues, TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';

import {coreIndex} from '../../data/core-dataset.js';
import {planarMap} from '../../geo/generated/map.js';
import {HOME} from '../../geo/home.js';
import {JAPAN} from '../../geo/planar.js';
import type {MapView, ViewBox} from '../../geo/planar.js';
import {NARROW_MAP} from '../../geo/view.js';
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
import {shapeById} from './land-layer.js';
import {mapFigure} from './map-figure.js';
import {pictureOf, save} from './map-picture.js';
import {filterText} from './map-text.js';
import {mapStyles} from './map.styles.js';
import {forgetNameWidths} from './name-widths.js';
import {SelectionController} from './selection-controller.js';
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
 * @csspart picture - The buttons under the source line that save the map as drawn as an SVG or a PNG picture
 *   (`foip-map::part(picture) { display: none }` for a map without them).
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
  /** @internal */
  @state() private showTable = false;
  /** @internal */
  @state() private showHelp = false;
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
    get index() {
      return map.index;
    },
    get locale() {
      return map.locale;
    },
    closeHelp: () => {
      const open = map.showHelp;
      map.showHelp = false;
      return open;
    },
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
  #selection = new SelectionController(this, this.#parts, this.#shown, this.#drawing, this.#viewport);
  #keyboard = new KeyboardController(this, this.#selection, this.#viewport);
  #tooltip = new TooltipController(this, this.#parts, this.#selection);
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
      if (this.hasUpdated && change.filter) {
        this.#selection.announce(() => filterText(this.index, shown.summary!, shown.pillars));
      }
      this.#selection.forgetHidden();
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
      if (place) this.#selection.active = selected;
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

  #save(content: string | Blob, type: string, extension: string): void {
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
      showTable: this.showTable,
      showHelp: this.showHelp,
      selection: this.#selection,
      keyboard: this.#keyboard,
      tooltip: this.#tooltip,
      viewport: this.#viewport,
      onToggleTable: () => (this.showTable = !this.showTable),
      onToggleHelp: () => (this.showHelp = !this.showHelp),
      onSaveTable: () => this.#save(placesCsv(this.index, this.#shown.places), 'text/csv;charset=utf-8', 'csv'),
      onSavePicture: () => this.#save(this.toSVG(), 'image/svg+xml', 'svg'),
      onSavePng: () => void this.toPNG().then((png) => this.#save(png, 'image/png', 'png')),
    });
  }

  /**
   * The map as it is drawn now (view, zoom, filter, colours), as a standalone SVG document with
   * its source line, for a page's own "download picture" control. Colours are resolved, so the
   * file looks the same anywhere; names and roles are left out. Empty while the map shows a problem.
   */
  toSVG(): string {
    const [map, source, figure] = this.#pictured();
    return map && source && figure ? pictureOf(map, source, figure, this.locale) : '';
  }

  /**
   * The picture `toSVG()` gives, as a PNG of `scale` pixels per CSS pixel (2: sharp on a slide),
   * painted from the map's shapes and styles. Rejects while the map shows a problem.
   */
  async toPNG(scale = 2): Promise<Blob> {
    // The painter comes when first asked for: a page that never saves a PNG loads none of it.
    const {mapPng} = await import('./map-raster.js');
    return mapPng(...this.#pictured(), this.locale, scale);
  }

  #pictured() {
    // A map not yet scrolled near has no markers or names: draw them now, for the picture.
    if (!this.problem && this.#visibility.drawNow()) this.performUpdate();
    const root = this.renderRoot;
    return [this.svgEl, root.querySelector('.source'), root.querySelector('.figure')] as const;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foip-map': FoipMap;
  }
}
