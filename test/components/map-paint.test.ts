/**
 * Paint order (issue 17): every marker is painted above every outline. A marker drawn for a large
 * but narrow country (Chile, Malawi) once came before the outlines of smaller countries, which then
 * covered it: a click on the marker's centre named another country. Checked where the browser hits,
 * at the common widths and in both views.
 */
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';

import {shadow} from '../helpers.js';
import {optionIds, render, svgOf} from './map-fixtures.js';

describe('<foip-map> paint order', () => {
  before(() => setViewport({width: 1200, height: 1000}));
  after(() => setViewport({width: 800, height: 600}));

  for (const view of ['indo-pacific', 'world']) {
    for (const width of [320, 360, 1000]) {
      it(`hits every marker at its centre, above every outline (${view}, ${width} px)`, async () => {
        const el = await render({view}, 'en', width);
        svgOf(el).scrollIntoView({block: 'start'});
        const markers = [...shadow(el).querySelectorAll<SVGCircleElement>('[role=option] .marker .hit')];
        expect(markers.length, 'the view has markers').to.be.above(3);
        const order = optionIds(el);
        const outlined = order.filter((iso3) => !shadow(el).querySelector(`#place-${iso3} .marker`));
        for (const hit of markers) {
          const iso3 = hit.closest('[data-country]')!.getAttribute('data-country')!;
          const r = hit.getBoundingClientRect();
          const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
          const found = shadow(el).elementFromPoint(x, y);
          expect(found?.closest('[data-country]')?.getAttribute('data-country'), `${iso3}'s marker centre`).to.equal(
            iso3,
          );
          // And in the DOM: after every outline without a marker, whatever the outlines' sizes.
          expect(order.indexOf(iso3), `${iso3} after every outline`).to.be.above(order.indexOf(outlined.at(-1)!));
        }
      });
    }
  }
});
