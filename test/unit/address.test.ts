import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {readAddress, writeAddress} from '../../src/internal/address.js';

describe('widget state in the page address', () => {
  it('reads only its own key and attributes, empty values included', () => {
    const values = readAddress('?map-country=PHL&map-pillar=&list-country=IDN&map-view=world&q=1', 'map', [
      'country',
      'pillar',
    ]);
    assert.deepEqual(
      [...values],
      [
        ['country', 'PHL'],
        ['pillar', ''],
      ],
    );
    assert.equal(readAddress('', 'map', ['country']).size, 0);
  });

  it('decodes what it reads: spaces, Japanese', () => {
    const values = readAddress('?list-query=%E3%83%95%E3%82%A3%E3%83%AA%E3%83%94%E3%83%B3&list-pillar=1+3', 'list', [
      'query',
      'pillar',
    ]);
    assert.equal(values.get('query'), 'フィリピン');
    assert.equal(values.get('pillar'), '1 3');
  });

  const selection = new Map([
    ['pillar', '2 3'],
    ['country', 'PHL'],
  ]);

  it('writes its attributes and keeps every other parameter and the fragment', () => {
    const href = writeAddress('https://embassy.example/news/?page=2&map-pillar=1#foip', 'map', selection);
    const url = new URL(href);
    assert.equal(url.pathname, '/news/');
    assert.equal(url.hash, '#foip');
    assert.equal(url.searchParams.get('page'), '2');
    assert.equal(url.searchParams.get('map-pillar'), '2 3');
    assert.equal(url.searchParams.get('map-country'), 'PHL');
  });

  it("leaves the page's own query byte for byte, and replaces its own parameters in place", () => {
    const href = writeAddress(
      'https://embassy.example/?q=a%20b&flag&tag=x+y&map-pillar=1&z=%E6%97%A5#f',
      'map',
      selection,
    );
    assert.equal(href, 'https://embassy.example/?q=a%20b&flag&tag=x+y&map-pillar=2%203&z=%E6%97%A5&map-country=PHL#f');
    assert.equal(
      writeAddress('https://embassy.example/', 'map', new Map([['country', '']])),
      'https://embassy.example/?map-country=',
    );
  });

  it('round-trips: what it writes, it reads back', () => {
    const values = new Map([
      ['query', 'ＡＩ & 5G?'],
      ['country', ''],
    ]);
    const href = writeAddress('https://embassy.example/?a=b', 'list', values);
    assert.deepEqual(readAddress(new URL(href).search, 'list', ['query', 'country']), values);
  });
});
