/** Sharing a view by link (`url-key`): the widgets read their state from the page's address and write it back. */
import {expect, fixture, html} from '@open-wc/testing';

import '../../src/foip-initiative-list.js';
import '../../src/foip-map.js';
import '../../src/foip-pillars.js';
import type {FoipInitiativeList} from '../../src/foip-initiative-list.js';
import type {FoipMap} from '../../src/foip-map.js';
import type {FoipPillars} from '../../src/foip-pillars.js';
import {bundledIndex} from '../../src/data/index.js';
import {captureWarnings, shadow} from '../helpers.js';
import {$, settled, viewBox} from './map-fixtures.js';

/** The test page's own address (the runner keeps its session in it): every test starts from it. */
const original = location.href;
const param = (name: string) => new URL(location.href).searchParams.get(name);

/** Opens "a link": the page's address with these parameters added. */
function arriveWith(params: Record<string, string>): void {
  const url = new URL(original);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  history.replaceState(null, '', url.href);
}

/** Back or forward to an address: what a browser does, without leaving the test page. */
async function travelTo(params: Record<string, string>, ...elements: {updateComplete: Promise<unknown>}[]) {
  arriveWith(params);
  window.dispatchEvent(new PopStateEvent('popstate'));
  await Promise.all(elements.map((el) => el.updateComplete));
}

const selected = (el: FoipMap) =>
  [...shadow(el).querySelectorAll('[role=option][aria-selected=true]')].map((o) => o.getAttribute('data-country'));

