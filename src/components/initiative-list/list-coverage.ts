/**
 * What the list shows and says when its country is covered as a member of a region (Myanmar as a
 * member of ASEAN): the region's initiatives grouped under the region, after the country's own, and
 * a count that keeps the two apart. What is region-wide comes from src/data/coverage.ts, as on the map.
 */
import {html} from 'lit';
import type {TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';

import {coverage} from '../../data/coverage.js';
import type {RegionWide} from '../../data/coverage.js';
import {nameInSentence} from '../../data/queries.js';
import type {DatasetIndex, InitiativeFilter} from '../../data/queries.js';
import type {Initiative, Locale} from '../../data/types.js';
import {formatNumber, isSingular} from '../../i18n/format.js';
import {msg, str} from '../../i18n/msg.js';
import {heading} from '../../internal/input.js';
import {coveredText, regionNames} from '../../internal/region-wide.js';

/** The regions that cover the filter's country with initiatives in the filter (none without a country). */
export function regionsCovering(index: DatasetIndex, filter: InitiativeFilter): RegionWide[] {
  if (!filter.country) return [];
  return coverage(index, filter.country, filter).regions.filter((r) => r.initiatives.length > 0);
}

/**
 * The count line: "Showing 5 of 24 initiatives", and what covers the country as a member, never
 * added to its own: "…; 5 region-wide initiatives of ASEAN also cover the Philippines", or for a
 * country no initiative names, "No initiatives name Myanmar; 6 region-wide initiatives of ASEAN cover it".
 */
export function countText(
  index: DatasetIndex,
  locale: Locale,
  filter: InitiativeFilter,
  shown: number,
  regions: readonly RegionWide[],
): string {
  const total = index.data.initiatives.length;
  const [n, of] = [formatNumber(locale, shown), formatNumber(locale, total)];
  const wide = new Set(regions.flatMap((r) => r.initiatives)).size;
  if (!wide || !filter.country) {
    return isSingular(locale, total)
      ? msg(str`Showing ${n} of ${of} initiative`)
      : msg(str`Showing ${n} of ${of} initiatives`);
  }
  const r = formatNumber(locale, wide);
  const one = isSingular(locale, wide);
  const country = nameInSentence(index.countries.get(filter.country)!, locale);
  const by = regionNames(
    index,
    regions.map((w) => w.region),
  );
  if (shown) {
    // Own initiatives shown: the edition has more than one, so "initiatives" is plural.
    return one
      ? msg(str`Showing ${n} of ${of} initiatives; ${r} region-wide initiative of ${by} also covers ${country}`)
      : msg(str`Showing ${n} of ${of} initiatives; ${r} region-wide initiatives of ${by} also cover ${country}`);
  }
  const narrowed = Boolean(filter.pillars?.length || filter.partner || filter.instrument || filter.query?.trim());
  if (narrowed) {
    return one
      ? msg(
          str`No initiatives matching the other filters name ${country}; ${r} region-wide initiative of ${by} covers it`,
        )
      : msg(
          str`No initiatives matching the other filters name ${country}; ${r} region-wide initiatives of ${by} cover it`,
        );
  }
  return one
    ? msg(str`No initiatives name ${country}; ${r} region-wide initiative of ${by} covers it`)
    : msg(str`No initiatives name ${country}; ${r} region-wide initiatives of ${by} cover it`);
}

/**
 * A group per region, after the country's own: a heading at the priority areas' level saying
 * "Covered as a member of ASEAN (region-wide items)", then its initiatives as cards, in document
 * order, their titles one level below.
 */
export function regionGroups(
  index: DatasetIndex,
  regions: readonly RegionWide[],
  level: number,
  card: (initiative: Initiative, level: number) => TemplateResult,
): TemplateResult[] {
  return regions.map(({region, initiatives}) => {
    const id = `region-${region}`;
    return html`<div class="region-group" data-region=${region}>
      ${heading(level, id, html`<span part="region-heading" class="region-heading">${coveredText(index, [region])}</span>`)}
      <ul class="cards" role="list" aria-labelledby=${id}>
        ${repeat(
          initiatives,
          (i) => i,
          (i) => html`<li>${card(index.initiatives.get(i)!, level + 1)}</li>`,
        )}
      </ul>
    </div>`;
  });
}
