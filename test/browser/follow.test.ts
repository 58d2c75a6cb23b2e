// `for`: widgets linked by an id, with no script on the page (issue 18). The events stay the contract
// for scripts (linking.test.ts); `for` is the same wiring done by the library.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';

import '../../src/foip-initiative-list.js';
import type {FoipInitiativeList} from '../../src/foip-initiative-list.js';
import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';
import '../../src/foip-pillars.js';
import type {FoipPillars} from '../../src/foip-pillars.js';
import {bundledIndex} from '../../src/data/index.js';
import {FoipPillarSelectEvent} from '../../src/events/events.js';
import {mapPlaces} from '../../src/layout/map-places.js';
import {captureWarnings, settled, shadow} from '../helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>; requestUpdate: () => void};

/** Renders a page section and waits until its widgets, and the followers' first taking of their sources' state, are done. */
async function page(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const section = await fixture<HTMLElement>(html`<div lang="en">${template}</div>`);
  await idle(section);
  return section;
}
async function idle(root: ParentNode): Promise<void> {
  const widgets = () => [...root.querySelectorAll<Widget>('*')].filter((e) => e.localName.startsWith('foip-'));
  await Promise.all(widgets().map((w) => settled(w)));
  // A follower takes its source's state once the source has rendered: one more round.
  await Promise.all(widgets().map((w) => settled(w)));
}

/** The reader clicks a country on the map, as in the map's own tests. */
async function selectCountry(map: FoipMap, iso3: string): Promise<void> {
  shadow(map)
    .querySelector(`#place-${iso3}`)!
    .dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
  await map.updateComplete;
}

/** The reader selects a country on `map`: the country `list` filters by then (null: none). */
async function listCountryAfter(map: FoipMap, iso3: string, list: FoipInitiativeList): Promise<string | null> {
  await selectCountry(map, iso3);
  await settled(list);
  return list.getAttribute('country');
}

/** The reader opens (or closes) a priority area in the picture. */
async function togglePillar(pillars: FoipPillars, id: number): Promise<void> {
  shadow(pillars).getElementById(`pillar-${id}`)!.click();
  await pillars.updateComplete;
}

/** The list's own cards (a region's cards, grouped apart, left out). */
const ownCards = (list: FoipInitiativeList) =>
  [...shadow(list).querySelectorAll('foip-initiative-card')]
    .filter((c) => !c.closest('.region-group'))
    .map((c) => c.getAttribute('initiative'));
const allCards = (list: FoipInitiativeList) => shadow(list).querySelectorAll('foip-initiative-card').length;
const mapOptions = (map: FoipMap) =>
  [...shadow(map).querySelectorAll('[role=option]')].map((o) => o.getAttribute('data-country')).sort();
/** A map, and a list that follows it. */
async function mapAndList(): Promise<{section: HTMLElement; map: FoipMap; list: FoipInitiativeList}> {
  const section = await page(html`
    <foip-map id="main-map"></foip-map>
    <foip-initiative-list for="main-map"></foip-initiative-list>
  `);
  return {section, map: section.querySelector('foip-map')!, list: section.querySelector('foip-initiative-list')!};
}
const problem = (el: Element) => shadow(el).querySelector('[part=problem]');

