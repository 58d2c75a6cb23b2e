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

/** A query parameter's decoded name, as URLSearchParams reads it. */
function decodedName(part: string): string {
  const name = part.split('=', 1)[0].replaceAll('+', ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * `href` with these attributes written under `key`, each in its place or appended. The rest of the
 * query is kept byte for byte (`a%20b` stays `a%20b`, a bare `flag` stays bare), and the fragment too.
 */
export function writeAddress(href: string, key: string, values: ReadonlyMap<string, string>): string {
  const url = new URL(href);
  const pending = new Map([...values].map(([attribute, value]) => [parameterName(key, attribute), value]));
  const encode = (name: string, value: string) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
  const parts = url.search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((part) => {
      const name = decodedName(part);
      const value = pending.get(name);
      if (value === undefined) return part;
      pending.delete(name);
      return encode(name, value);
    });
  for (const [name, value] of pending) parts.push(encode(name, value));
  url.search = parts.join('&');
  return url.href;
}
