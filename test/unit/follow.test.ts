import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';

import {FoipCountrySelectEvent, FoipPillarSelectEvent} from '../../src/events/events.js';
import {FIRES, FOLLOWS, followable, followedValue, resolveFollow} from '../../src/internal/follow.js';

/** Each element's source by its `@tag`: what its JSDoc says it fires, and its attribute declarations. */
const elements = new Map<string, string>();
const components = new URL('../../src/components/', import.meta.url).pathname;
for (const dir of readdirSync(components)) {
  for (const file of readdirSync(join(components, dir)).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(components, dir, file), 'utf8');
    const tag = /@tag (foip-[a-z-]+)/u.exec(source)?.[1];
    if (tag) elements.set(tag, source);
  }
}
const fired = (tag: string) => [...elements.get(tag)!.matchAll(/@fires \{\w+\} (foip-[a-z-]+)/gu)].map((m) => m[1]);
/** Whether the element declares `attribute` as a reflected property of that name (its state, readable as an attribute). */
const reflects = (tag: string, attribute: string) =>
  new RegExp(`@property\\(\\{[^}]*reflect: true[^}]*\\}\\) ${attribute}\\b`, 'u').test(elements.get(tag)!);

describe('for: what each widget fires and follows', () => {
  it('knows every widget, and the events each fires as its @fires says', () => {
    assert.deepEqual(Object.keys(FIRES).sort(), [...elements.keys()].sort());
    for (const [tag, events] of Object.entries(FIRES)) assert.deepEqual([...events].sort(), fired(tag).sort(), tag);
  });

  it('follows with attributes the follower has, from events whose sources reflect that attribute as their state', () => {
    for (const [follower, follows] of Object.entries(FOLLOWS)) {
      for (const [attribute, event] of Object.entries(follows)) {
        assert.ok(reflects(follower, attribute), `<${follower}> ${attribute}`);
        const sources = Object.keys(FIRES).filter((tag) => FIRES[tag].includes(event));
        assert.ok(sources.length, event);
        for (const source of sources) assert.ok(reflects(source, attribute), `<${source}> ${attribute}`);
      }
    }
  });
});

describe('for: resolving an id', () => {
  it('links the list to a map (country) and to the priority areas (pillar), the map to the priority areas', () => {
    assert.deepEqual(resolveFollow('foip-initiative-list', 'foip-map'), {
      links: [{attribute: 'country', event: 'foip-country-select'}],
    });
    assert.deepEqual(resolveFollow('foip-initiative-list', 'foip-pillars'), {
      links: [{attribute: 'pillar', event: 'foip-pillar-select'}],
    });
    assert.deepEqual(resolveFollow('foip-map', 'foip-pillars'), {
      links: [{attribute: 'pillar', event: 'foip-pillar-select'}],
    });
    assert.deepEqual(followable('foip-map'), ['foip-pillars']);
    assert.deepEqual(followable('foip-initiative-list'), ['foip-map', 'foip-pillars']);
  });

  const cases: [string, string, string | null, string][] = [
    [
      'no element',
      'foip-initiative-list',
      null,
      'names no element in the same document or shadow root; use the id of a <foip-map> or <foip-pillars>',
    ],
    ['not a widget', 'foip-map', 'div', 'is the id of a <div>, not of a foip widget; use the id of a <foip-pillars>'],
    [
      'a widget it cannot follow',
      'foip-map',
      'foip-initiative-list',
      'is the id of a <foip-initiative-list>, which <foip-map> cannot follow; use the id of a <foip-pillars>',
    ],
    [
      'itself',
      'foip-map',
      'foip-map',
      'is the id of a <foip-map>, which <foip-map> cannot follow; use the id of a <foip-pillars>',
    ],
    [
      'a widget that follows nothing',
      'foip-pillars',
      'foip-map',
      'is the id of a <foip-map>, which <foip-pillars> cannot follow; <foip-pillars> follows no other widget',
    ],
  ];
  for (const [name, follower, source, warning] of cases) {
    it(`warns: ${name}`, () => assert.deepEqual(resolveFollow(follower, source), {warning}));
  }
});

describe('for: the value an event gives', () => {
  it("is the event's field of the attribute's name, as text; null when cleared", () => {
    assert.equal(followedValue(new FoipCountrySelectEvent('PHL', []), 'country'), 'PHL');
    assert.equal(followedValue(new FoipCountrySelectEvent(null, []), 'country'), null);
    assert.equal(followedValue(new FoipPillarSelectEvent(2, 'free-trade-investment'), 'pillar'), '2');
    assert.equal(followedValue(new FoipPillarSelectEvent(null, null), 'pillar'), null);
  });
});
