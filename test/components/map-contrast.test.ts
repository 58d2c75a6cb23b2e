// What people must see on the map, at 3:1 (WCAG 1.4.11) in light, dark and forced colours, computed
// from the rendered styles: axe leaves SVG fills undecided.
import {expect} from '@open-wc/testing';

import type {FoipMap} from '../../src/foip-map.js';
import {computed, contrast} from '../contrast.js';
import {mediaRules, shadow, text} from '../helpers.js';
import {$, render} from './map-fixtures.js';

const MIN = 3;
const all = <T extends Element>(el: FoipMap, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];

/** Land and sea as drawn, and the surface the map's controls sit on. */
function ground(el: FoipMap) {
  return {
    land: computed($(el, '.land:not(.undetermined, .home)')!, 'fill'),
    sea: computed($(el, '.sea')!, 'fill'),
    surface: getComputedStyle(el).getPropertyValue('--_surface'),
  };
}

for (const theme of ['light', 'dark'] as const) {
  describe(`<foip-map> contrast, ${theme}`, () => {
    it('countries reached only through a region or as a partner stand out from land and sea, each its own way', async () => {
      const el = await render({theme});
      const {land, sea} = ground(el);
      const hatch = computed($(el, '#texture-region .texture-region')!, 'stop-color');
      const partner = computed($(el, '.place.partner-only .shape')!, 'fill');
      for (const [what, colour] of [
        ['region-only hatch', hatch],
        ['partner-only fill', partner],
      ]) {
        expect(contrast(colour, land), `${what} on land`).to.be.at.least(MIN);
        expect(contrast(colour, sea), `${what} on the sea`).to.be.at.least(MIN);
      }
      // Told apart by more than colour: hatched against solid.
      expect(computed($(el, '.place.region-only .shape')!, 'fill')).to.match(/url\(/u);
      expect(partner).not.to.match(/url\(/u);
    });

    it('every priority area’s fill and every marker’s ring stand out from land and sea', async () => {
      const el = await render({theme});
      const {land, sea} = ground(el);
      const pillarColours = [
        computed($(el, '.place.pillar-1 .shape')!, 'fill'),
        ...all(el, '#texture-2 .texture-base, #texture-3 .texture-base').map((e) =>
          computed(e, e.localName === 'stop' ? 'stop-color' : 'fill'),
        ),
      ];
      const rings = all(el, '.marker .dot').map((dot) => computed(dot, 'stroke'));
      expect(rings.length).to.be.greaterThan(5);
      for (const colour of [...pillarColours, ...new Set(rings)]) {
        expect(contrast(colour, land), `${colour} on land`).to.be.at.least(MIN);
        expect(contrast(colour, sea), `${colour} on the sea`).to.be.at.least(MIN);
      }
    });

    it('Japan, the home country, stands out from land and sea, solid, in a colour no place is drawn in', async () => {
      const el = await render({theme});
      const {land, sea} = ground(el);
      const home = computed($(el, 'path.home')!, 'fill');
      expect(contrast(home, land), 'home on land').to.be.at.least(MIN);
      expect(contrast(home, sea), 'home on the sea').to.be.at.least(MIN);
      expect(home, 'solid, not a texture').not.to.match(/url\(/u);
      // The legend's swatch is the map's fill.
      expect(computed($(el, '.legend rect.home')!, 'fill')).to.equal(home);
      const fills = all(el, '.place:not(.out) .shape, .place:not(.out) .dot').map((e) => computed(e, 'fill'));
      const solids = [...new Set([...fills, computed($(el, '.place.pillar-1 .shape')!, 'fill')])];
      expect(solids.length, 'the places’ fills').to.be.above(1);
      expect(solids, 'no place shares its fill').not.to.include(home);
      // Nor does a texture's colour: ②'s and ③'s bases.
      for (const e of all(el, '#texture-2 .texture-base, #texture-3 .texture-base'))
        expect(computed(e, e.localName === 'stop' ? 'stop-color' : 'fill')).not.to.equal(home);
    });

    it('every class of the count scale stands out from land and sea', async () => {
      const el = await render({theme, colorBy: 'count'});
      const {land, sea} = ground(el);
      const classes = all(el, '.legend .swatch rect[class^="count-"]').map((r) => computed(r, 'fill'));
      expect(classes).to.have.length(4);
      for (const colour of classes) {
        expect(contrast(colour, land), `${colour} on land`).to.be.at.least(MIN);
        expect(contrast(colour, sea), `${colour} on the sea`).to.be.at.least(MIN);
      }
    });

    it('controls and legend buttons are told apart by an edge of 3:1 against their own face and the surface', async () => {
      const el = await render({theme});
      const {surface} = ground(el);
      const buttons = all<HTMLButtonElement>(el, '[part=controls] button, .legend button.group');
      expect(buttons.length).to.be.greaterThan(5);
      for (const b of buttons) {
        const edge = computed(b, 'border-top-color');
        expect(contrast(edge, surface), `${text(b)}: edge on the surface`).to.be.at.least(MIN);
        expect(contrast(edge, computed(b, 'background-color')), `${text(b)}: edge on its face`).to.be.at.least(MIN);
      }
    });
  });
}

describe('<foip-map> contrast, forced colours', () => {
  it('keeps region-only and partner-only apart from land and from the countries with initiatives', async () => {
    const el = await render();
    const forced = mediaRules(shadow(el), '(forced-colors: active)');
    expect(forced.found).to.be.greaterThan(0);
    const restore = forced.apply();
    try {
      const land = computed($(el, '.land:not(.undetermined, .home)')!, 'fill');
      const hatch = computed($(el, '#texture-region .texture-region')!, 'stop-color');
      const partner = computed($(el, '.place.partner-only .shape')!, 'fill');
      const own = computed($(el, '.place.pillar-1 .shape')!, 'fill');
      expect(contrast(hatch, land), 'hatch on land').to.be.at.least(MIN);
      expect(contrast(partner, land), 'partner-only on land').to.be.at.least(MIN);
      expect(computed($(el, '.place.region-only .shape')!, 'fill')).to.match(/url\(/u);
      expect(partner).not.to.equal(own);
      // Japan solid in the text colour: apart from the land, the places and the partners.
      const home = computed($(el, 'path.home')!, 'fill');
      expect(contrast(home, land), 'home on land').to.be.at.least(MIN);
      expect([own, partner]).not.to.include(home);
      expect(computed($(el, '.legend rect.home')!, 'fill')).to.equal(home);
    } finally {
      restore();
    }
  });
});

describe('<foip-map> legend of countries without initiatives of their own', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`names region-only and partner-only with their own swatches (${lang})`, async () => {
      const el = await render({}, lang);
      const entries = all(el, '.legend li').filter((li) => li.querySelector('rect.region-only, rect.partner-only'));
      expect(entries.map((li) => li.querySelector('rect')!.getAttribute('class'))).to.deep.equal([
        'region-only',
        'partner-only',
      ]);
      for (const li of entries) expect(text(li).length).to.be.greaterThan(3);
      expect(text(entries[0])).to.equal(
        lang === 'en'
          ? 'Covered only as a member of a region (region-wide items)'
          : '地域の一員としてのみ対象（広域の取組）',
      );
    });
  }

  it('leaves an entry out when the filter shows no such country', async () => {
    const el = await render({pillar: '2'});
    const kinds = all(el, '.legend rect.region-only, .legend rect.partner-only').map((r) => r.getAttribute('class'));
    const drawn = ['region-only', 'partner-only'].filter((k) => $(el, `.place.${k}:not(.out)`));
    expect(kinds).to.deep.equal(drawn);
  });
});
