/**
 * `<foip-country>`'s sections after the summary, as templates: the counts per priority area, the
 * initiatives that name the country (compact cards, grouped by area), its map items, its
 * partnerships, and what its regions cover it with, under each region. What goes in each comes
 * from the country's profile (src/data/country-profile.ts); nothing here counts.
 */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';

import type {CountryProfile} from '../../data/country-profile.js';
import type {DatasetIndex} from '../../data/queries.js';
import type {Initiative, Locale} from '../../data/types.js';
import {formatNumber} from '../../i18n/format.js';
import {msg, str} from '../../i18n/msg.js';
import {heading} from '../../internal/input.js';
import {pillarLabel, pillarName} from '../../internal/pillar-label.js';
import {itemList} from '../../internal/item-list.js';
import {coveredText} from '../../internal/region-wide.js';

/** A card for an initiative (`key`: where it is, as one element is in one place), its title a heading at `level`. */
export type CardFor = (initiative: Initiative, level: number, key: string) => Node;

/**
 * The cards a list shows at first, and how many more each press of its button adds: with a partner's
 * thousands of records a country's lists cost what is on screen, not what is in the data (issue 19).
 * The document's own lists are shorter than the first screenful.
 */
export const CARDS_AT_FIRST = 12;
export const CARDS_MORE = 24;

/** What every section needs: the data, the language, the country's name in a sentence, the heading level of sections. */
export interface SectionContext {
  readonly index: DatasetIndex;
  readonly locale: Locale;
  readonly profile: CountryProfile;
  readonly name: string;
  readonly level: number;
  readonly card: CardFor;
  /** How many cards of list `id` are shown. */
  readonly shown: (id: string) => number;
  /** Shows more of list `id`: its button's action. */
  readonly more: (id: string) => void;
}

/** A section: a heading at `level` and its content. Not a landmark each: the widget is one, named by its heading. */
const section = (id: string, level: number, title: unknown, content: unknown): TemplateResult =>
  html`<div class="section ${id}" part="section" data-section=${id}>
    ${heading(level, `${id}-heading`, title)}${content}
  </div>`;

/** The counts per priority area, each with its colour and glyph: its own initiatives and map items. */
export function areasSection({index, locale, profile, level}: SectionContext): TemplateResult | typeof nothing {
  if (profile.initiatives.length + profile.items.length === 0) return nothing;
  return section(
    'areas',
    level,
    msg('By priority area'),
    html`<dl class="areas" part="areas">
      ${profile.pillars.map((share) => {
        const pillar = index.pillars.get(share.pillar)!;
        return html`<div class="area" data-pillar=${pillar.id}>
          <dt>${pillarLabel(pillar)} ${pillar.title[locale]}</dt>
          <dd class="count" data-count="initiatives">${msg(str`Initiatives: ${share.initiatives.length}`)}</dd>
          <dd class="count" data-count="items">${msg(str`Map items: ${share.items}`)}</dd>
        </div>`;
      })}
    </dl>`,
  );
}

/** List `id` of compact cards (`id` also prefixes each card's key), as many as are shown, then a button for more. */
function cards(context: SectionContext, list: readonly Initiative[], level: number, id: string, labelledBy: string) {
  const {locale, card} = context;
  const n = Math.min(list.length, context.shown(id));
  return html`<ul class="cards" role="list" aria-labelledby=${labelledBy} data-list=${id}>
      ${list.slice(0, n).map((i) => html`<li>${card(i, level, `${id}:${i.id}`)}</li>`)}
    </ul>
    ${
      n < list.length
        ? // Described by its list's heading: a page may have one such button per priority area and region.
          html`<button
            type="button"
            class="more plain-button"
            part="more"
            aria-describedby=${labelledBy}
            @click=${() => context.more(id)}
          >
            ${msg(str`Show more initiatives (${formatNumber(locale, n)} of ${formatNumber(locale, list.length)} shown)`)}
          </button>`
        : nothing
    }`;
}

/** The initiatives that name the country, as compact cards under their priority area. */
export function initiativesSection(context: SectionContext) {
  const {index, locale, profile, name, level} = context;
  if (!profile.initiatives.length) return nothing;
  return section(
    'initiatives',
    level,
    msg(str`Initiatives for ${name}`),
    profile.pillars
      .filter((s) => s.initiatives.length)
      .map((share) => {
        const pillar = index.pillars.get(share.pillar)!;
        const id = `initiatives-${pillar.id}`;
        return html`<div class="pillar-group" data-pillar=${pillar.id}>
          ${heading(
            level + 1,
            id,
            html`<span class="glyph" aria-hidden="true">${pillar.glyph}</span>
              <span><span class="visually-hidden">${pillarName(pillar)}</span> ${pillar.title[locale]}</span>`,
          )}
          ${cards(context, share.initiatives, level + 2, id, id)}
        </div>`;
      }),
  );
}

/** The map items placed in the country. */
export function itemsSection({index, locale, profile, name, level}: SectionContext) {
  if (!profile.items.length) return nothing;
  return section('items', level, msg(str`On the map for ${name}`), itemList(index, locale, profile.items));
}

/** Where the country is Japan's partner: initiatives as cards, then map items. */
export function partnershipsSection(context: SectionContext) {
  const {index, locale, profile, name, level} = context;
  const {initiatives, items} = profile.partnerships;
  if (!initiatives.length && !items.length) return nothing;
  return section(
    'partnerships',
    level,
    msg(str`${name} as a partner of Japan`),
    html`${initiatives.length ? cards(context, initiatives, level + 1, 'partner', 'partnerships-heading') : nothing}
    ${items.length ? itemList(index, locale, items) : nothing}`,
  );
}

/** What each region covers the country with as a member, under the region's own heading. */
export function regionsSection(context: SectionContext) {
  const {index, locale, profile, level} = context;
  return profile.regions.map(({region, initiatives, items}) =>
    section(
      `region-${region}`,
      level,
      coveredText(index, [region]),
      html`${
        initiatives.length
          ? cards(
              context,
              initiatives.map((id) => index.initiatives.get(id)!),
              level + 1,
              `region-${region}`,
              `region-${region}-heading`,
            )
          : nothing
      }
      ${items.length ? itemList(index, locale, items) : nothing}`,
    ),
  );
}
