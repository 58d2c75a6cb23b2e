/**
 * The list's filter bar as a template: priority-area toggles, the country and partner pickers, the
 * search box and, when the page preset an instrument, a way to drop it. The element handles what
 * the reader does (`ControlHandlers`); the pickers' options come from src/layout/list-view.ts.
 */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {live} from 'lit/directives/live.js';

import type {DatasetIndex, InitiativeFilter} from '../../data/queries.js';
import type {Locale, PillarId} from '../../data/types.js';
import {msg, str} from '../../i18n/msg.js';
import {pillarName} from '../../internal/pillar-label.js';
import {coveredText} from '../../internal/region-wide.js';
import {countryOptions, partnerOptions} from '../../layout/list-view.js';

/** What the reader does in the filter bar, handled by the element. */
export interface ControlHandlers {
  readonly toggle: (id: PillarId) => void;
  readonly country: (event: Event) => void;
  readonly partner: (event: Event) => void;
  readonly search: (event: Event) => void;
  /** Escape clears the search box. */
  readonly searchKey: (event: KeyboardEvent) => void;
  /** "Show all instruments": drops the instrument the page preset. */
  readonly instrument: () => void;
}

export interface ControlsContext {
  readonly index: DatasetIndex;
  readonly locale: Locale;
  /** The filter as checked and normalized. */
  readonly filter: InitiativeFilter;
  /** The search box's text as the page or the reader set it (not trimmed). */
  readonly query: string;
  readonly handlers: ControlHandlers;
}

export function controls({index, locale, filter, query, handlers}: ControlsContext): TemplateResult {
  const pressed = filter.pillars ?? [];
  // Ids of the data (the element checked the filter's own), by name: 五十音順 in Japanese.
  const named = (id: string) => (index.countries.get(id) ?? index.organisations.get(id))!;
  const options = (ids: readonly string[], chosen?: string) =>
    ids.map((id) => html`<option value=${id} .selected=${live(id === chosen)}>${named(id).name[locale]}</option>`);
  const instrument = filter.instrument ? index.instruments.get(filter.instrument) : undefined;

  return html`<div part="controls" class="controls" role="search" aria-label=${msg('Filter initiatives')}>
    <fieldset class="pillars">
      <legend>${msg('Priority areas')}</legend>
      <div class="toggles">
        ${[...index.pillars.values()].map((pillar) => {
          const on = pressed.includes(pillar.id);
          return html`<button
            part="pillar-toggle"
            class="toggle"
            type="button"
            data-pillar=${pillar.id}
            aria-pressed=${on ? 'true' : 'false'}
            @click=${() => handlers.toggle(pillar.id)}
          >
            <span class="check" aria-hidden="true">${on ? '✓' : ''}</span>
            <span class="glyph" aria-hidden="true">${pillar.glyph}</span>
            <span class="toggle-title"
              ><span class="visually-hidden">${pillarName(pillar)}</span> ${pillar.title[locale]}</span
            >
          </button>`;
        })}
      </div>
    </fieldset>
    <div class="fields">
      <div class="field">
        <label for="country">${msg('Country')}</label>
        <select id="country" part="country" @change=${handlers.country}>
          <option value="" .selected=${live(!filter.country)}>${msg('All countries')}</option>
          ${guard([index, locale, filter.country], () => {
            // Made again only when what they show changed: not on a change of priority area or search text.
            const countries = countryOptions(index, locale, filter.country);
            return [
              options(countries.ids, filter.country),
              countries.groups.map(
                ({region, members}) =>
                  html`<optgroup label=${coveredText(index, [region])}>${options(members, filter.country)}</optgroup>`,
              ),
            ];
          })}
        </select>
      </div>
      <div class="field">
        <label for="partner">${msg('Partner')}</label>
        <select id="partner" part="partner" @change=${handlers.partner}>
          <option value="" .selected=${live(!filter.partner)}>${msg('All partners')}</option>
          ${guard([index, locale, filter.partner], () =>
            options(partnerOptions(index, locale, filter.partner), filter.partner),
          )}
        </select>
      </div>
      <div class="field field-search">
        <label for="query">${msg('Search')}</label>
        <input
          id="query"
          part="search"
          type="search"
          autocomplete="off"
          .value=${live(query)}
          @input=${handlers.search}
          @compositionend=${handlers.search}
          @keydown=${handlers.searchKey}
        />
      </div>
    </div>
    ${
      instrument
        ? html`<p class="preset">
            <span>${msg(str`Also filtered by instrument: ${instrument.name[locale]}`)}</span>
            <button class="link" type="button" @click=${handlers.instrument}>${msg('Show all instruments')}</button>
          </p>`
        : nothing
    }
  </div>`;
}
