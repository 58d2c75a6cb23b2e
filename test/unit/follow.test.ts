import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';

import {FOLLOWS, followWarning, followedBy, followedEvent} from '../../src/internal/follow.js';

/** Each element's source by its `@tag`. */
const elements = new Map<string, string>();
const components = new URL('../../src/components/', import.meta.url).pathname;
for (const dir of readdirSync(components)) {
  for (const file of readdirSync(join(components, dir)).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(components, dir, file), 'utf8');
    const tag = /@tag (foip-[a-z-]+)/u.exec(source)?.[1];
    if (tag) elements.set(tag, source);
  }
}
const fires = (tag: string, event: string) => new RegExp(`@fires \\{\\w+\\} ${event} `, 'u').test(elements.get(tag)!);
/** Whether the element declares `attribute` as a reflected property of that name: its state, readable as an attribute. */
const reflects = (tag: string, attribute: string) =>
  new RegExp(`@property\\(\\{[^}]*reflect: true[^}]*\\}\\) ${attribute}\\b`, 'u').test(elements.get(tag)!);

describe('for: what follows what', () => {
  it('follows with attributes the follower reflects, from sources that fire the event and reflect the attribute', () => {
    assert.ok(Object.keys(FOLLOWS).length);
    for (const [follower, follows] of Object.entries(FOLLOWS)) {
      for (const [attribute, source] of Object.entries(follows)) {
        assert.ok(reflects(follower, attribute), `<${follower}> ${attribute}`);
        assert.ok(fires(source, followedEvent(attribute)), `<${source}> fires ${followedEvent(attribute)}`);
        assert.ok(reflects(source, attribute), `<${source}> ${attribute}`);
      }
    }
  });

  it('links the list to a map (country) and to the priority areas (pillar), the map to the priority areas', () => {
    assert.deepEqual(followedBy('foip-initiative-list', 'foip-map'), ['country']);
    assert.deepEqual(followedBy('foip-initiative-list', 'foip-pillars'), ['pillar']);
    assert.deepEqual(followedBy('foip-map', 'foip-pillars'), ['pillar']);
    assert.equal(followedEvent('country'), 'foip-country-select');
  });

  const none: [string, string, string | undefined][] = [
    ['no element', 'foip-initiative-list', undefined],
    ['not a widget', 'foip-map', 'div'],
    ['a widget it does not follow', 'foip-map', 'foip-initiative-list'],
    ['itself', 'foip-map', 'foip-map'],
    ['anything, for a widget that follows none', 'foip-pillars', 'foip-map'],
  ];
  for (const [name, follower, source] of none) {
    it(`links nothing: ${name}`, () => assert.deepEqual(followedBy(follower, source), []));
  }
});

describe('for: the warning for an id that names no source', () => {
  const cases: [string, string | undefined, string][] = [
    ['foip-initiative-list', undefined, 'names no element here, not a <foip-map>, <foip-pillars> or <foip-partners>'],
    ['foip-partners', 'foip-map', 'names a <foip-map> here, not a <foip-pillars>'],
    ['foip-map', 'div', 'names a <div> here, not a <foip-pillars>'],
    ['foip-map', 'foip-initiative-list', 'names a <foip-initiative-list> here, not a <foip-pillars>'],
    ['foip-pillars', 'foip-map', 'names a <foip-map> here, not a widget it follows'],
  ];
  for (const [follower, source, warning] of cases) {
    it(`<${follower}> for an id of ${source ?? 'nothing'}`, () =>
      assert.equal(followWarning(follower, source), warning));
  }
});
