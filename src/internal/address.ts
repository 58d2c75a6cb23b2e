/**
 * A widget's state in the page's address, so a view can be shared by link: with `url-key="map"`,
 * `?map-country=PHL&map-pillar=2`. One query parameter per attribute, named `<key>-<attribute>`,
 * beside whatever else the page keeps there. Pure: the element reads and writes `location`.
 */

/** The query parameter that carries `attribute` under `key`. */
export const parameterName = (key: string, attribute: string): string => `${key}-${attribute}`;

/**
 * The attributes the address gives, by name: only those present (an empty value is a value: the
 * reader cleared a filter the markup sets).
 */
export function readAddress(search: string, key: string, attributes: readonly string[]): Map<string, string> {
  const params = new URLSearchParams(search);
  const values = new Map<string, string>();
  for (const attribute of attributes) {
    const value = params.get(parameterName(key, attribute));
    if (value !== null) values.set(attribute, value);
  }
  return values;
}

/** `href` with these attributes written under `key`; every other parameter and the fragment kept. */
export function writeAddress(href: string, key: string, values: ReadonlyMap<string, string>): string {
  const url = new URL(href);
  for (const [attribute, value] of values) url.searchParams.set(parameterName(key, attribute), value);
  return url.href;
}
