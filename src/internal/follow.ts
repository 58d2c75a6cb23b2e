/**
 * What `for` links, as data: which attribute of a follower follows which widget. Pure (no DOM, no
 * lit), so it is tested in Node; `./follow-controller.ts` does the wiring. A source says what its
 * reader chose with `foip-<attribute>-select` (`foip-country-select`'s `country`, `foip-pillar-select`'s
 * `pillar`), and reflects the same state in its attribute of that name. A new widget that follows
 * declares its line here (`'foip-country': {country: 'foip-map'}`).
 */
export const FOLLOWS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'foip-country': {country: 'foip-map'},
  'foip-initiative-list': {country: 'foip-map', pillar: 'foip-pillars', partner: 'foip-partners'},
  'foip-map': {pillar: 'foip-pillars'},
  'foip-partners': {pillar: 'foip-pillars'},
};

/** The event by which a source tells the value of `attribute`. */
export const followedEvent = (attribute: string): string => `foip-${attribute}-select`;

/** The attributes of `follower` (a tag) that follow `source` (a tag, or undefined when the id names nothing). */
export const followedBy = (follower: string, source?: string): string[] =>
  Object.entries(FOLLOWS[follower] ?? {})
    .filter(([, tag]) => tag === source)
    .map(([attribute]) => attribute);

/** Why `for` names no source, for the console (English, after `for="…"`). */
export function followWarning(follower: string, source?: string): string {
  const can = Object.values(FOLLOWS[follower] ?? {}).map((tag) => `<${tag}>`);
  const choices = can.length > 1 ? `${can.slice(0, -1).join(', ')} or ${can.at(-1)}` : can[0];
  return `names ${source ? `a <${source}>` : 'no element'} here, not a ${choices ?? 'widget it follows'}`;
}
