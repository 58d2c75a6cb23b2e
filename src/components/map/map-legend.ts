/** The map's legend: its colours, Japan, the kinds of country without initiatives, and the groups to highlight. */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';

import type {DatasetIndex} from '../../data/queries.js';
import type {Locale, PillarId} from '../../data/types.js';
import {HOME} from '../../geo/home.js';
import {msg, str} from '../../i18n/msg.js';
import {pillarLabel} from '../../internal/pillar-label.js';
import {COUNT_CLASSES} from '../../layout/map-places.js';
import type {ColorBy} from './map-attributes.js';
import type {DrawnPlace} from './map-layers.js';
import {countriesText, homeText} from './map-text.js';

/** What the legend shows and what its group buttons do. */
export interface Legend {
  readonly index: DatasetIndex;
  readonly locale: Locale;
  readonly places: readonly DrawnPlace[];
  readonly pillars: readonly PillarId[];
  readonly colorBy: ColorBy;
  /** The group pressed (kept highlighted). */
  readonly pinned: string;
  readonly onHighlight: (id: string) => void;
  readonly onPress: (id: string, label: string) => void;
}

/** The members of a legend group (a region, or a partnership's countries and partners); none for none. */
export function groupMembers(index: DatasetIndex, id: string): Set<string> {
  if (!id) return new Set();
  const region = index.regions.get(id);
  if (region) return new Set(region.members);
  const entry = index.data.mapEntries.find((e) => e.id === id);
  return new Set(entry ? [...entry.countries, ...entry.items.flatMap((i) => i.partners)] : []);
}

const swatch = (fill: string) =>
  html`<svg class="swatch" aria-hidden="true" viewBox="0 0 16 16">
    <rect class=${fill} width="16" height="16"></rect>
  </svg>`;

function scaleList({index, locale, places, pillars, colorBy}: Legend): TemplateResult {
  if (colorBy === 'count')
    return html`<ul class="legend-list">
      ${COUNT_CLASSES.map((min, i) => {
        const max = COUNT_CLASSES[i + 1] ? COUNT_CLASSES[i + 1] - 1 : undefined;
        const label =
          max === undefined ? msg(str`${min} or more`) : min === max ? msg(str`${min}`) : msg(str`${min}–${max}`);
        return html`<li>${swatch(`count-${i + 1}`)}${label}</li>`;
      })}
    </ul>`;
  const shown = index.data.pillars.filter((p) => pillars.length === 0 || pillars.includes(p.id));
  const count = (p: PillarId) => places.filter((place) => place.pillars.includes(p)).length;
  return html`<ul class="legend-list">
    ${shown.map(
      (p) =>
        html`<li data-pillar=${p.id}>
          ${swatch(`pillar-${p.id}`)}
          <span>${pillarLabel(p)} ${countriesText(p.title[locale], count(p.id))}</span>
        </li>`,
    )}
    <li>${swatch('stripes stripes-123')} ${msg('Stripes: several priority areas')}</li>
  </ul>`;
}

export function legendPanel(legend: Legend): TemplateResult {
  const {index, locale, places, pinned} = legend;
  const groups = [
    ...index.data.regions.map((r) => ({id: r.id, label: r.name[locale]})),
    ...index.data.mapEntries.filter((e) => e.partners.length > 0).map((e) => ({id: e.id, label: e.label[locale]})),
  ];
  // Japan first, whatever the filter: the home country, drawn in its own colour.
  const home = index.countries.get(HOME);
  // Countries with none of their own, each kind with its own swatch, when the map shows any.
  const others = (['region-only', 'partner-only'] as const).filter((kind) =>
    places.some((p) => p.count === 0 && p.regions.length > 0 === (kind === 'region-only')),
  );
  return html`<div class="legend" part="legend">
    <p class="legend-title">
      ${legend.colorBy === 'count' ? msg('Initiatives and map entries per country') : msg('Priority areas')}
    </p>
    ${scaleList(legend)}
    <ul class="legend-list">
      ${home ? html`<li>${swatch('home')}${homeText(home.name[locale])}</li>` : nothing}
      ${others.map(
        (kind) =>
          html`<li>
            ${swatch(kind)}${
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
              aria-pressed=${pinned === g.id ? 'true' : 'false'}
              @pointerenter=${() => legend.onHighlight(g.id)}
              @pointerleave=${() => legend.onHighlight('')}
              @focus=${() => legend.onHighlight(g.id)}
              @blur=${() => legend.onHighlight('')}
              @click=${() => legend.onPress(g.id, g.label)}
            >
              ${g.label}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}
