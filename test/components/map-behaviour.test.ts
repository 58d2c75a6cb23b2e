import {expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';

import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';
import {bundledIndex, dataset} from '../../src/data/index.js';
import {compareNames, nameInSentence} from '../../src/data/queries.js';
import {formatDate, formatList} from '../../src/i18n/format.js';
import {mapPlaces} from '../../src/layout/map-places.js';
import {mediaRules, shadow, text} from '../helpers.js';
import {
  $,
  button,
  map,
  nameOf,
  optionIds,
  options,
  render,
  settled,
  svgOf,
  viewBox,
  desktopViewport,
} from './map-fixtures.js';

const places = mapPlaces(bundledIndex);

// ----- helpers ---------------------------------------------------------------------------------

const highlighted = (el: FoipMap) =>
  options(el)
    .filter((o) => o.classList.contains('highlight'))
    .map((o) => o.getAttribute('data-country')!)
    .sort();
const groupButton = (el: FoipMap, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('.legend button.group')].find((b) => text(b) === label)!;
const helpButton = (el: FoipMap) => $<HTMLButtonElement>(el, '[part=controls] button[aria-controls=help]')!;

/** What a legend group highlights, from the data: its countries that the map draws as options. */
const drawnOf = (el: FoipMap, members: Iterable<string>) => {
  const drawn = new Set(optionIds(el));
  return [...new Set(members)].filter((iso3) => drawn.has(iso3)).sort();
};

const status = (el: FoipMap) => text($(el, '[role=status]'));

/**
 * What pressing a legend group announces, from the data: its members the map draws, in the order
 * of a picker (五十音順 in Japanese), named as in a sentence, counted.
 */
function highlightAnnouncement(el: FoipMap, label: string, members: Iterable<string>, lang: 'en' | 'ja'): string {
  const drawn = new Set(drawnOf(el, members));
  const names = places
    .filter((p) => drawn.has(p.iso3))
    .map((p) => bundledIndex.countries.get(p.iso3)!)
    .sort(compareNames(lang))
    .map((c) => nameInSentence(c, lang));
  if (lang === 'ja')
    return `${label}：${names.length}か国・地域を地図上で強調表示しています（${names.slice(0, -1).join('、')}及び${names.at(-1)}）。`;
  const count = names.length === 1 ? '1 country or territory' : `${names.length} countries and territories`;
  return `${label}: ${count} highlighted on the map (${formatList('en', names)}).`;
}

/** Hit circles on screen: their boxes and centres. */
const hits = (el: FoipMap) =>
  [...shadow(el).querySelectorAll<SVGCircleElement>('.marker circle.hit')].map((hit) => {
    const rect = hit.getBoundingClientRect();
    return {
      iso3: hit.closest('[data-country]')!.getAttribute('data-country')!,
      rect,
      at: [rect.left + rect.width / 2, rect.top + rect.height / 2] as const,
    };
  });

function expectTargetsApart(el: FoipMap, when: string): void {
  const all = hits(el);
  expect(all.length, `markers ${when}`).to.be.above(0);
  for (const [i, a] of all.entries()) {
    expect(a.rect.width, `${a.iso3} width ${when}`).to.be.at.least(24);
    expect(a.rect.height, `${a.iso3} height ${when}`).to.be.at.least(24);
    for (const b of all.slice(i + 1)) {
      const distance = Math.hypot(a.at[0] - b.at[0], a.at[1] - b.at[1]);
      expect(distance, `${a.iso3} and ${b.iso3} apart ${when}`).to.be.at.least(24);
    }
  }
}

/**
 * Synthetic pointer events have no active pointer behind them, so `setPointerCapture` would throw
 * NotFoundError where a real touch is captured. The svg gets a stand-in that records capture per
 * pointer id, so the element's drag path runs as it does for real fingers.
 */
function fakePointerCapture(svg: SVGSVGElement): void {
  const captured = new Set<number>();
  svg.setPointerCapture = (id: number) => void captured.add(id);
  svg.releasePointerCapture = (id: number) => void captured.delete(id);
  svg.hasPointerCapture = (id: number) => captured.has(id);
}

/** Touch pointers on the svg, by id, at client coordinates. */
function touch(el: FoipMap) {
  const svg = svgOf(el);
  const fire = (type: string, pointerId: number, x: number, y: number) =>
    svg.dispatchEvent(
      new PointerEvent(type, {
        pointerId,
        pointerType: 'touch',
        isPrimary: pointerId === 1,
        clientX: x,
        clientY: y,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
  return {
    down: async (id: number, x: number, y: number) => (fire('pointerdown', id, x, y), el.updateComplete),
    move: async (id: number, x: number, y: number) => (fire('pointermove', id, x, y), el.updateComplete),
    up: async (id: number, x: number, y: number) => (fire('pointerup', id, x, y), el.updateComplete),
  };
}

/** Moves pointer `id` from (x, y) by (dx, dy) in `steps` equal moves, each awaited. */
async function glide(
  move: (id: number, x: number, y: number) => Promise<unknown>,
  id: number,
  [x, y]: readonly [number, number],
  dx: number,
  dy: number,
  steps = 5,
): Promise<void> {
  for (let i = 1; i <= steps; i++) await move(id, x + (dx * i) / steps, y + (dy * i) / steps);
}

// ----- tests ---------------------------------------------------------------------------------

describe('<foip-map> behaviour', () => {
  desktopViewport();

  describe('legend highlight', () => {
    const regions = bundledIndex.data.regions;
    const partnership = bundledIndex.data.mapEntries.find((e) => e.partners.length > 0 && e.items.length > 0)!;
    const groups: {id: string; label: string; members: string[]}[] = [
      ...regions.map((r) => ({id: r.id, label: r.name.en, members: [...r.members]})),
      {
        id: partnership.id,
        label: partnership.label.en,
        members: [...partnership.countries, ...partnership.items.flatMap((i) => i.partners)],
      },
    ];

    it('the data has ASEAN, the Pacific Islands and a partnership with partners to test', () => {
      expect(regions.map((r) => r.id)).to.include.members(['asean', 'pacific-islands']);
      expect(partnership, 'a map entry with partners').to.exist;
    });

    for (const group of groups) {
      it(`${group.label}: focus highlights its drawn members, blur clears, activating presses it`, async () => {
        const el = await render();
        const expected = drawnOf(el, group.members);
        expect(expected.length, 'members drawn').to.be.above(0);
        const legend = groupButton(el, group.label);
        expect(legend, `legend button "${group.label}"`).to.exist;
        expect(highlighted(el)).to.deep.equal([]);

        legend.focus();
        await el.updateComplete;
        expect(highlighted(el), 'on focus').to.deep.equal(expected);

        legend.blur();
        await el.updateComplete;
        expect(highlighted(el), 'after blur').to.deep.equal([]);
        expect(legend.getAttribute('aria-pressed')).to.equal('false');

        // Activated as a keyboard user does: focus, then Space (which clicks the button).
        legend.focus();
        await el.updateComplete;
        await sendKeys({press: ' '});
        await el.updateComplete;
        expect(legend.getAttribute('aria-pressed'), 'pressed after activation').to.equal('true');
        expect(highlighted(el), 'while pressed').to.deep.equal(expected);
        // A screen reader hears what is highlighted, not only "pressed".
        expect(status(el)).to.equal(highlightAnnouncement(el, group.label, group.members, 'en'));
        legend.blur();
        await el.updateComplete;
      });
    }

    it('a real mouse click presses the button and keeps its members highlighted', async () => {
      const el = await render();
      const asean = regions.find((r) => r.id === 'asean')!;
      const legend = groupButton(el, asean.name.en);
      legend.scrollIntoView({block: 'center'});
      const rect = legend.getBoundingClientRect();
      try {
        await sendMouse({
          type: 'click',
          position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)],
        });
        await el.updateComplete;
        expect(legend.getAttribute('aria-pressed'), 'pressed').to.equal('true');
        expect(highlighted(el)).to.deep.equal(drawnOf(el, asean.members));
      } finally {
        await sendMouse({type: 'move', position: [0, 0]});
        legend.blur();
      }
    });

    it('a click with no focus or hover before it presses the button and highlights', async () => {
      const el = await render();
      const asean = regions.find((r) => r.id === 'asean')!;
      const legend = groupButton(el, asean.name.en);
      legend.click();
      await el.updateComplete;
      expect(legend.getAttribute('aria-pressed')).to.equal('true');
      expect(highlighted(el)).to.deep.equal(drawnOf(el, asean.members));
      legend.click();
      await el.updateComplete;
      expect(legend.getAttribute('aria-pressed'), 'second click releases').to.equal('false');
    });

    it('in Japanese, pressing ASEAN announces its countries: か国・地域, 及び', async () => {
      const el = await render({}, 'ja');
      const asean = regions.find((r) => r.id === 'asean')!;
      const legend = groupButton(el, asean.name.ja);
      legend.click();
      await el.updateComplete;
      expect(status(el)).to.equal(highlightAnnouncement(el, asean.name.ja, asean.members, 'ja'));
      expect(status(el)).to.match(
        /^ASEAN：11か国・地域を地図上で強調表示しています（インドネシア、カンボジア、シンガポール、/u,
      );
    });
  });

  describe('keyboard help', () => {
    const ENGLISH_KEYS = [
      'Tab',
      'Arrow keys',
      'Home / End',
      'Type a name',
      'Enter or Space',
      'Escape',
      '+ / − / 0',
      'Shift + arrow keys',
    ];
    const keysOf = (el: FoipMap) => [...shadow(el).querySelectorAll('#help dt')].map((dt) => text(dt));
    const help = (el: FoipMap) => $<HTMLElement>(el, '#help')!;

    it('the button toggles aria-expanded and shows, then hides, the list of 8 keys', async () => {
      const el = await render();
      const toggle = helpButton(el);
      expect(text(toggle)).to.equal('Keyboard help');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(help(el).hidden, 'hidden at first').to.be.true;
      expect(help(el).getBoundingClientRect().height).to.equal(0);

      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(help(el).hidden).to.be.false;
      expect(help(el).getBoundingClientRect().height, 'visible').to.be.above(0);
      expect(keysOf(el)).to.deep.equal(ENGLISH_KEYS);
      expect(shadow(el).querySelectorAll('#help dd')).to.have.length(8);

      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(help(el).hidden, 'hidden again').to.be.true;
      expect(help(el).getBoundingClientRect().height).to.equal(0);
    });

    it('in Japanese: another label, and 8 keys in Japanese', async () => {
      const en = await render();
      const ja = await render({}, 'ja');
      const toggle = helpButton(ja);
      expect(text(toggle)).to.not.equal('');
      expect(text(toggle)).to.not.equal(text(helpButton(en)));
      toggle.click();
      await ja.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(help(ja).getBoundingClientRect().height).to.be.above(0);
      const keys = keysOf(ja);
      expect(keys).to.have.length(8);
      expect(keys).to.not.deep.equal(ENGLISH_KEYS);
      expect(
        keys.some((k) => /[\u3040-\u30ff\u4e00-\u9fff]/u.test(k)),
        'some key names in Japanese',
      ).to.be.true;
      // One width for key names: half-width Latin letters, digits and signs (Shift + 矢印キー, + / − / 0).
      for (const k of keys) expect(k, k).not.to.match(/[\uff01-\uff5e]/u);
      expect(keys).to.include.members(['Home / End', '+ / − / 0', 'Shift + 矢印キー']);
      // Without jargon.
      const helpText = text($(ja, '#help'));
      expect(helpText).to.contain('国・地域間を移動').and.contain('もう一度押すと次のボタン等へ');
      expect(helpText).not.to.contain('ツールチップ');
    });
    for (const lang of ['en', 'ja'] as const) {
      it(`says that Escape closes the help too, as it does: the tooltip, then the help (${lang})`, async () => {
        const el = await render({}, lang);
        helpButton(el).click();
        await el.updateComplete;
        // The keys in the same order in both languages: Escape's row is the sixth.
        const escape = shadow(el).querySelectorAll('#help dd')[ENGLISH_KEYS.indexOf('Escape')];
        expect(text(escape), 'the help names itself').to.match(lang === 'en' ? /this help/u : /このヘルプ/u);
        svgOf(el).focus();
        await el.updateComplete;
        expect($(el, '.tooltip'), 'focus opens a tooltip').to.exist;
        await sendKeys({press: 'Escape'});
        await el.updateComplete;
        expect($(el, '.tooltip'), 'Escape closes the tooltip first').to.not.exist;
        expect(help(el).hidden, 'the help stays').to.be.false;
        await sendKeys({press: 'Escape'});
        await el.updateComplete;
        expect(help(el).hidden, 'then Escape closes the help').to.be.true;
        expect(helpButton(el).getAttribute('aria-expanded')).to.equal('false');
      });
    }
  });

  describe('touch: drag and pinch', () => {
    it('one finger does not move the map at 1×', async () => {
      const el = await render();
      fakePointerCapture(svgOf(el));
      const before = viewBox(el);
      const rect = svgOf(el).getBoundingClientRect();
      const start = [rect.left + rect.width / 2, rect.top + rect.height / 2] as const;
      const t = touch(el);
      await t.down(1, ...start);
      await glide(t.move, 1, start, 100, 0);
      await t.up(1, start[0] + 100, start[1]);
      await settled(el);
      expect(viewBox(el)).to.deep.equal(before);
    });

    it('zoomed in, one finger pans and two fingers pinch in and out', async () => {
      const el = await render();
      fakePointerCapture(svgOf(el));
      const base = viewBox(el);
      button(el, 'Zoom in').click();
      await settled(el);
      const zoomed = viewBox(el);
      expect(zoomed[2], 'zoomed in by the button').to.be.below(base[2]);

      const rect = svgOf(el).getBoundingClientRect();
      const [cx, cy] = [rect.left + rect.width / 2, rect.top + rect.height / 2];
      const t = touch(el);

      // Drag right by 100 px: the map follows the finger, so the view moves west.
      await t.down(1, cx, cy);
      await glide(t.move, 1, [cx, cy], 100, 0);
      await t.up(1, cx + 100, cy);
      await settled(el);
      const panned = viewBox(el);
      expect(panned[0] - zoomed[0], 'viewBox x moves by a negative amount').to.be.below(0);
      expect(panned[2], 'a pan keeps the zoom').to.be.closeTo(zoomed[2], 1e-6);

      // Two fingers 100 px apart move to 300 px apart: zoom in.
      await t.down(2, cx - 50, cy);
      await t.down(3, cx + 50, cy);
      await glide(t.move, 3, [cx + 50, cy], 100, 0);
      await glide(t.move, 2, [cx - 50, cy], -100, 0);
      await t.up(3, cx + 150, cy);
      await t.up(2, cx - 150, cy);
      await settled(el);
      const pinchedOut = viewBox(el);
      expect(pinchedOut[2], 'spread: width smaller').to.be.below(panned[2]);

      // And back together to 100 px apart: zoom out.
      await t.down(4, cx - 150, cy);
      await t.down(5, cx + 150, cy);
      await glide(t.move, 5, [cx + 150, cy], -100, 0);
      await glide(t.move, 4, [cx - 150, cy], 100, 0);
      await t.up(5, cx + 50, cy);
      await t.up(4, cx - 50, cy);
      await settled(el);
      expect(viewBox(el)[2], 'pinched: width larger').to.be.above(pinchedOut[2]);
    });
  });

  describe('summary, legend and source', () => {
    const top = Math.max(...places.map((p) => p.count));
    const leaders = places.filter((p) => p.count === top).map((p) => p.iso3);

    for (const lang of ['en', 'ja'] as const) {
      it(`the summary names the countries with the most initiatives (${lang})`, async () => {
        const el = await render({}, lang);
        const summary = text($(el, 'p#summary'));
        expect(leaders.length).to.be.above(0);
        const names = leaders.map((iso3) => nameOf(iso3, lang));
        for (const name of names) expect(summary, name).to.contain(name);
        // Exactly the leaders, in a list of the language, with their count.
        const inSentence = leaders.map((iso3) => nameInSentence(bundledIndex.countries.get(iso3)!, lang));
        const each = leaders.length > 1;
        expect(summary).to.contain(
          lang === 'en'
            ? `The most initiatives and map entries are in ${formatList('en', inSentence)} (${top}${each ? ' each' : ''}).`
            : `取組等が最も多いのは${inSentence.slice(0, -1).join('、')}${each ? '及び' : ''}${inSentence.at(-1)}（${each ? '各' : ''}${top}件）です。`,
        );
      });
    }

    it('opening "Summary" shows the sentence', async () => {
      const el = await render();
      const about = $<HTMLDetailsElement>(el, 'details.about')!;
      const sentence = $(el, 'p#summary')!;
      expect(about.open).to.be.false;
      // Closed, the content is laid out in Chromium but not rendered: ask the browser, not the box.
      expect(sentence.checkVisibility(), 'closed').to.be.false;
      about.querySelector('summary')!.click();
      await el.updateComplete;
      expect(about.open).to.be.true;
      expect(sentence.checkVisibility(), 'open').to.be.true;
      expect(sentence.getBoundingClientRect().height, 'open').to.be.above(0);
    });

    it('the legend counts the countries of each priority area', async () => {
      const en = await render();
      const ja = await render({}, 'ja');
      for (const pillar of bundledIndex.data.pillars) {
        const n = places.filter((p) => p.pillars.includes(pillar.id)).length;
        expect(n, `countries in priority area ${pillar.id}`).to.be.above(0);
        expect(text($(en, `.legend li[data-pillar="${pillar.id}"]`)), `priority area ${pillar.id}`).to.match(
          new RegExp(`\\S \\(${n} countr${n === 1 ? 'y' : 'ies'}\\)$`, 'u'),
        );
        // Full-width brackets, inside the text (no space before them).
        expect(text($(ja, `.legend li[data-pillar="${pillar.id}"]`)), `重点分野 ${pillar.id}`).to.match(
          new RegExp(`[^\\s]（${n}か国）$`, 'u'),
        );
      }
    });

    it('the source line gives the edition date in each language', async () => {
      const {date} = dataset.edition;
      const [year, month, day] = date.split('-').map(Number);
      const english = formatDate('en', date);
      expect(english).to.match(new RegExp(`^${day} [A-Z][a-z]+ ${year}$`, 'u'));
      expect(formatDate('ja', date)).to.equal(`${year}年${month}月${day}日`);
      expect(text($(await render(), '.source'))).to.contain(english);
      expect(text($(await render({}, 'ja'), '.source'))).to.contain(`${year}年${month}月${day}日`);
    });
  });

  describe('sizes', () => {
    before(async () => {
      await setViewport({width: 1700, height: 1200});
    });
    after(async () => {
      await setViewport({width: 1200, height: 1000});
    });

    it('markers are 24 px targets that never overlap, at 1600 px and after a live resize to 320 px', async () => {
      const el = await render({}, 'en', 1600);
      expect(svgOf(el).getBoundingClientRect().width).to.equal(1600);
      expect(shadow(el).querySelector('.marker'), 'markers drawn').to.exist;
      expectTargetsApart(el, 'at 1600 px');
      const count = options(el).length;

      (el.parentElement as HTMLElement).style.inlineSize = '320px';
      await settled(el);
      await nextFrame();
      await settled(el);
      expect(svgOf(el).getBoundingClientRect().width).to.equal(320);
      expectTargetsApart(el, 'at 320 px');
      expect(options(el)).to.have.length(count);
    });
  });

  describe('motion', () => {
    let emulated = false;
    before(async () => {
      // Puppeteer drives Firefox over WebDriver BiDi, which has no media emulation yet: there the
      // element's reduced-motion rules are applied as they stand, without their media condition.
      emulated = await emulateMedia({reducedMotion: 'reduce'}).then(
        () => true,
        () => false,
      );
    });
    after(async () => {
      if (emulated) await emulateMedia({reducedMotion: 'no-preference'});
    });

    it('with reduced motion nothing transitions or animates, and zooming jumps', async () => {
      const el = await render();
      const rules = mediaRules(shadow(el), '(prefers-reduced-motion: reduce)');
      expect(rules.found, 'a prefers-reduced-motion: reduce rule').to.be.above(0);
      if (emulated) expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'emulated').to.be.true;
      else rules.apply();

      const moving = [...shadow(el).querySelectorAll('*')].flatMap((node) => {
        const style = getComputedStyle(node);
        const durations = style.transitionDuration.split(',').map((d) => d.trim());
        const animations = style.animationName.split(',').map((a) => a.trim());
        const label = `${node.localName}.${[...node.classList].join('.')}`;
        return [
          ...(durations.every((d) => d === '0s') ? [] : [`${label} transition ${style.transitionDuration}`]),
          ...(animations.every((a) => a === 'none') ? [] : [`${label} animation ${style.animationName}`]),
        ];
      });
      expect(moving).to.deep.equal([]);

      const before = viewBox(el);
      button(el, 'Zoom in').click();
      await el.updateComplete;
      const after = viewBox(el);
      expect(after[2], 'zoomed within one update').to.be.closeTo(before[2] / 1.5, 1e-6);
      await nextFrame();
      await nextFrame();
      expect(viewBox(el), 'no tween afterwards').to.deep.equal(after);
    });
  });

  describe('below the fold', () => {
    /** A map three screens down the page, as the last of several embeds. */
    async function farDown(): Promise<FoipMap> {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 1000px">
          <div style="block-size: ${3 * innerHeight}px"></div>
          ${map()}
        </div>`,
      );
      const el = wrapper.querySelector<FoipMap>('foip-map')!;
      await settled(el);
      return el;
    }
    const labels = (el: FoipMap) => [...shadow(el).querySelectorAll('.labels text')];

    afterEach(() => window.scrollTo(0, 0));

    it("draws markers and names when scrolled near; every option and the map's size are there before", async () => {
      const el = await farDown();
      expect(hits(el), 'no markers yet').to.have.length(0);
      expect(labels(el), 'no names yet').to.have.length(0);
      // Screen readers lose nothing: the listbox has every place, and the map keeps its size (no shift).
      expect(optionIds(el).sort()).to.deep.equal(places.map((p) => p.iso3).sort());
      const {width, height} = svgOf(el).getBoundingClientRect();
      expect(height).to.be.closeTo((width * 643) / 1027, 1);

      el.scrollIntoView();
      await waitUntil(() => hits(el).length > 0, 'markers once scrolled near');
      await settled(el);
      expect(labels(el).length, 'names').to.be.above(10);
      expectTargetsApart(el, 'after scrolling near');
      expect(svgOf(el).getBoundingClientRect().height, 'same size once drawn').to.be.closeTo(height, 1);
    });

    it('still draws them when scrolled near after being moved in the page (a framework reordering)', async () => {
      const el = await farDown();
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await settled(el);
      expect(hits(el), 'no markers yet').to.have.length(0);
      el.scrollIntoView();
      await waitUntil(() => hits(el).length > 0, 'markers once scrolled near');
    });

    it('draws them once a hidden tab or a closed disclosure around it is opened', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 900px">
          <div hidden>${map()}</div>
          <details>
            <summary>Map</summary>
            ${map()}
          </details>
        </div>`,
      );
      const [tabbed, disclosed] = [...wrapper.querySelectorAll<FoipMap>('foip-map')];
      await Promise.all([settled(tabbed), settled(disclosed)]);
      tabbed.parentElement!.hidden = false;
      wrapper.querySelector('details')!.open = true;
      for (const el of [tabbed, disclosed]) {
        await waitUntil(() => hits(el).length > 0, 'markers once shown');
        await settled(el);
        expect(labels(el).length, 'names once shown').to.be.above(10);
        expectTargetsApart(el, 'once shown');
      }
    });

    it('pictures and prints with markers and names without being scrolled near', async () => {
      const pictured = await farDown();
      const picture = new DOMParser().parseFromString(pictured.toSVG(), 'image/svg+xml').documentElement;
      const dots = shadow(pictured).querySelectorAll('.marker circle.dot');
      expect(dots.length, 'markers drawn for the picture').to.be.above(0);
      const pictureDots = [...picture.querySelectorAll('circle')].filter((c) => !c.closest('defs'));
      expect(pictureDots.length, 'markers in the picture').to.equal(dots.length);
      const names = labels(pictured).map((t) => t.textContent);
      expect(names.length, 'names drawn for the picture').to.be.above(10);
      const pictureTexts = new Set([...picture.querySelectorAll('text')].map((t) => t.textContent));
      expect(
        names.filter((name) => !pictureTexts.has(name)),
        'names in the picture',
      ).to.deep.equal([]);

      const printed = await farDown();
      expect(hits(printed), 'no markers before printing').to.have.length(0);
      window.dispatchEvent(new Event('beforeprint'));
      try {
        await settled(printed);
        expect(hits(printed).length, 'markers printed').to.be.above(0);
        expect(labels(printed).length, 'names printed').to.be.above(10);
      } finally {
        window.dispatchEvent(new Event('afterprint'));
      }
    });
  });
});