describe('sharing a view by link (url-key)', () => {
  afterEach(() => history.replaceState(null, '', original));

  describe('<foip-map>', () => {
    async function maps(markup = html`<foip-map url-key="map"></foip-map><foip-map></foip-map>`) {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 800px">${markup}</div>`);
      const all = [...wrapper.querySelectorAll<FoipMap>('foip-map')];
      await Promise.all(all.map(settled));
      return all;
    }

    it('opens as the link says: the country selected and framed, the filter applied; a map without the key ignores it', async () => {
      arriveWith({'map-country': 'PHL', 'map-pillar': '2'});
      const [linked, other] = await maps();
      expect(linked.country).to.equal('PHL');
      expect(linked.pillar).to.equal('2');
      expect(selected(linked)).to.deep.equal(['PHL']);
      expect(viewBox(linked)[2], 'framed on the Philippines').to.be.below(viewBox(other)[2]);
      expect(other.country, 'no url-key').to.equal('');
      expect(other.pillar).to.equal('');
      expect([param('map-country'), param('map-pillar')], 'the address as it came').to.deep.equal(['PHL', '2']);
    });

    it("writes the reader's selection and the filter into the address, in place, keeping the page's own parameters", async () => {
      const [linked, other] = await maps();
      const entries = history.length;
      $(linked, '#place-IDN')!.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      await linked.updateComplete;
      expect(linked.country).to.equal('IDN');
      expect(param('map-country')).to.equal('IDN');
      linked.setAttribute('pillar', '1 3');
      await linked.updateComplete;
      expect(param('map-pillar')).to.equal('1 3');
      // Clearing the selection is written too: a link made now opens with none, whatever the markup says.
      $(linked, '#place-IDN')!.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      await linked.updateComplete;
      expect(param('map-country')).to.equal('');
      expect(new URL(location.href).searchParams.get('wtr-session-id')).to.equal(
        new URL(original).searchParams.get('wtr-session-id'),
      );
      expect(history.length, 'no history entries added').to.equal(entries);
      // The map without a key leaves the address alone.
      const before = location.href;
      other.setAttribute('country', 'JPN');
      await other.updateComplete;
      expect(location.href).to.equal(before);
    });

    it('ignores a bad value in a link, with one warning naming the parameter and the value, and keeps the markup', async () => {
      arriveWith({'map-country': 'XXX', 'map-pillar': '2'});
      const capture = captureWarnings();
      let el: FoipMap;
      try {
        [el] = await maps(html`<foip-map url-key="map" country="VNM"></foip-map>`);
      } finally {
        capture.restore();
      }
      expect($(el, '[part=problem]'), 'no error box for a bad link').to.be.null;
      expect(el.country, 'the markup value stays').to.equal('VNM');
      expect(el.pillar, 'the good value is used').to.equal('2');
      expect(capture.warnings).to.have.length(1);
      expect(capture.warnings[0]).to.contain('url-key="map"').and.to.contain('map-country="XXX"');
    });

    it('reads the address when given a key after the first render, and writes nothing once the key is gone', async () => {
      arriveWith({'late-country': 'IDN'});
      const [el] = await maps(html`<foip-map></foip-map>`);
      expect(el.country, 'no key yet').to.equal('');
      el.setAttribute('url-key', 'late');
      await el.updateComplete;
      expect(el.country).to.equal('IDN');
      el.removeAttribute('url-key');
      await el.updateComplete;
      el.setAttribute('country', 'JPN');
      await el.updateComplete;
      expect(param('late-country'), 'left as it was').to.equal('IDN');
    });

    it('follows the address back and forward; a parameter gone restores what the page set', async () => {
      // Set as a property, as frameworks do: before the first render reflects it to the attribute.
      const [el] = await maps(html`<foip-map url-key="map" .pillar=${'3'}></foip-map>`);
      await travelTo({'map-country': 'FJI', 'map-pillar': ''}, el);
      expect(el.country).to.equal('FJI');
      expect(el.pillar).to.equal('');
      await travelTo({}, el);
      expect(el.country).to.equal('');
      expect(el.pillar).to.equal('3');
    });
  });

  it('<foip-initiative-list> opens filtered as the link says and writes what the reader changes', async () => {
    arriveWith({'list-query': 'AI', 'list-pillar': '2'});
    const el = await fixture<FoipInitiativeList>(
      html`<foip-initiative-list url-key="list" controls></foip-initiative-list>`,
    );
    expect(el.query).to.equal('AI');
    expect(el.pillar).to.equal('2');
    expect(shadow(el).querySelector<HTMLInputElement>('#query')!.value, 'the search box shows it').to.equal('AI');
    shadow(el).querySelector<HTMLButtonElement>('[part=pillar-toggle][data-pillar="3"]')!.click();
    await el.updateComplete;
    expect(el.getAttribute('pillar')).to.equal('2 3');
    expect(param('list-pillar')).to.equal('2 3');
    const search = shadow(el).querySelector<HTMLInputElement>('#query')!;
    search.value = 'ＡＩ 防衛';
    search.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await el.updateComplete;
    expect(param('list-query')).to.equal('ＡＩ 防衛');
  });

  it('ignores a link at odds with the page: one warning, the widget as the page set it, no error box', async () => {
    const category = [...bundledIndex.categories.values()].find((c) => c.pillar === 1)!;
    arriveWith({'pillars-pillar': '2'});
    const capture = captureWarnings();
    let el: FoipPillars;
    try {
      el = await fixture<FoipPillars>(html`<foip-pillars url-key="pillars" category=${category.id}></foip-pillars>`);
    } finally {
      capture.restore();
    }
    expect(shadow(el).querySelector('[part=problem]'), 'no error box').to.be.null;
    expect([el.pillar, el.category], 'as the page set it').to.deep.equal([undefined, category.id]);
    // The widget's own warnings (Lit's development build adds notices of its own).
    const warnings = capture.warnings.filter((w) => w.startsWith('<foip-'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('pillars-pillar="2"');
  });

  it('makes good a write the browser refused at the next change', async () => {
    const [el] = await Promise.all([fixture<FoipMap>(html`<foip-map url-key="map"></foip-map>`)]);
    await settled(el);
    const replaceState = history.replaceState;
    history.replaceState = () => {
      throw new DOMException(
        'Attempt to use history.replaceState() more than 100 times per 10 seconds',
        'SecurityError',
      );
    };
    try {
      el.setAttribute('country', 'PHL');
      await el.updateComplete;
    } finally {
      history.replaceState = replaceState;
    }
    expect(param('map-country'), 'refused').to.be.null;
    el.setAttribute('pillar', '3');
    await el.updateComplete;
    expect([param('map-country'), param('map-pillar')]).to.deep.equal(['PHL', '3']);
  });

  it('<foip-pillars> opens the priority area the link names and writes the reader’s choice', async () => {
    arriveWith({'pillars-pillar': '3'});
    const el = await fixture<FoipPillars>(html`<foip-pillars url-key="pillars"></foip-pillars>`);
    expect(el.pillar).to.equal('3');
    el.setAttribute('pillar', '1');
    await el.updateComplete;
    expect(param('pillars-pillar')).to.equal('1');
  });
});
