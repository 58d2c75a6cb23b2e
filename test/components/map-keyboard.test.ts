import {aTimeout, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';

import {FoipCountrySelectEvent} from '../../src/events/events.js';
import {recordEvents, shadow} from '../helpers.js';
import {
  BASE,
  activeId,
  beside,
  map,
  nameOf,
  option,
  options,
  place,
  pointOf,
  press,
  render,
  settled,
  status,
  svgOf,
  tooltip,
  typeahead,
  viewBox,
  desktopViewport,
} from './map-fixtures.js';

describe('<foip-map>', () => {
  desktopViewport();

  describe('keyboard', () => {
    it('is one tab stop: the svg has tabindex 0 and no option is tabbable', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 1000px">
          <button id="before">before</button>${map()}<button id="after">after</button>
        </div>`,
      );
      const el = wrapper.querySelector<FoipMap>('foip-map')!;
      await settled(el);
      const svg = svgOf(el);
      expect(svg.getAttribute('tabindex')).to.equal('0');
      expect(svg.getAttribute('role')).to.equal('listbox');
      for (const o of options(el)) {
        expect(o.hasAttribute('tabindex'), o.id).to.be.false;
        expect(o.tabIndex, o.id).to.be.below(0);
      }
      expect(
        shadow(el).querySelectorAll('[role=option] [tabindex], [role=option] a, [role=option] button'),
      ).to.have.length(0);
      // From the last control, Tab lands on the map itself and the next Tab leaves it.
      const controls = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=controls] button')];
      controls.at(-1)!.focus();
      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement).to.equal(svg);
      expect(activeId(el)).to.equal(beside.iso3);
      await sendKeys({press: 'ArrowLeft'});
      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement).not.to.equal(svg);
      expect(shadow(el).activeElement?.closest('[role=option]') ?? null).to.be.null;
      // Shift+Tab comes back to the map: no trap either way.
      await sendKeys({down: 'Shift'});
      try {
        await sendKeys({press: 'Tab'});
        expect(shadow(el).activeElement).to.equal(svg);
        await sendKeys({press: 'Tab'});
        expect(shadow(el).activeElement).to.equal(controls.at(-1));
      } finally {
        await sendKeys({up: 'Shift'});
      }
    });

    it('ArrowRight from the Philippines goes east, ArrowLeft from Korea west, Up north, Down south', async () => {
      const el = await render();
      svgOf(el).focus();
      await typeahead(el, 'Philippines');
      expect(activeId(el)).to.equal('PHL');
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      const east = activeId(el)!;
      expect(east).not.to.equal('PHL');
      expect(pointOf(east)[0], `${east} is east of the Philippines`).to.be.above(pointOf('PHL')[0]);

      await typeahead(el, nameOf('KOR'));
      expect(activeId(el)).to.equal('KOR');
      await sendKeys({press: 'ArrowLeft'});
      await el.updateComplete;
      const west = activeId(el)!;
      expect(pointOf(west)[0], `${west} is west of Korea`).to.be.below(pointOf('KOR')[0]);

      await typeahead(el, nameOf('KOR'));
      await sendKeys({press: 'ArrowDown'});
      await el.updateComplete;
      const south = activeId(el)!;
      expect(pointOf(south)[1], `${south} is south of Korea`).to.be.above(pointOf('KOR')[1]);

      await typeahead(el, 'Australia');
      await sendKeys({press: 'ArrowUp'});
      await el.updateComplete;
      const north = activeId(el)!;
      expect(pointOf(north)[1], `${north} is north of Australia`).to.be.below(pointOf('AUS')[1]);
      // Not list order: the dataset lists Australia right after the United States.
      expect(north).not.to.equal('USA');
    });

    it('the focused country is the active descendant, marked and kept in view', async () => {
      const el = await render();
      svgOf(el).focus();
      await typeahead(el, 'Indonesia');
      const svg = svgOf(el);
      expect(svg.getAttribute('aria-activedescendant')).to.equal('place-IDN');
      expect(shadow(el).getElementById('place-IDN')!.getAttribute('role')).to.equal('option');
      expect(option(el, 'IDN')!.classList.contains('active')).to.be.true;
      expect(shadow(el).querySelectorAll('.place.active')).to.have.length(1);
    });

    it('Enter selects: country reflects, one bubbling composed event with the country and its initiatives', async () => {
      const el = await render();
      const phl = place('PHL');
      expect(phl.initiatives.length).to.be.above(1);
      svgOf(el).focus();
      await sendKeys({type: 'phi'});
      await el.updateComplete;
      expect(activeId(el)).to.equal('PHL');
      const {events, stop} = recordEvents<FoipCountrySelectEvent>('foip-country-select');
      try {
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expect(events).to.have.length(1);
        expect(events[0]).to.be.instanceOf(FoipCountrySelectEvent);
        expect(events[0].bubbles && events[0].composed).to.be.true;
        expect(events[0].country).to.equal('PHL');
        expect(events[0].initiatives).to.deep.equal(phl.initiatives);
        expect(el.country).to.equal('PHL');
        expect(el.getAttribute('country')).to.equal('PHL');
        expect(option(el, 'PHL')!.getAttribute('aria-selected')).to.equal('true');
        expect(option(el, 'PHL')!.classList.contains('selected')).to.be.true;
        // Its name said the rest when it was reached: the selection is news, in one sentence.
        expect(status(el)).to.equal('Philippines selected.');

        // Escape closes the tooltip first, then clears the selection.
        expect(tooltip(el)).to.exist;
        await sendKeys({press: 'Escape'});
        await el.updateComplete;
        expect(tooltip(el)).to.be.null;
        expect(el.getAttribute('country')).to.equal('PHL');
        expect(events).to.have.length(1);
        await sendKeys({press: 'Escape'});
        await el.updateComplete;
        expect(events).to.have.length(2);
        expect(events[1].country).to.be.null;
        expect(events[1].initiatives).to.deep.equal([]);
        expect(el.hasAttribute('country')).to.be.false;
        expect(option(el, 'PHL')!.getAttribute('aria-selected')).to.equal('false');
        expect(status(el)).to.equal('Selection cleared.');
        // Nothing left to close: Escape is not swallowed.
        const escape = await press(el, 'Escape');
        expect(escape.defaultPrevented).to.be.false;
        expect(events).to.have.length(2);
      } finally {
        stop();
      }
    });

    it('typing "phi" jumps to the Philippines, and so does the Japanese 「フィ」', async () => {
      const el = await render();
      svgOf(el).focus();
      await sendKeys({type: 'phi'});
      await el.updateComplete;
      expect(activeId(el)).to.equal('PHL');
      // Japan, the home country, is no stop: its name, typed, leaves the focus where it was.
      await typeahead(el, 'Japan');
      expect(activeId(el)).to.equal('PHL');
      await typeahead(el, '日本');
      expect(activeId(el)).to.equal('PHL');
      await typeahead(el, 'フィ');
      expect(activeId(el)).to.equal('PHL');
      await typeahead(el, 'ﾌｨ');
      expect(activeId(el), 'half-width kana too').to.equal('PHL');
      await typeahead(el, 'xq');
      expect(activeId(el), 'no match keeps the focus').to.equal('PHL');
    });

    it('a space or hyphen typed within a name is part of it; on its own a space selects', async () => {
      const el = await render();
      svgOf(el).focus();
      const {events, stop} = recordEvents<FoipCountrySelectEvent>('foip-country-select');
      try {
        await typeahead(el, 'Sri Lanka');
        expect(activeId(el)).to.equal('LKA');
        expect(events).to.have.length(0);
        await typeahead(el, 'Timor-Leste');
        expect(activeId(el)).to.equal('TLS');
        expect(viewBox(el), 'the hyphen did not zoom').to.deep.equal([...BASE]);
        await typeahead(el, 'Sri L');
        expect(activeId(el)).to.equal('LKA');
        await aTimeout(1100);
        await sendKeys({press: ' '});
        await el.updateComplete;
        expect(events.map((e) => e.country)).to.deep.equal(['LKA']);
      } finally {
        stop();
      }
    });
  });
});
