import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {PALETTE, contrast} from '../../src/layout/palette.js';

describe('palette contrast (WCAG 2.2)', () => {
  it('computes known ratios', () => {
    assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
    assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
  });

  for (const [name, s] of Object.entries(PALETTE)) {
    it(`${name}: text ≥ 4.5:1 on both surfaces`, () => {
      for (const bg of [s.surface, s.surfaceRaised]) {
        for (const fg of [s.text, s.textMuted, s.accent]) assert.ok(contrast(fg, bg) >= 4.5, `${fg} on ${bg}`);
      }
    });
    it(`${name}: a control's edge ≥ 3:1 on both surfaces`, () => {
      for (const bg of [s.surface, s.surfaceRaised]) assert.ok(contrast(s.control, bg) >= 3, `${s.control} on ${bg}`);
    });
    it(`${name}: pillar colours ≥ 3:1 on both surfaces, badge text ≥ 4.5:1`, () => {
      for (const colour of Object.values(s.pillars)) {
        for (const bg of [s.surface, s.surfaceRaised]) assert.ok(contrast(colour, bg) >= 3, `${colour} on ${bg}`);
        assert.ok(contrast(s.onPillar, colour) >= 4.5, `badge text on ${colour}`);
      }
    });
  }
});
