import {expect} from '@open-wc/testing';

import {contrast, toRgb} from '../contrast.js';
import '../helpers.js';

describe('contrast helper', () => {
  it('measures WCAG ratios of colours in any CSS syntax', () => {
    expect(contrast('#000', '#fff')).to.be.closeTo(21, 0.01);
    expect(contrast('#777', '#fff')).to.be.closeTo(4.48, 0.01);
    expect(contrast('color-mix(in srgb, #000 50%, #fff)', '#fff')).to.be.closeTo(3.95, 0.1);
    expect(contrast('oklch(1 0 0)', 'white')).to.be.closeTo(1, 0.01);
  });

  it('paints a translucent colour over what lies behind it', () => {
    for (const channel of toRgb('rgb(0 0 0 / 0.5)', '#fff')) expect(channel).to.be.within(127, 128);
    expect(contrast('rgb(0 0 0 / 0.5)', '#000', '#000')).to.be.closeTo(1, 0.01);
  });
});
