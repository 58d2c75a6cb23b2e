/**
 * `<foip-partners>`'s words: the names of partners and formats, the summary and what a selection
 * says aloud. Partners, organisations and Japanese implementers are each counted and named apart.
 * No DOM: call it while `msg` answers in the widget's language (`withLocale`), as rendering does.
 */
import type {Format, Partner, Partnerships} from '../../data/partnerships.js';
import {namedOnce} from '../../data/partnerships.js';
import {nameInSentence} from '../../data/queries.js';
import type {DatasetIndex} from '../../data/queries.js';
import {HOME} from '../../data/types.js';
import {formatList, isSingular, joinSentences} from '../../i18n/format.js';
import {addTranslations, currentLocale, msg, str} from '../../i18n/msg.js';

// The widget's Japanese strings, registered here with its words (the element and its templates import
// this module; so can a script that only wants the summary). msg has the shared ones.
addTranslations(() => import('../../i18n/locales/ja/partners.js'));

/** A partner's name as a label: a country's, a territory's or an organisation's. */
export const partnerLabel = (index: DatasetIndex, id: string): string => index.partnerName(id, currentLocale());

/**
 * The abbreviation a partner's name carries in parentheses (ASEAN, ADB, EU, A*STAR), for a narrow
 * matrix: the full name is still its accessible name. Undefined for a name without one.
 */
export const shortLabel = (index: DatasetIndex, id: string): string | undefined =>
  /[（(]([A-Z][A-Z*]+)[）)]/u.exec(partnerLabel(index, id))?.[1];

/** A partner's name inside a sentence ("the United States", "the World Bank"). */
export function partnerInSentence(index: DatasetIndex, id: string): string {
  const named = index.countries.get(id) ?? index.organisations.get(id);
  return named ? nameInSentence(named, currentLocale()) : id;
}

/** Whether the document calls the partner Japan's ally (同盟国): a country's `ally` citation. */
export const isAlly = (index: DatasetIndex, id: string): boolean => Boolean(index.countries.get(id)?.ally);

/** A sentence that opens with a name: "The United States takes part…" (a no-op in Japanese). */
const opening = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const japan = (index: DatasetIndex) => {
  const home = index.countries.get(HOME);
  return home ? home.name[currentLocale()] : msg('Japan');
};

/**
 * A format's name: the one the document prints ((日米豪印)), else Japan and its partners as a list
 * ("Japan, the United States, Australia, New Zealand and Taiwan"): a description, never a name the
 * document does not give.
 */
export function formatLabel(index: DatasetIndex, format: Format): string {
  const locale = currentLocale();
  if (format.name) return format.name[locale];
  return formatList(locale, [japan(index), ...format.partners.map((p) => partnerInSentence(index, p))]);
}

/** "3 initiatives and 2 map items", "1 map item": what lies behind a partner or a format. */
export function recordsText(initiatives: number, items: number): string {
  const locale = currentLocale();
  const i = isSingular(locale, initiatives)
    ? msg(str`${initiatives} initiative`)
    : msg(str`${initiatives} initiatives`);
  const m = isSingular(locale, items) ? msg(str`${items} map item`) : msg(str`${items} map items`);
  if (!items) return i;
  if (!initiatives) return m;
  return formatList(locale, [i, m]);
}

/** "in 5 formats" / "in 1 format". */
const formatsText = (n: number): string =>
  isSingular(currentLocale(), n) ? msg(str`${n} format`) : msg(str`${n} formats`);

/** How partners of each kind are counted: "6 countries, 1 territory and 5 organisations". */
function kindsText(partners: readonly Partner[]): string {
  const locale = currentLocale();
  const count = (kind: Partner['kind']) => partners.filter((p) => p.kind === kind).length;
  const parts: string[] = [];
  const countries = count('country');
  const territories = count('territory');
  const organisations = count('organisation');
  if (countries)
    parts.push(isSingular(locale, countries) ? msg(str`${countries} country`) : msg(str`${countries} countries`));
  if (territories)
    parts.push(
      isSingular(locale, territories) ? msg(str`${territories} territory`) : msg(str`${territories} territories`),
    );
  if (organisations)
    parts.push(
      isSingular(locale, organisations)
        ? msg(str`${organisations} organisation`)
        : msg(str`${organisations} organisations`),
    );
  return formatList(locale, parts);
}

