import {aTimeout, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';
import {bundledIndex, dataset} from '../../src/data/index.js';
import type {PillarId} from '../../src/data/index.js';
import {shadow, text} from '../helpers.js';
import {
  $,
  BASE,
  activeId,
  beside,
  centre,
  map,
  nameOf,
  option,
  optionIds,
  overlaps,
  place,
  places,
  render,
  settled,
  svgOf,
  targetRect,
  tooltip,
  typeahead,
  viewBox,
  desktopViewport,
} from './map-fixtures.js';

describe('<foip-map>', () => {
  desktopViewport();

  describe('tooltip', () => {
    const glyph = (pillar: PillarId) => bundledIndex.pillars.get(pillar)!.glyph;

    it('hovering a country shows its name and its initiatives’ short titles with glyphs', async () => {
      const el = await render();
      expect(tooltip(el)).to.be.null;
      const target = option(el, 'PHL')!.querySelector('path.shape')!;
      target.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      await settled(el);
      const tip = tooltip(el)!;
      expect(tip).to.exist;
      expect(text(tip.querySelector('.tooltip-title'))).to.equal('Philippines');
      const items = [...tip.querySelectorAll('.tooltip-list')[0].querySelectorAll('li')];
      const phl = place('PHL');
      expect(items.map((li) => text(li))).to.deep.equal(
        phl.initiatives.map((id) => {
          const i = bundledIndex.initiatives.get(id)!;
          return `${glyph(i.pillar)}${i.title.en}`;
        }),
      );
      expect(items.map((li) => li.getAttribute('data-pillar'))).to.deep.equal(
        phl.initiatives.map((id) => String(bundledIndex.initiatives.get(id)!.pillar)),
      );
      // It is on screen, inside the map.
      const frame = $(el, '.frame')!.getBoundingClientRect();
      const r = tip.getBoundingClientRect();
      expect(r.width).to.be.above(0);
      expect(r.left).to.be.at.least(frame.left - 1);
      expect(r.right).to.be.at.most(frame.right + 1);
    });

    it('an item of two priority areas shows both glyphs, and stands on its own where the filter drops its initiative', async () => {
      for (const entry of dataset.mapEntries.filter((e) => e.items.some((i) => i.pillars))) {
        const item = entry.items.find((i) => i.pillars)!;
        const [iso3] = entry.countries;
        // Filtered to the area that is not its initiative's, the item is the place's own entry.
        const other = item.pillars!.find((p) => p !== item.pillar)!;
        const el = await render({pillar: String(other)});
        option(el, iso3)!
          .querySelector('path.shape')!
          .dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
        await settled(el);
        const li = [...tooltip(el)!.querySelectorAll('li')].find((l) => text(l).includes(item.text.en));
        expect(li, `${iso3}: ${item.text.en}`).to.exist;
        expect(text(li!.querySelector('.glyph'))).to.equal(item.pillars!.map(glyph).join(''));
        expect(option(el, iso3)!.getAttribute('aria-label'), `${iso3} counts it`).to.match(
          /, \d+ (initiative|map entr)/u,
        );
      }
    });

    it('focus shows it too, in Japanese on a Japanese page; Escape hides it', async () => {
      const el = await render({}, 'ja');
      svgOf(el).focus();
      await settled(el);
      expect(text(tooltip(el)?.querySelector('.tooltip-title'))).to.equal(nameOf(beside.iso3, 'ja'));
      await typeahead(el, 'フィリピン');
      await settled(el);
      const tip = tooltip(el)!;
      expect(text(tip.querySelector('.tooltip-title'))).to.equal('フィリピン');
      const first = bundledIndex.initiatives.get(place('PHL').initiatives[0])!;
      expect(text(tip)).to.contain(`${glyph(first.pillar)}${first.title.ja}`);
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(tooltip(el)).to.be.null;
      expect(shadow(el).activeElement, 'focus stays on the map').to.equal(svgOf(el));
    });

    it('Escape closes a hovered tooltip wherever focus is: on the page, or in the tooltip', async () => {
      const el = await render();
      const hover = async (iso3: string) => {
        option(el, iso3)!
          .querySelector('path.shape')!
          .dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
        await settled(el);
      };
      const outside = await fixture<HTMLButtonElement>(html`<button type="button">Elsewhere</button>`);
      outside.focus();
      await hover('IDN');
      expect(tooltip(el)).to.exist;
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(tooltip(el), 'closed with focus on the page').to.be.null;
      expect(document.activeElement, 'focus left where it was').to.equal(outside);

      await hover('PHL');
      tooltip(el)!.querySelector<HTMLButtonElement>('button.close')!.focus();
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(tooltip(el), 'closed with focus in it').to.be.null;
      expect(shadow(el).activeElement, 'focus back on the map, not lost').to.equal(svgOf(el));
    });

    it('Escape closes every open tooltip: the focused map’s and another map’s hovered one', async () => {
      const focused = await render();
      const hovered = await render();
      svgOf(focused).focus();
      await settled(focused);
      expect(tooltip(focused), 'focus opens one').to.exist;
      option(hovered, 'IDN')!
        .querySelector('path.shape')!
        .dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      await settled(hovered);
      expect(tooltip(hovered), 'the pointer opens another').to.exist;
      await sendKeys({press: 'Escape'});
      await focused.updateComplete;
      await hovered.updateComplete;
      expect(tooltip(focused), 'the focused map handles its own').to.be.null;
      expect(tooltip(hovered), 'the other closes too').to.be.null;
    });

    it('lists map items, region-wide boxes and partnerships for countries without initiatives of their own', async () => {
      const el = await render();
      const regionOnly = places.find((p) => p.count === 0 && p.regions.length > 0)!;
      const partner = places.find((p) => p.partnerships.length > 0)!;
      // A partner only through a map item of no initiative: （日米韓） in the US box names the Republic of Korea.
      const itemPartner = places.find((p) => p.partnerItems.length > 0 && p.count === 0)!;
      expect(itemPartner, 'a partner named only in a map item').to.exist;
      for (const p of [regionOnly, partner, itemPartner]) {
        option(el, p.iso3)!.firstElementChild!.dispatchEvent(
          new PointerEvent('pointerover', {bubbles: true, composed: true}),
        );
        await settled(el);
        const tip = text(tooltip(el));
        expect(tip).to.contain(nameOf(p.iso3));
        for (const r of p.regions) expect(tip).to.contain(bundledIndex.regions.get(r)!.name.en);
        for (const id of p.partnerships) expect(tip).to.contain(bundledIndex.initiatives.get(id)!.title.en);
        for (const {item} of p.partnerItems) expect(tip).to.contain(item.text.en);
      }
    });

    it('stays while the pointer moves from the country onto it, and closes after the pointer leaves', async () => {
      const el = await render();
      const target = option(el, 'IDN')!.querySelector('path.shape')!;
      target.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      await settled(el);
      expect(tooltip(el)).to.exist;
      // Leave the country, reach the tooltip within the grace time: it stays.
      target.dispatchEvent(new PointerEvent('pointerout', {bubbles: true, composed: true}));
      target.dispatchEvent(new PointerEvent('pointerleave', {composed: true}));
      await aTimeout(100);
      tooltip(el)!.dispatchEvent(new PointerEvent('pointerenter'));
      await aTimeout(450);
      await el.updateComplete;
      expect(tooltip(el), 'kept while hovered').to.exist;
      // Leave the tooltip: it closes after the grace time.
      tooltip(el)!.dispatchEvent(new PointerEvent('pointerleave'));
      await aTimeout(450);
      await el.updateComplete;
      expect(tooltip(el)).to.be.null;

      // Leaving the country for elsewhere closes it too, after the grace time, not at once.
      target.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      await settled(el);
      target.dispatchEvent(new PointerEvent('pointerout', {bubbles: true, composed: true}));
      await aTimeout(100);
      await el.updateComplete;
      expect(tooltip(el), 'still there within the grace time').to.exist;
      await aTimeout(350);
      await el.updateComplete;
      expect(tooltip(el)).to.be.null;
    });

    it('is never clipped, even on a 320 px map shorter than the tooltip', async () => {
      // The world view: a narrow Indo-Pacific map is a taller crop (scripts/geo/projection.ts), 285 px tall.
      const el = await render({view: 'world'}, 'en', 320);
      const root = shadow(el);
      expect(svgOf(el).getBoundingClientRect().height).to.be.below(220);
      for (const p of places) {
        option(el, p.iso3)!.firstElementChild!.dispatchEvent(
          new PointerEvent('pointerover', {bubbles: true, composed: true}),
        );
        await settled(el);
        const tip = tooltip(el)!;
        const r = tip.getBoundingClientRect();
        // Its last line and its far corner are on top, not cut off by the map's frame.
        for (const [x, y] of [
          [r.left + 6, r.bottom - 6],
          [r.right - 6, r.top + 6],
        ])
          expect(tip.contains(root.elementFromPoint(x, y)), `${p.iso3} at ${x}, ${y}`).to.be.true;
      }
    });

    it('the close button closes it', async () => {
      const el = await render();
      option(el, 'IDN')!
        .querySelector('path.shape')!
        .dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      await settled(el);
      const close = tooltip(el)!.querySelector<HTMLButtonElement>('button.close')!;
      expect(close.getAttribute('aria-label')).to.equal('Close details of Indonesia');
      close.click();
      await el.updateComplete;
      expect(tooltip(el)).to.be.null;
    });

    for (const width of [1000, 320]) {
      it(`a hovered country's tooltip leaves the keyboard-focused one in sight (${width} px)`, async () => {
        const el = await render({}, 'en', width);
        svgOf(el).focus();
        for (const focused of ['KOR', 'SGP', 'FJI', 'IND', 'AUS']) {
          await typeahead(el, nameOf(focused));
          await settled(el);
          const kept = targetRect(el, focused);
          const [fx, fy] = centre(kept);
          // Its nearest neighbours on screen: the tooltips most likely to land on it.
          const neighbours = optionIds(el)
            .filter((iso3) => iso3 !== focused)
            .map((iso3) => ({iso3: iso3!, at: centre(targetRect(el, iso3!))}))
            .sort((a, b) => Math.hypot(a.at[0] - fx, a.at[1] - fy) - Math.hypot(b.at[0] - fx, b.at[1] - fy))
            .slice(0, 4);
          for (const {iso3} of neighbours) {
            option(el, iso3)!.firstElementChild!.dispatchEvent(
              new PointerEvent('pointerover', {bubbles: true, composed: true}),
            );
            await settled(el);
            expect(activeId(el), 'focus stays').to.equal(focused);
            expect(text(tooltip(el)!.querySelector('.tooltip-title'))).to.equal(nameOf(iso3));
            const tip = tooltip(el)!.getBoundingClientRect();
            expect(overlaps(tip, kept), `${iso3}'s tooltip hides the focused ${focused}`).to.be.false;
            expect(overlaps(tip, targetRect(el, iso3)), `${iso3}'s tooltip hides ${iso3}`).to.be.false;
          }
        }
      });
    }

    it('sits beside the hovered country on a page scaled with CSS zoom', async () => {
      // Some sites enlarge the page with zoom (a text-size switch): the tooltip is placed in its own pixels.
      const wrapper = await fixture<HTMLElement>(html`<div style="zoom: 1.5; inline-size: 700px">${map()}</div>`);
      const el = wrapper.querySelector<FoipMap>('foip-map')!;
      await settled(el);
      const frame = $(el, '.frame')!.getBoundingClientRect();
      // Markers: their client rect is what is drawn (Firefox's getScreenCTM leaves a page's zoom out).
      for (const iso3 of ['FJI', 'TUV', 'SGP', 'PLW', 'NRU', 'TLS']) {
        option(el, iso3)!.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
        await settled(el);
        const tip = tooltip(el)!.getBoundingClientRect();
        const target = option(el, iso3)!.querySelector('.marker .hit')!.getBoundingClientRect();
        const [tx, ty] = centre(target);
        expect(overlaps(tip, target), `the tooltip of ${iso3} leaves it free`).to.be.false;
        expect(Math.min(Math.abs(tip.bottom - ty), Math.abs(tip.top - ty)), `${iso3}'s tooltip beside it`).to.be.below(
          24 * 1.5,
        );
        expect(tx, `${iso3}'s tooltip over it`).to.be.within(tip.left - 1, tip.right + 1);
        expect(tip.left, `${iso3}'s tooltip in the frame`).to.be.at.least(frame.left - 1);
        expect(tip.right, `${iso3}'s tooltip in the frame`).to.be.at.most(frame.right + 1);
      }
    });

    it('never hides the focused country, wherever it is (edge markers included)', async () => {
      const el = await render();
      svgOf(el).focus();
      const svgRect = svgOf(el).getBoundingClientRect();
      for (const p of places) {
        await typeahead(el, nameOf(p.iso3));
        await settled(el);
        const target = targetRect(el, p.iso3);
        const tip = tooltip(el)!.getBoundingClientRect();
        const [tx, ty] = centre(target);
        expect(tx, `${p.iso3} in view`).to.be.within(svgRect.left, svgRect.right);
        expect(ty, `${p.iso3} in view`).to.be.within(svgRect.top, svgRect.bottom);
        expect(overlaps(tip, target), `the tooltip of ${p.iso3} leaves its target free`).to.be.false;
        // …and sits right beside it: above or below, horizontally over it.
        const gap = Math.min(Math.abs(tip.bottom - ty), Math.abs(tip.top - ty));
        expect(gap, `the tooltip of ${p.iso3} is beside it`).to.be.below(24);
        expect(tx, `the tooltip of ${p.iso3} is over it`).to.be.within(tip.left - 1, tip.right + 1);
      }
      expect(viewBox(el), 'walking the keyboard does not move the map at zoom 1').to.deep.equal([...BASE]);
    });
  });
});
