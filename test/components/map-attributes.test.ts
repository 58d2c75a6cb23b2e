import {expect} from '@open-wc/testing';

import '../../src/foip-map.js';

import {bundledIndex, dataset} from '../../src/data/index.js';
import type {PillarId} from '../../src/data/index.js';
import {planarMap} from '../../src/geo/generated/map.js';
import {countClass, mapPlaces} from '../../src/layout/map-places.js';
import {captureWarnings, shadow, text} from '../helpers.js';
import {
  $,
  BASE,
  WORLD,
  activeId,
  ids,
  nameOf,
  option,
  optionIds,
  options,
  places,
  pointOf,
  render,
  settled,
  shownIds,
  status,
  svgOf,
  tooltip,
  typeahead,
  viewBox,
  desktopViewport,
  idle,
} from './map-fixtures.js';
import type {Attrs} from './map-fixtures.js';

describe('<foip-map>', () => {
  desktopViewport();

  describe('attributes', () => {
    for (const pillars of [[2], [2, 3]] as PillarId[][]) {
      it(`pillar="${pillars.join(' ')}" shows exactly the countries of those priority areas`, async () => {
        const el = await render({pillar: pillars.join(' ')});
        const want = mapPlaces(bundledIndex, pillars).map((p) => p.iso3);
        expect(want.length).to.be.within(1, places.length - 1);
        expect(shownIds(el)).to.deep.equal(ids(want));
        // The legend lists only those priority areas.
        expect(
          [...shadow(el).querySelectorAll('.legend-list li[data-pillar]')].map((li) => li.getAttribute('data-pillar')),
        ).to.deep.equal(pillars.map(String));
      });
    }

    it('a pillar change at runtime refilters; the focus moves off a country that left', async () => {
      const el = await render();
      svgOf(el).focus();
      const gone = places.find((p) => !mapPlaces(bundledIndex, [2]).some((q) => q.iso3 === p.iso3))!;
      await typeahead(el, nameOf(gone.iso3));
      expect(activeId(el)).to.equal(gone.iso3);
      el.pillar = '2';
      await settled(el);
      expect(shownIds(el)).to.deep.equal(ids(mapPlaces(bundledIndex, [2]).map((p) => p.iso3)));
      expect(activeId(el)).to.be.null;
      // What the filter leaves out is neither seen, nor hit, nor announced (nor a row of the hidden
      // table, whose rows follow in idle time).
      await idle();
      expect(shadow(el).querySelector(`[data-country="${gone.iso3}"]`)).to.be.null;
      const hidden = [...shadow(el).querySelectorAll('.places > g:not([role])')];
      expect(hidden.length, 'out-of-filter places').to.equal(places.length - optionIds(el).length);
      for (const g of hidden) expect(getComputedStyle(g).display).to.equal('none');
    });

    it('going back to an earlier filter, or to another language, shows that filter in that language', async () => {
      const el = await render({pillar: '2'});
      const labels = () => options(el).map((o) => o.getAttribute('aria-label'));
      const first = {ids: optionIds(el), labels: labels(), summary: text($(el, '#summary'))};
      el.pillar = '1 3';
      await settled(el);
      expect(shownIds(el)).to.deep.equal(ids(mapPlaces(bundledIndex, [1, 3]).map((p) => p.iso3)));
      el.pillar = '2';
      await settled(el);
      expect({ids: optionIds(el), labels: labels(), summary: text($(el, '#summary'))}).to.deep.equal(first);
      el.lang = 'ja';
      await settled(el);
      expect(shownIds(el)).to.deep.equal(ids(first.ids));
      const [iso3] = first.ids as string[];
      expect(option(el, iso3)!.getAttribute('aria-label')).to.contain(nameOf(iso3, 'ja'));
      expect(text($(el, '#summary'))).not.to.equal(first.summary);
      expect(text($(el, '#summary'))).to.contain('件');
    });

    it('color-by="pillar" (default) and color-by="count" give each country its class', async () => {
      const el = await render();
      expect(el.getAttribute('color-by')).to.equal('pillar');
      for (const p of places) {
        const classes = option(el, p.iso3)!.classList;
        if (p.count === 0)
          expect(classes.contains(p.regions.length ? 'region-only' : 'partner-only'), p.iso3).to.be.true;
        else if (p.pillars.length === 1) expect(classes.contains(`pillar-${p.pillars[0]}`), p.iso3).to.be.true;
        else expect(classes.contains(`stripes-${p.pillars.join('')}`), p.iso3).to.be.true;
      }
      el.colorBy = 'count';
      await settled(el);
      expect(el.getAttribute('color-by')).to.equal('count');
      const seen = new Set<number>();
      for (const p of places) {
        const classes = option(el, p.iso3)!.classList;
        if (p.count === 0) continue;
        seen.add(countClass(p.count));
        expect(classes.contains(`count-${countClass(p.count)}`), p.iso3).to.be.true;
        expect(
          [...classes].some((c) => c.startsWith('pillar-') || c.startsWith('stripes')),
          p.iso3,
        ).to.be.false;
      }
      expect(seen.size, 'the dataset spans several count classes').to.be.above(1);
      expect(text($(el, '.legend')))
        .to.contain('Initiatives and map entries per country')
        .and.contain('7 or more');
      const ja = await render({colorBy: 'count'}, 'ja');
      expect(text($(ja, '.legend-title'))).to.equal('国・地域ごとの取組等の件数');
      // The scale is the legend's first list (countries without initiatives of their own follow).
      expect([...$(ja, '.legend-list')!.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
        '1件',
        '2～3件',
        '4～6件',
        '7件以上',
      ]);
      // The fills differ: colour carries the class, not only a class name.
      const fill = (iso3: string) => getComputedStyle(option(el, iso3)!.querySelector('.shape, .dot')!).fill;
      const low = places.find((p) => countClass(p.count) === 1)!;
      const high = [...places].sort((a, b) => b.count - a.count)[0];
      expect(fill(low.iso3)).not.to.equal(fill(high.iso3));
    });

    it('names the priority areas in the legend as the document does, glyph once: 「重点分野① …」', async () => {
      for (const [lang, words] of [
        ['en', 'Priority area '],
        ['ja', '重点分野'],
      ] as const) {
        const el = await render({}, lang);
        for (const p of dataset.pillars) {
          const item = $(el, `.legend-list li[data-pillar="${p.id}"]`)!;
          expect(text(item).startsWith(`${words}${p.glyph} ${p.title[lang]}`), text(item)).to.be.true;
          expect(text(item).split(p.glyph), 'the glyph once').to.have.length(2);
          expect(item.querySelector('[aria-hidden=true]:not(svg)'), 'nothing of the name hidden').to.be.null;
        }
      }
    });

    it('at 360 px keeps each priority area’s name in running lines beside its swatch, 「重点分野①」 on one line', async () => {
      for (const lang of ['ja', 'en'] as const) {
        const el = await render({}, lang, 360);
        for (const p of dataset.pillars) {
          const item = $(el, `.legend-list li[data-pillar="${p.id}"]`)!;
          const glyph = item.querySelector('.glyph')!;
          const words = document.createRange();
          words.setStart(glyph.parentNode!, 0);
          words.setEndAfter(glyph);
          // A flex item per text run stacked 「重点分野」 one character a line.
          const tops = new Set([...words.getClientRects()].map((r) => Math.round(r.top)));
          expect(tops.size, `${lang} ${p.glyph}: the name on one line`).to.equal(1);
        }
      }
    });

    it('tells the priority areas apart without colour: ① solid, ② dotted, ③ lined, several striped', async () => {
      const el = await render();
      /** A shape's fill, or the colour of a gradient's stop. */
      const paint = (node: Element) =>
        node.localName === 'stop' ? getComputedStyle(node).stopColor : getComputedStyle(node).fill;
      const fillOf = (iso3: string) => paint(option(el, iso3)!.querySelector('.shape, .dot')!);
      const single = (pillar: PillarId) =>
        places.find((p) => p.count > 0 && p.pillars.length === 1 && p.pillars[0] === pillar)!;
      expect(fillOf(single(1).iso3), '① is a plain colour').to.match(/^rgb/u);
      for (const [pillar, texture] of [
        [2, 'texture-2'],
        [3, 'texture-3'],
      ] as const) {
        expect(fillOf(single(pillar).iso3), `${pillar} is textured`).to.contain(texture);
        // A pattern (dots) or a repeating gradient (lines): a base in the area's colour, marks on it.
        const server = $(el, `#${texture}`)!;
        const base = paint(server.querySelector('.texture-base')!);
        const mark = paint(server.querySelector('.texture-mark')!);
        expect(mark, `the marks of ${texture} stand out from its base`).not.to.equal(base);
        expect(base, `${texture} is in the colour of area ${pillar}`).to.equal(
          getComputedStyle($(el, `.legend-list li[data-pillar="${pillar}"] .glyph`)!).color,
        );
      }
      const several = places.find((p) => p.pillars.length > 1 && p.count > 0)!;
      expect(fillOf(several.iso3)).to.contain(`stripes-${several.pillars.join('')}`);
      // The legend's swatches are the key: each shows the fill the map uses.
      for (const pillar of [1, 2, 3] as const) {
        const swatch = $(el, `.legend-list li[data-pillar="${pillar}"] .swatch rect`)!;
        expect(paint(swatch), `legend swatch ${pillar}`).to.equal(fillOf(single(pillar).iso3));
      }
    });

    it('country="PHL" preselects, frames and reflects', async () => {
      const el = await render({country: 'phl'});
      expect(el.getAttribute('country')).to.equal('PHL');
      expect(option(el, 'PHL')!.getAttribute('aria-selected')).to.equal('true');
      expect(shadow(el).querySelectorAll('[aria-selected=true]')).to.have.length(1);
      const [x, y, w, h] = viewBox(el);
      expect(w).to.be.below(BASE[2]);
      expect(w / h).to.be.closeTo(BASE[2] / BASE[3], 1e-6);
      const [px, py] = pointOf('PHL');
      expect(px).to.be.within(x, x + w);
      expect(py).to.be.within(y, y + h);
      expect(activeId(el)).to.equal('PHL');
      svgOf(el).focus();
      await el.updateComplete;
      expect(activeId(el), 'the keyboard starts at the selection').to.equal('PHL');
      expect(status(el)).to.equal('');
    });

    it('country="USA" in the Indo-Pacific view selects its edge marker, in view, without moving the map', async () => {
      const el = await render({country: 'USA'});
      expect(viewBox(el)).to.deep.equal([...BASE]);
      expect(option(el, 'USA')!.getAttribute('aria-selected')).to.equal('true');
      const marker = option(el, 'USA')!.querySelector('.marker.edge .hit')!.getBoundingClientRect();
      const svgRect = svgOf(el).getBoundingClientRect();
      expect(marker.left).to.be.at.least(svgRect.left);
      expect(marker.right).to.be.at.most(svgRect.right);
      expect(marker.top).to.be.at.least(svgRect.top);
      expect(marker.bottom).to.be.at.most(svgRect.bottom);
      expect(text(option(el, 'USA')!.querySelector('.arrow'))).to.equal('→');
    });

    it('removing an attribute restores its default; clearing the selection removes country', async () => {
      const el = await render({country: 'PHL', pillar: '2', view: 'world', colorBy: 'count'});
      for (const attribute of ['country', 'pillar', 'view', 'color-by']) el.removeAttribute(attribute);
      await settled(el);
      expect($(el, '[part=problem]')).to.be.null;
      expect(el.country).to.equal('');
      expect(el.pillar).to.equal('');
      expect(el.view).to.equal('indo-pacific');
      expect(el.colorBy).to.equal('pillar');
      expect(shownIds(el)).to.deep.equal(ids(places.map((p) => p.iso3)));
      expect(shadow(el).querySelectorAll('[aria-selected=true]')).to.have.length(0);
      expect(viewBox(el)).to.deep.equal([...BASE]);
      // A default map carries no empty attributes.
      const plain = await render();
      expect(plain.hasAttribute('country')).to.be.false;
      expect(plain.hasAttribute('pillar')).to.be.false;
    });

    it('view="world" shows the whole world, the United States inside it', async () => {
      const el = await render({view: 'world'});
      expect(viewBox(el)).to.deep.equal([...WORLD]);
      const [x, y, w, h] = viewBox(el);
      const [ux, uy] = pointOf('USA');
      expect(ux).to.be.within(x, x + w);
      expect(uy).to.be.within(y, y + h);
      expect(option(el, 'USA')!.querySelector('path.shape'), 'drawn as itself').to.exist;
      expect(option(el, 'USA')!.querySelector('.marker.edge')).to.be.null;
      // The indo-pacific view points to it from the edge instead.
      el.view = 'indo-pacific';
      await settled(el);
      expect(viewBox(el)).to.deep.equal([...BASE]);
      expect(option(el, 'USA')!.querySelector('.marker.edge')).to.exist;
    });
  });

  it('ships its templates without indentation: no line-break-only text between tags (rollup.config.mjs)', async () => {
    const el = await render();
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
    const indents: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/^\s*\n\s*$/u.test(node.textContent!)) indents.push(node.parentElement?.localName ?? '#shadow-root');
    }
    expect(indents, 'whitespace text nodes with line breaks, by parent').to.deep.equal([]);
  });

  describe('bad input', () => {
    // The shared readers' wording (src/internal/attributes.ts), as the list and the card give it:
    // message with what is valid, and the English warning after `attribute="value"`.
    const bad: [keyof Attrs, string, string, string, string][] = [
      [
        'view',
        'moon',
        'Unknown view "moon". Use indo-pacific or world.',
        'view属性に「moon」は指定できません。indo-pacificまたはworldを指定してください。',
        'is not a view; use indo-pacific or world',
      ],
      [
        'colorBy',
        'rainbow',
        'Unknown color-by "rainbow". Use pillar or count.',
        'color-by属性に「rainbow」は指定できません。pillarまたはcountを指定してください。',
        'is not a color-by; use pillar or count',
      ],
      [
        'pillar',
        '4',
        'Unknown priority area "4". Use 1, 2 or 3; separate several with spaces (for example pillar="1 3").',
        'pillar属性に「4」は指定できません。1、2、3のいずれかを指定してください。複数の場合は半角スペースで区切ります（例：pillar="1 3"）。',
        'has no priority area "4"; use 1, 2 or 3, several separated by spaces (e.g. pillar="1 3")',
      ],
      [
        'country',
        'XXX',
        'Unknown country code "XXX". Use an ISO 3166-1 alpha-3 code such as IDN, PHL, MYS.',
        'country属性に「XXX」は指定できません。ISO 3166-1の3文字の国コードを指定してください（例：IDN、PHL、MYS）。',
        'is not a country code of the dataset; use an ISO 3166-1 alpha-3 code such as IDN, PHL, MYS',
      ],
    ];
    for (const [attr, value, en, ja, warning] of bad) {
      const attribute = attr === 'colorBy' ? 'color-by' : attr;
      it(`${attribute}="${value}" shows the localized message and warns once`, async () => {
        const capture = captureWarnings();
        try {
          const el = await render({[attr]: value});
          expect(text($(el, '[part=problem]')))
            .to.contain('This FOIP widget cannot be shown.')
            .and.contain(en);
          expect($(el, 'svg.map')).to.be.null;
          el.requestUpdate();
          await el.updateComplete;
          const jaEl = await render({[attr]: value}, 'ja');
          expect(text($(jaEl, '[part=problem]')))
            .to.contain('このFOIPウィジェットを表示できません。')
            .and.contain(ja);
          expect(capture.warnings).to.have.length(2);
          expect(capture.warnings[0]).to.equal(`<foip-map> ${attribute}="${value}" ${warning}`);
          expect(capture.warnings[1]).to.equal(capture.warnings[0]);
        } finally {
          capture.restore();
        }
      });
    }

    it('reads pillar and country as the other widgets do: full width, circled numbers, any case', async () => {
      const capture = captureWarnings();
      try {
        const el = await render({pillar: '①③', country: 'ｐｈｌ'});
        expect($(el, '[part=problem]')).to.be.null;
        expect(shownIds(el)).to.deep.equal(ids(mapPlaces(bundledIndex, [1, 3]).map((p) => p.iso3)));
        expect(el.getAttribute('country'), 'the code as the dataset writes it').to.equal('PHL');
        expect(option(el, 'PHL')!.getAttribute('aria-selected')).to.equal('true');
        el.pillar = '２ ２';
        await settled(el);
        expect(shownIds(el)).to.deep.equal(ids(mapPlaces(bundledIndex, [2]).map((p) => p.iso3)));
        expect(capture.warnings).to.deep.equal([]);
      } finally {
        capture.restore();
      }
    });

    it('recovers when the attribute is corrected, land and all', async () => {
      const capture = captureWarnings();
      try {
        const el = await render({country: 'XXX'});
        expect(text($(el, '[part=problem]'))).to.contain('XXX');
        el.country = 'IDN';
        await settled(el);
        expect($(el, '[part=problem]')).to.be.null;
        expect(shownIds(el)).to.deep.equal(ids(places.map((p) => p.iso3)));
        expect($(el, 'path.land:not(.undetermined)')!.getAttribute('d')).to.contain(planarMap.shapes[0].d);
        expect(option(el, 'IDN')!.getAttribute('aria-selected')).to.equal('true');
        expect(capture.warnings).to.have.length(1);
      } finally {
        capture.restore();
      }
    });
  });

  describe('data override', () => {
    it('a dataset whose initiative names another country shows that country', async () => {
      const el = await render();
      expect(option(el, 'KEN')).to.be.null;
      const edited = structuredClone(dataset) as unknown as {
        countries: Record<string, unknown>[];
        initiatives: {id: string; countries: string[]}[];
      };
      edited.countries.push({
        iso3: 'KEN',
        isoNumeric: '404',
        kind: 'country',
        name: {en: 'Kenya', ja: 'ケニア'},
        point: [37.9, 0.2],
        region: 'africa',
        named: true,
      });
      const initiative = edited.initiatives[0];
      initiative.countries = ['KEN'];
      el.data = edited;
      await settled(el);
      expect($(el, '[part=problem]')).to.be.null;
      const kenya = option(el, 'KEN')!;
      expect(kenya).to.exist;
      expect(kenya.querySelector('path.shape'), 'drawn with its outline').to.exist;
      expect(kenya.getAttribute('aria-label')).to.contain('Kenya');
      await idle();
      expect(text(shadow(el).querySelector('tr[data-country=KEN]'))).to.contain('Kenya');
      kenya.querySelector('path')!.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      await settled(el);
      expect(text(tooltip(el))).to.contain('Kenya');

      const capture = captureWarnings();
      try {
        el.data = {countries: 'none'};
        await settled(el);
        expect(text($(el, '[part=problem]'))).to.contain('not a valid FOIP dataset');
        expect(capture.warnings).to.have.length(1);
        el.data = undefined;
        await settled(el);
        expect(shownIds(el)).to.deep.equal(ids(places.map((p) => p.iso3)));
      } finally {
        capture.restore();
      }
    });
  });
});
