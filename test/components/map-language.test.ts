import {aTimeout, expect, fixture, html} from '@open-wc/testing';

import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';
import {shadow, text} from '../helpers.js';
import {
  $,
  button,
  map,
  option,
  press,
  render,
  settled,
  status,
  svgOf,
  tooltip,
  typeahead,
  desktopViewport,
  idle,
} from './map-fixtures.js';

describe('<foip-map>', () => {
  desktopViewport();

  describe('language and theme', () => {
    it('follows a runtime change of lang', async () => {
      const el = await render();
      const wrapper = el.parentElement!;
      // The hidden table's rows follow in idle time.
      const row = async () => (await idle(), text(shadow(el).querySelector('tr[data-country=PHL] th')));
      expect(await row()).to.equal('Philippines');
      wrapper.setAttribute('lang', 'ja');
      await aTimeout(0);
      await settled(el);
      expect(await row()).to.equal('フィリピン');
      expect(option(el, 'PHL')!.getAttribute('aria-label')).to.contain('フィリピン');
      expect(button(el, 'Show as table'), 'no English control left').to.be.undefined;
      svgOf(el).focus();
      await typeahead(el, 'Philippines');
      await press(el, 'Enter');
      expect(status(el), 'the live region speaks the new language').to.equal('フィリピンを選択しました。');
      el.setAttribute('lang', 'en');
      await settled(el);
      expect(await row()).to.equal('Philippines');
      expect(button(el, 'Show as table')).to.exist;
    });

    it('two maps in different languages on one page are both right', async () => {
      const page = await fixture<HTMLElement>(
        html`<div style="inline-size: 1000px">
          <div lang="ja">${map()}</div>
          <div lang="en">${map()}</div>
        </div>`,
      );
      const [ja, en] = [...page.querySelectorAll<FoipMap>('foip-map')];
      await Promise.all([settled(ja), settled(en)]);
      await idle();
      expect(text(shadow(ja).querySelector('tr[data-country=IDN] th'))).to.equal('インドネシア');
      expect(text(shadow(en).querySelector('tr[data-country=IDN] th'))).to.equal('Indonesia');
      for (const el of [ja, en]) {
        svgOf(el).focus();
        await typeahead(el, 'Indonesia');
        await press(el, 'Enter');
      }
      expect(status(ja)).to.equal('インドネシアを選択しました。');
      expect(status(en)).to.equal('Indonesia selected.');
      expect(option(ja, 'IDN')!.getAttribute('aria-label')).to.match(/^インドネシア、取組等\d+件、/u);
      expect(option(en, 'IDN')!.getAttribute('aria-label')).to.match(/^Indonesia, \d+ initiatives and map entries, /u);
      // Each has its own land layer and ids.
      expect($(ja, 'path.land:not(.undetermined)')!.getAttribute('d')).to.equal(
        $(en, 'path.land:not(.undetermined)')!.getAttribute('d'),
      );
    });

    it('theme="dark" and a dark page give a dark colour scheme and a dark sea', async () => {
      const light = await render({theme: 'light'});
      const dark = await render({theme: 'dark'});
      expect(getComputedStyle(dark).colorScheme).to.equal('dark');
      expect(getComputedStyle(light).colorScheme).to.equal('light');
      const sea = (el: FoipMap) => getComputedStyle($(el, '.sea')!).fill;
      expect(sea(dark)).not.to.equal(sea(light));
      dark.theme = 'light';
      await settled(dark);
      expect(getComputedStyle(dark).colorScheme).to.equal('light');
      expect(sea(dark)).to.equal(sea(light));
      const page = await fixture<HTMLElement>(html`<div style="color-scheme: dark">${map()}</div>`);
      const auto = page.querySelector<FoipMap>('foip-map')!;
      await settled(auto);
      expect(sea(auto)).not.to.equal(sea(light));
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'ja'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`is accessible in ${lang}, ${theme}`, async () => {
          const el = await render({theme}, lang);
          await expect(el).to.be.accessible();
          // With the table shown, a country selected and its tooltip open.
          svgOf(el).focus();
          await typeahead(el, lang === 'en' ? 'Philippines' : 'フィリピン');
          await press(el, 'Enter');
          [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=controls] button')]
            .find((b) => b.getAttribute('aria-controls') === 'table')!
            .click();
          await settled(el);
          expect(tooltip(el)).to.exist;
          await expect(el).to.be.accessible();
        });
      }
    }

    const TITLE = {
      en: 'Main initiatives of the evolved FOIP, by country and region',
      ja: '「進化版FOIP」の主な取組（国・地域別）',
    };
    for (const lang of ['en', 'ja'] as const) {
      it(`its title is a heading at the page's level, naming the widget as a region (${lang})`, async () => {
        const el = await render({}, lang);
        const title = () => $(el, '[role=heading]')!;
        const region = $(el, '[part=figure]')!;
        expect(region.localName, 'a section named by its heading is a region landmark').to.equal('section');
        expect(region.getAttribute('aria-labelledby')).to.equal(title().id);
        expect(shadow(el).querySelectorAll('[role=heading]')).to.have.length(1);
        expect(text(title())).to.equal(TITLE[lang]);
        expect(title().getAttribute('aria-level'), 'default').to.equal('2');
        for (const [given, level] of [
          ['4', '4'],
          ['9', '6'],
          ['1', '2'],
          ['x', '2'],
        ]) {
          el.setAttribute('heading-level', given);
          await settled(el);
          expect(title().getAttribute('aria-level'), `heading-level="${given}"`).to.equal(level);
        }
      });
    }

    it("edge markers' arrows are hidden from screen readers: the option's name says it all", async () => {
      const el = await render();
      const arrows = [...shadow(el).querySelectorAll('.marker.edge .arrow')];
      expect(arrows.length, 'the Indo-Pacific view has edge markers').to.be.above(0);
      for (const arrow of arrows) expect(arrow.closest('[aria-hidden=true]'), text(arrow)).to.exist;
    });

    it('is accessible at 320 px with the table shown', async () => {
      const el = await render({}, 'en', 320);
      button(el, 'Show as table').click();
      await settled(el);
      await expect(el).to.be.accessible();
    });
  });
});
