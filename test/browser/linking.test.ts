// Widgets linked on a host page by a script of its own, with nothing but their events and attributes, as
// README's "Events" section shows: priority areas → map → initiatives. The same without script (`for`,
// as the "Linked" map story does it): follow.test.ts.
import {expect, fixture, html} from '@open-wc/testing';

import '../../src/foip-initiative-list.js';
import type {FoipInitiativeList} from '../../src/foip-initiative-list.js';
import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';
import '../../src/foip-pillars.js';
import type {FoipPillars} from '../../src/foip-pillars.js';
import {bundledIndex} from '../../src/data/index.js';
import type {FoipCountrySelectEvent, FoipPillarSelectEvent} from '../../src/events/events.js';
import {mapPlaces} from '../../src/layout/map-places.js';
import {shadow, text} from '../helpers.js';

describe('linked widgets', () => {
  it('opening a priority area filters the map, which says so; selecting a country filters the list', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="en">
        <foip-pillars></foip-pillars>
        <foip-map></foip-map>
        <foip-initiative-list></foip-initiative-list>
      </div>`,
    );
    const pillars = page.querySelector<FoipPillars>('foip-pillars')!;
    const map = page.querySelector<FoipMap>('foip-map')!;
    const list = page.querySelector<FoipInitiativeList>('foip-initiative-list')!;
    page.addEventListener('foip-pillar-select', (e) =>
      map.setAttribute('pillar', (e as FoipPillarSelectEvent).pillar?.toString() ?? ''),
    );
    page.addEventListener('foip-country-select', (e) =>
      list.setAttribute('country', (e as FoipCountrySelectEvent).country ?? ''),
    );
    await Promise.all([pillars.updateComplete, map.updateComplete, list.updateComplete]);

    shadow(pillars).getElementById('pillar-2')!.click();
    await pillars.updateComplete;
    await map.updateComplete;
    const shown = mapPlaces(bundledIndex, [2]);
    expect(map.getAttribute('pillar')).to.equal('2');
    const options = [...shadow(map).querySelectorAll('[role=option]')].map((o) => o.getAttribute('data-country'));
    expect(options.sort()).to.deep.equal(shown.map((p) => p.iso3).sort());
    expect(text(shadow(map).querySelector('[role=status]'))).to.match(
      /^Priority area ②: \d+ countries and territories/,
    );

    const phl = shadow(map).querySelector<SVGGElement>('#place-PHL')!;
    phl.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    await map.updateComplete;
    await list.updateComplete;
    expect(list.getAttribute('country')).to.equal('PHL');
    // The Philippines' own initiatives; ASEAN's region-wide ones follow in their own group.
    const titles = [...shadow(list).querySelectorAll('foip-initiative-card')]
      .filter((c) => !c.closest('.region-group'))
      .map((c) => c.getAttribute('initiative'));
    expect(titles).to.deep.equal(bundledIndex.initiativesByCountry.get('PHL'));
  });

  it("give one number of countries per priority area: the pillars' count and the map's legend", async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="en">
        <foip-pillars></foip-pillars>
        <foip-map></foip-map>
      </div>`,
    );
    const pillars = page.querySelector<FoipPillars>('foip-pillars')!;
    const map = page.querySelector<FoipMap>('foip-map')!;
    await Promise.all([pillars.updateComplete, map.updateComplete]);
    for (const {id} of bundledIndex.data.pillars) {
      const stats = [...shadow(pillars).getElementById(`pillar-${id}`)!.querySelectorAll('.counts .stat')];
      const countries = stats.find((s) => /^target countr/u.test(text(s.querySelector('dt'))))!;
      const legend = text(shadow(map).querySelector(`.legend li[data-pillar="${id}"]`));
      expect(legend, `priority area ${id}`).to.match(
        new RegExp(`\\(${text(countries.querySelector('dd'))} countries\\)$`, 'u'),
      );
    }
  });
});
