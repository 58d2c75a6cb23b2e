/**
 * What `for` links, as data: the events each widget fires when its reader chooses, and which
 * attribute of a follower follows which of them. Pure (no DOM, no lit), so it is tested in Node;
 * `./follow-controller.ts` does the wiring. A new widget that follows declares one line in `FOLLOWS`;
 * one that can be followed, its events in `FIRES`.
 */

/** The `foip-*` events by which a widget says what its reader chose (its `@fires`), by tag. */
export const FIRES: Readonly<Record<string, readonly string[]>> = {
  'foip-map': ['foip-country-select'],
  'foip-pillars': ['foip-pillar-select', 'foip-initiative-select'],
  'foip-initiative-list': ['foip-filter-change', 'foip-initiative-select'],
  'foip-initiative-card': ['foip-initiative-select'],
  'foip-vision': [],
};

/**
 * Which attribute of a follower follows which event, by the follower's tag. The attribute takes the
 * event's field of the same name (`country` from `foip-country-select`'s `country`; null removes it),
 * and, when linked, the source's own attribute of that name if it has one: the source's state.
 */
export const FOLLOWS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'foip-initiative-list': {country: 'foip-country-select', pillar: 'foip-pillar-select'},
  'foip-map': {pillar: 'foip-pillar-select'},
};

/** One attribute of the follower following one event of the source. */
export interface Link {
  readonly event: string;
  readonly attribute: string;
}

/** What a follower does with the element its `for` names: link to it, or warn (English, after `for="…"`). */
export type Resolved = {readonly links: readonly Link[]} | {readonly warning: string};

const tagList = (tags: readonly string[]): string =>
  tags.length > 1 ? `${tags.slice(0, -1).join(', ')} or ${tags.at(-1)}` : tags.join('');

/** The widgets a follower can follow: those that fire an event it follows. */
export function followable(follower: string): string[] {
  const events = Object.values(FOLLOWS[follower] ?? {});
  return Object.keys(FIRES).filter((tag) => FIRES[tag].some((e) => events.includes(e)));
}

/**
 * How `follower` (a tag) follows the element its `for` names (`source`, a tag; null when no
 * element of the same document or shadow root has that id).
 */
export function resolveFollow(follower: string, source: string | null): Resolved {
  const can = followable(follower).map((tag) => `<${tag}>`);
  const hint = can.length ? `; use the id of a ${tagList(can)}` : `; <${follower}> follows no other widget`;
  if (source === null) return {warning: `names no element in the same document or shadow root${hint}`};
  if (!(source in FIRES)) return {warning: `is the id of a <${source}>, not of a foip widget${hint}`};
  const fires = FIRES[source];
  const links = Object.entries(FOLLOWS[follower] ?? {})
    .filter(([, event]) => fires.includes(event))
    .map(([attribute, event]) => ({attribute, event}));
  return links.length ? {links} : {warning: `is the id of a <${source}>, which <${follower}> cannot follow${hint}`};
}

/** The attribute value an event gives a follower: its field of that name as text, or null (remove it). */
export function followedValue(event: object, attribute: string): string | null {
  const value = (event as Record<string, unknown>)[attribute];
  return value === null || value === undefined || value === '' ? null : String(value);
}
