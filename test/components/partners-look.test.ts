/**
 * `<foip-partners>` as it looks and is shared (issue 21): 320 px in a forced scheme, both schemes'
 * contrast of dots, lines and names, forced colours, print, and `url-key` both ways.
 */
import {expect, fixture, html} from '@open-wc/testing';

import '../../src/foip-partners.js';
import type {FoipPartners} from '../../src/foip-partners.js';
import {contrast, computed} from '../contrast.js';
import {captureWarnings, mediaRules, settled, shadow} from '../helpers.js';

const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];

async function partners(attrs = '', width = 1100): Promise<FoipPartners> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en" style="width: ${width}px"></div>`);
  wrapper.innerHTML = `<foip-partners ${attrs}></foip-partners>`;
  const el = wrapper.firstElementChild as FoipPartners;
  await settled(el);
  return el;
}

describe('<foip-partners> look', () => {
  it('320 px in a forced scheme (its own padding): every column in view, names whole words, organisations by abbreviation', async () => {
    const el = await partners('theme="dark"', 320);
    const frame = $(el, '.matrix-frame')!;
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1, 'no column scrolled out of view');
    const asean = $$(el, '.name').find((n) => n.getAttribute('aria-label')?.startsWith('Association of Southeast'))!;
    expect(asean.querySelector('.label')!.getBoundingClientRect().width).to.equal(0, 'the full name hidden');
    expect(asean.querySelector('.short')!.textContent).to.equal('ASEAN');
    // A name breaks between words only: no line of it is a fragment of a word.
    const us = $$(el, '.name .label').find((n) => n.textContent === 'United States')!;
    const range = document.createRange();
    range.selectNodeContents(us);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    expect(lines.size).to.be.at.most(2);
    expect(us.getBoundingClientRect().width).to.be.at.least(40);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: dots and lines stand out from the surface (3:1), names read (4.5:1)`, async () => {
      const el = await partners(`theme="${theme}"`);
      const surface = computed(el, 'background-color');
      const dot = $(el, 'td.member .dot')!;
      const home = $(el, '.home-dot')!;
      expect(contrast(computed(dot, 'background-color'), surface)).to.be.at.least(3);
      expect(contrast(computed(home, 'background-color'), surface)).to.be.at.least(3);
      const line = getComputedStyle($(el, 'td.line')!, '::before').backgroundColor;
      expect(contrast(line, surface)).to.be.at.least(3);
      expect(contrast(computed($(el, '.name')!, 'color'), surface)).to.be.at.least(4.5);
      expect(contrast(computed($(el, '.legend .facts')!, 'color'), surface)).to.be.at.least(4.5);
    });
  }

  it('forced colours: dots, lines and bars in the system’s text colour, the selection highlighted', async () => {
    const el = await partners('partner="AUS"');
    const rules = mediaRules(shadow(el), '(forced-colors: active)');
    expect(rules.found).to.be.greaterThan(0);
    const off = rules.apply();
    const dot = $(el, 'td.member .dot')!;
    const probe = document.createElement('div');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    expect(computed(dot, 'background-color')).to.equal(computed(probe, 'color'));
    probe.style.color = 'Highlight';
    expect(computed($(el, 'tr.chosen > .name')!, 'background-color')).to.equal(computed(probe, 'color'));
    probe.remove();
    off();
  });

  it('print: the table is on paper even when closed, the button is not', async () => {
    const el = await partners();
    expect(getComputedStyle($(el, '.table-frame')!).display).to.equal('none');
    const off = mediaRules(shadow(el), 'print').apply();
    expect(getComputedStyle($(el, '.table-frame')!).display).to.equal('block');
    expect(getComputedStyle($(el, 'button.toggle')!).display).to.equal('none');
    off();
  });

  it('url-key: a shared link selects the partner; a selection is written back; a bad link is ignored with a warning', async () => {
    const original = location.href;
    try {
      const url = new URL(location.href);
      url.searchParams.set('p-partner', 'NZL');
      history.replaceState(null, '', url.href);
      const el = await partners('url-key="p"');
      expect($(el, '[role="rowheader"][aria-selected="true"]')!.getAttribute('aria-label')).to.match(/^New Zealand,/);
      $(el, '#format-0')!.click();
      await settled(el);
      const written = new URL(location.href).searchParams;
      expect(written.get('p-partner')).to.equal('', 'cleared, as the address keeps a cleared value');
      expect(written.get('p-format')).to.equal(el.format);
      url.searchParams.set('p-partner', 'nowhere');
      url.searchParams.delete('p-format');
      history.replaceState(null, '', url.href);
      const {warnings, restore} = captureWarnings();
      const other = await partners('url-key="p"');
      restore();
      expect($(other, '[part=problem]')).to.equal(null);
      expect(warnings).to.have.length(1);
    } finally {
      history.replaceState(null, '', original);
    }
  });
});