describe('for: following another widget without script', () => {
  it('a list follows the country selected on a map, and shows everything again when it is cleared', async () => {
    const {map, list} = await mapAndList();
    const everything = allCards(list);
    expect(everything).to.equal(bundledIndex.data.initiatives.length);

    expect(await listCountryAfter(map, 'PHL', list)).to.equal('PHL');
    expect(ownCards(list)).to.deep.equal(bundledIndex.initiativesByCountry.get('PHL'));

    expect(await listCountryAfter(map, 'PHL', list)).to.be.null;
    expect(allCards(list)).to.equal(everything);
  });

  it('a map follows the priority area open in the picture; a list follows both, each by its own id', async () => {
    const section = await page(html`
      <foip-pillars id="areas"></foip-pillars>
      <foip-map id="main-map" for="areas"></foip-map>
      <foip-initiative-list for="main-map"></foip-initiative-list>
    `);
    const pillars = section.querySelector<FoipPillars>('foip-pillars')!;
    const map = section.querySelector<FoipMap>('foip-map')!;
    const list = section.querySelector<FoipInitiativeList>('foip-initiative-list')!;
    const world = mapOptions(map);

    await togglePillar(pillars, 2);
    await settled(map);
    expect(map.getAttribute('pillar')).to.equal('2');
    expect(mapOptions(map)).to.deep.equal(
      mapPlaces(bundledIndex, [2])
        .map((p) => p.iso3)
        .sort(),
    );
    // The list follows the map, not the picture: no priority-area filter of its own.
    expect(list.hasAttribute('pillar')).to.be.false;

    await togglePillar(pillars, 2);
    await settled(map);
    expect(map.hasAttribute('pillar')).to.be.false;
    expect(mapOptions(map)).to.deep.equal(world);

    list.setAttribute('for', 'areas');
    await settled(list);
    await togglePillar(pillars, 3);
    await settled(list);
    expect(list.getAttribute('pillar')).to.equal('3');
    const third = bundledIndex.data.initiatives.filter((i) => i.pillar === 3).length;
    expect(allCards(list)).to.equal(third);
  });

  it("takes the source's state when linked: a map's country in the markup filters the list from the start", async () => {
    const section = await page(html`
      <foip-initiative-list for="main-map"></foip-initiative-list>
      <foip-map id="main-map" country="IDN"></foip-map>
    `);
    const list = section.querySelector<FoipInitiativeList>('foip-initiative-list')!;
    await waitUntil(() => list.getAttribute('country') === 'IDN', "the list takes the map's country");
    await settled(list);
    expect(ownCards(list)).to.deep.equal(bundledIndex.initiativesByCountry.get('IDN'));
  });

  it('stops following when disconnected, and follows again when connected again', async () => {
    const {section, map, list} = await mapAndList();
    list.remove();
    await selectCountry(map, 'PHL');
    expect(list.hasAttribute('country')).to.be.false;

    section.append(list);
    // Connected again, it takes the map's state as it is now.
    await waitUntil(() => list.getAttribute('country') === 'PHL', "the list takes the map's country again");
    expect(await listCountryAfter(map, 'VNM', list)).to.equal('VNM');
  });

  it('follows the new source when `for` changes, and none when it is removed', async () => {
    const section = await page(html`
      <foip-map id="first"></foip-map>
      <foip-map id="second"></foip-map>
      <foip-initiative-list for="first"></foip-initiative-list>
    `);
    const [first, second] = section.querySelectorAll<FoipMap>('foip-map');
    const list = section.querySelector<FoipInitiativeList>('foip-initiative-list')!;

    list.setAttribute('for', 'second');
    await settled(list);
    expect(await listCountryAfter(first, 'PHL', list)).to.be.null;
    expect(await listCountryAfter(second, 'VNM', list)).to.equal('VNM');

    list.removeAttribute('for');
    await settled(list);
    await selectCountry(second, 'IDN');
    expect(await listCountryAfter(first, 'IDN', list)).to.equal('VNM');
  });

  it("follows only the source's own events, not those of a widget inside it", async () => {
    const section = await page(html`
      <foip-pillars id="areas"></foip-pillars>
      <foip-map for="areas"></foip-map>
    `);
    const pillars = section.querySelector<FoipPillars>('foip-pillars')!;
    const map = section.querySelector<FoipMap>('foip-map')!;
    // A foip-pillar-select from inside the picture's shadow root reaches the picture retargeted to it.
    const inner = shadow(pillars).querySelector('[part=pillars]')!;
    inner.dispatchEvent(new FoipPillarSelectEvent(1, null));
    await settled(map);
    expect(map.hasAttribute('pillar')).to.be.false;
  });

  const bad: [string, string, () => ReturnType<typeof html>][] = [
    ['an id that names nothing', 'nowhere', () => html`<foip-initiative-list for="nowhere"></foip-initiative-list>`],
    [
      'the id of an element that is not a widget',
      'intro',
      () =>
        html`<p id="intro">Japan and the region</p>
          <foip-initiative-list for="intro"></foip-initiative-list>`,
    ],
    [
      'the id of a widget it cannot follow',
      'other-list',
      () => html`<foip-initiative-list id="other-list"></foip-initiative-list> <foip-map for="other-list"></foip-map>`,
    ],
  ];
  for (const [name, id, template] of bad) {
    it(`ignores ${name} with exactly one warning naming the attribute and value, and still renders`, async () => {
      const capture = captureWarnings();
      try {
        const section = await page(template());
        const follower = section.querySelector<Widget>('[for]')!;
        expect(problem(follower)).to.be.null;
        expect(shadow(follower).childElementCount).to.be.greaterThan(0);
        follower.setAttribute('lang', 'ja');
        follower.requestUpdate();
        await settled(follower);
        follower.remove();
        section.append(follower);
        await idle(section);
        expect(capture.warnings).to.have.length(1);
        expect(capture.warnings[0]).to.match(new RegExp(`^<${follower.localName}> for="${id}" `, 'u'));
        expect(problem(follower)).to.be.null;
      } finally {
        capture.restore();
      }
    });
  }

  it('finds a source added later (warned about once meanwhile), and one in the same shadow root only', async () => {
    const capture = captureWarnings();
    try {
      const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const root = host.attachShadow({mode: 'open'});
      // The same id in the document does not count: the follower looks in its own root.
      const outside = await page(html`<foip-map id="later"></foip-map>`);
      root.innerHTML = '<foip-initiative-list for="later"></foip-initiative-list>';
      const list = root.querySelector<FoipInitiativeList>('foip-initiative-list')!;
      await idle(root);
      expect(capture.warnings).to.have.length(1);
      expect(capture.warnings[0]).to.match(/^<foip-initiative-list> for="later" names no element/u);
      await selectCountry(outside.querySelector<FoipMap>('foip-map')!, 'PHL');
      await settled(list);
      expect(list.hasAttribute('country')).to.be.false;

      const map = document.createElement('foip-map');
      map.id = 'later';
      map.setAttribute('country', 'THA');
      root.append(map);
      await waitUntil(() => list.getAttribute('country') === 'THA', "the list takes the new map's country");
      await idle(root);
      expect(await listCountryAfter(map, 'VNM', list)).to.equal('VNM');
      expect(capture.warnings).to.have.length(1);
    } finally {
      capture.restore();
    }
  });
});
