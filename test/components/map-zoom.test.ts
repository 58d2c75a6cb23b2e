import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

import '../../src/foip-map.js';

import {
  BASE,
  activeId,
  button,
  option,
  pointOf,
  press,
  render,
  settled,
  svgOf,
  toPlane,
  typeahead,
  viewBox,
  desktopViewport,
} from './map-fixtures.js';

describe('<foip-map>', () => {
  desktopViewport();

  describe('zoom', () => {
    it('by buttons: + divides the viewBox width by 1.5, − multiplies it, reset restores', async () => {
      const el = await render();
      expect(viewBox(el)).to.deep.equal([...BASE]);
      expect(button(el, 'Zoom out').disabled).to.be.true;
      expect(button(el, 'Reset view').disabled).to.be.true;
      button(el, 'Zoom in').click();
      await settled(el);
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2] / 1.5, 1e-6);
      expect(viewBox(el)[3]).to.be.closeTo(BASE[3] / 1.5, 1e-6);
      button(el, 'Zoom in').click();
      await settled(el);
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2] / 2.25, 1e-6);
      expect(button(el, 'Zoom out').disabled).to.be.false;
      button(el, 'Zoom out').click();
      await settled(el);
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2] / 1.5, 1e-6);
      button(el, 'Reset view').click();
      await settled(el);
      expect(viewBox(el)).to.deep.equal([...BASE]);
      // Markers keep their screen size when zoomed: the map scales, they do not.
      button(el, 'Zoom in').click();
      await settled(el);
      expect(option(el, 'TUV')!.querySelector('.hit')!.getBoundingClientRect().width).to.be.within(24, 26);
    });

    it('stops at the limits: never smaller than the view, at most 8×; at a limit the map does not move', async () => {
      const el = await render();
      svgOf(el).focus();
      await typeahead(el, 'Fiji');
      await press(el, '-');
      await press(el, '_');
      svgOf(el).dispatchEvent(new WheelEvent('wheel', {deltaY: 100, clientX: 900, clientY: 600, bubbles: true}));
      await settled(el);
      expect(viewBox(el)).to.deep.equal([...BASE]);
      for (let n = 0; n < 10; n++) button(el, 'Zoom in').click();
      await settled(el);
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2] / 8, 1e-6);
      expect(button(el, 'Zoom in').disabled).to.be.true;
      for (let n = 0; n < 10; n++) await press(el, '-');
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2], 1e-6);
    });

    it('by keys: + and - about the focused country, 0 resets; Shift+arrows pan', async () => {
      const el = await render();
      svgOf(el).focus();
      await typeahead(el, 'Philippines');
      await sendKeys({press: '+'});
      await settled(el);
      const zoomed = viewBox(el);
      expect(zoomed[2]).to.be.closeTo(BASE[2] / 1.5, 1e-6);
      const [px, py] = pointOf('PHL');
      expect(px).to.be.within(zoomed[0], zoomed[0] + zoomed[2]);
      expect(py).to.be.within(zoomed[1], zoomed[1] + zoomed[3]);
      await sendKeys({press: '+'});
      await settled(el);
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2] / 2.25, 1e-6);
      await sendKeys({press: '-'});
      await settled(el);
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2] / 1.5, 1e-6);
      const [x, y, w] = viewBox(el);
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'ArrowLeft'});
      await sendKeys({up: 'Shift'});
      await settled(el);
      expect(viewBox(el)[0]).to.be.closeTo(x - w * 0.2, 1e-6);
      expect(viewBox(el)[1]).to.equal(y);
      expect(activeId(el), 'panning keeps the focus').to.equal('PHL');
      await sendKeys({press: '0'});
      await settled(el);
      expect(viewBox(el)).to.deep.equal([...BASE]);
    });

    it('by wheel, about the pointer; the page does not scroll', async () => {
      const el = await render();
      const rect = svgOf(el).getBoundingClientRect();
      const [cx, cy] = [rect.left + rect.width * 0.7, rect.top + rect.height * 0.4];
      const before = toPlane(el, cx, cy);
      const wheel = new WheelEvent('wheel', {
        deltaY: -100,
        clientX: cx,
        clientY: cy,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      svgOf(el).dispatchEvent(wheel);
      await settled(el);
      expect(wheel.defaultPrevented).to.be.true;
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2] / 1.25, 1e-6);
      const after = toPlane(el, cx, cy);
      expect(after.x).to.be.closeTo(before.x, 0.5);
      expect(after.y).to.be.closeTo(before.y, 0.5);
      svgOf(el).dispatchEvent(new WheelEvent('wheel', {deltaY: 100, clientX: cx, clientY: cy, bubbles: true}));
      await settled(el);
      expect(viewBox(el)[2]).to.be.closeTo(BASE[2], 1e-6);
    });
  });
});