/** The summary, one string per sentence: join with a space in English and with nothing in Japanese. */
export function partnersSummary(index: DatasetIndex, p: Partnerships): string[] {
  const locale = currentLocale();
  const {partners, formats} = p;
  if (!partners.length) return [msg('The data names no partner of Japan.')];
  const n = partners.length;
  const sentences = [
    isSingular(locale, n)
      ? msg(str`The document names ${n} partner of Japan: ${kindsText(partners)}.`)
      : msg(str`The document names ${n} partners of Japan: ${kindsText(partners)}.`),
  ];
  const initiatives = new Set(formats.flatMap((f) => f.initiatives)).size;
  const items = formats.reduce((sum, f) => sum + f.items.length, 0);
  sentences.push(
    msg(str`They work with Japan in ${formatsText(formats.length)}, on ${recordsText(initiatives, items)}.`),
  );
  // After the formats sentence: its "They" are the partners, not the ally.
  const allies = partners.filter((x) => isAlly(index, x.id));
  if (allies.length) {
    const names = formatList(
      locale,
      allies.map((x) => partnerInSentence(index, x.id)),
    );
    sentences.push(
      isSingular(locale, allies.length)
        ? msg(str`The document calls ${names} Japan's ally.`)
        : msg(str`The document calls ${names} Japan's allies.`),
    );
  }
  const busiest = partners.reduce((a, b) => (b.formats.length > a.formats.length ? b : a));
  if (partners.filter((x) => x.formats.length === busiest.formats.length).length === 1) {
    sentences.push(
      msg(
        str`${opening(partnerInSentence(index, busiest.id))} takes part in the most formats (${busiest.formats.length}).`,
      ),
    );
  }
  const once = partners.filter(namedOnce).length;
  if (once) {
    sentences.push(
      isSingular(locale, once)
        ? msg(str`${once} partner is named in only one initiative or map item.`)
        : msg(str`${once} partners are named in only one initiative or map item.`),
    );
  }
  if (p.implementers.length) {
    const names = opening(
      formatList(
        locale,
        p.implementers.map((id) => partnerInSentence(index, id)),
      ),
    );
    sentences.push(
      isSingular(locale, p.implementers.length)
        ? msg(str`${names} carries out initiatives on Japan's side and is not counted as a partner.`)
        : msg(str`${names} carry out initiatives on Japan's side and are not counted as partners.`),
    );
  }
  return sentences;
}

/** What a partner's row says: Japan's ally where the document calls it so, its formats and records, and when it is named only once. */
export function partnerFacts(index: DatasetIndex, partner: Partner): string {
  const records = recordsText(partner.initiatives.length, partner.items.length);
  return joinSentences(currentLocale(), [
    ...(isAlly(index, partner.id) ? [msg("Japan's ally.")] : []),
    msg(str`In ${formatsText(partner.formats.length)}; ${records}.`),
    ...(namedOnce(partner) ? [msg('Named in only one initiative or map item.')] : []),
  ]);
}

/** What a format's head says: its partners and records. */
export function formatFacts(format: Format): string {
  const n = format.partners.length;
  const records = recordsText(format.initiatives.length, format.items.length);
  return isSingular(currentLocale(), n)
    ? msg(str`With ${n} partner; ${records}.`)
    : msg(str`With ${n} partners; ${records}.`);
}

/** What the live region says when a selection changes. */
export function selectionText(index: DatasetIndex, partner?: Partner, format?: Format): string {
  if (partner && format) {
    return msg(
      str`Selected: ${partnerLabel(index, partner.id)} in ${formatLabel(index, format)}, ${recordsText(format.initiatives.length, format.items.length)}.`,
    );
  }
  if (partner) return msg(str`Selected: ${partnerLabel(index, partner.id)}. ${partnerFacts(index, partner)}`);
  if (format) return msg(str`Selected: ${formatLabel(index, format)}. ${formatFacts(format)}`);
  return msg('Selection cleared.');
}
