/**
 * What `<foip-pillars>` says in words: titles, counts with their nouns, a priority area's summary
 * sentence, what the live region announces and which pages the source line cites. English plurals
 * through plural rules ("1 initiative"), Japanese with its counter (取組3件). No DOM: call what uses
 * `msg` while it answers in the element's language (`withLocale`), as rendering does
 * (`test/unit/pillars-text.test.ts`).
 */
import {citedPages} from '../../data/provenance.js';
import type {Pages} from '../../data/provenance.js';
import type {DatasetIndex} from '../../data/queries.js';
import type {Locale, Pillar} from '../../data/types.js';
import {formatNumber, isSingular} from '../../i18n/format.js';
import {addTranslations, currentLocale, msg, str, withLocale} from '../../i18n/msg.js';
import type {Selection} from '../../layout/pillar-tree.js';
import {categoryKey, pillarKey} from '../../layout/pillars-structure.js';
import type {PillarCounts, Structure, StructureNode} from '../../layout/pillars-structure.js';

// The pillars' Japanese strings (this module's, the views' and the element's); msg has the shared ones.
addTranslations(() => import('../../i18n/locales/ja/pillars.js'));

const one = (n: number) => isSingular(currentLocale(), n);
const num = (n: number) => formatNumber(currentLocale(), n);

/** A node's title in `locale` (measuring titles happens outside rendering, so the locale is given). */
export const nodeTitle = (index: DatasetIndex, locale: Locale, node: StructureNode): string =>
  node.kind === 'more'
    ? withLocale(locale, () => moreText(node.initiatives))
    : (node.kind === 'pillar'
        ? index.pillars.get(node.pillar)
        : node.kind === 'category'
          ? index.categories.get(node.id)
          : index.initiatives.get(node.id))!.title[locale];

/** The cell of initiatives too many to draw one by one: "412 more initiatives" / 「ほか412件」. */
export const moreText = (n: number): string =>
  one(n) ? msg(str`${num(n)} more initiative`) : msg(str`${num(n)} more initiatives`);

/** The button under a category's first cards that opens the category: "Show 412 more initiatives" / 「ほか412件を表示」. */
export const moreCardsText = (n: number): string =>
  one(n) ? msg(str`Show ${num(n)} more initiative`) : msg(str`Show ${num(n)} more initiatives`);

/** "3 initiatives" / 「取組3件」. */
export const initiativesText = (n: number): string =>
  one(n) ? msg(str`${num(n)} initiative`) : msg(str`${num(n)} initiatives`);

/** A priority area's summary sentence, every number counted from the dataset. */
export function pillarSentence(pillar: Pillar, c: PillarCounts): string {
  const initiatives = initiativesText(c.initiatives);
  const categories = one(c.categories) ? msg(str`${num(1)} category`) : msg(str`${num(c.categories)} categories`);
  // Places its initiatives are for, never its partners: each count says which it counts.
  const countries = one(c.countries)
    ? msg(str`${num(1)} target country`)
    : msg(str`${num(c.countries)} target countries`);
  const partners = one(c.partners) ? msg(str`${num(1)} partner`) : msg(str`${num(c.partners)} partners`);
  const places = one(c.places) ? msg(str`${num(1)} place`) : msg(str`${num(c.places)} places`);
  return msg(
    str`Priority area ${pillar.glyph} has ${initiatives} in ${categories}, for ${countries} and with ${partners}; the document's map shows it at ${places}.`,
  );
}

/** What the live region says after the reader opened or closed something. */
export function announcement(index: DatasetIndex, structure: Structure, {pillar, category}: Selection): string {
  if (!pillar) return msg('Closed. All priority areas are shown.');
  const n = initiativesText(structure.byKey.get(category ? categoryKey(category) : pillarKey(pillar))!.initiatives);
  if (!category) return msg(str`Opened priority area ${pillar}: ${n}.`);
  const title = index.categories.get(category)!.title[currentLocale()];
  return msg(str`Opened ${title}: ${n}.`);
}

/**
 * The pages of the source the element shows: the open category's page; the open priority
 * area's summary page to its detail pages; else every page it draws on (summaries, detail
 * pages and the map, whose items it counts and sizes by).
 */
export function sourcePages(index: DatasetIndex, {pillar, category}: Selection): Pages | undefined {
  const {data} = index;
  if (category) return index.categories.get(category)?.source?.page;
  // A partner's records may cite no page: then the line cites none.
  return citedPages(
    pillar
      ? [...data.pillars.filter((p) => p.id === pillar), ...data.categories.filter((c) => c.pillar === pillar)]
      : [...data.pillars, ...data.categories, ...data.initiatives, ...data.mapEntries],
  );
}
