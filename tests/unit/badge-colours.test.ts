// The certainty badges are one ordered ramp in every theme: each step lighter or darker than the last, in the same
// direction, so the order survives greyscale printing; and the badge text keeps at least 4.5:1 on every step.
import { describe, expect, it } from 'vitest';
import { contrast, luminance, token } from '../helpers/colours.ts';

describe('certainty badge colours', () => {
  for (const theme of ['light', 'dark', 'low'] as const) {
    it(`form one ordered ramp with readable text in the ${theme} theme`, () => {
      const steps = [0, 1, 2, 3, 4].map((i) => luminance(token(`--certainty-${i}`, theme)));
      const rising = (steps[4] ?? 0) > (steps[0] ?? 0);
      for (let i = 1; i < steps.length; i++) {
        expect(rising ? (steps[i] ?? 0) > (steps[i - 1] ?? 0) : (steps[i] ?? 0) < (steps[i - 1] ?? 0)).toBe(true);
      }
      for (let i = 0; i <= 4; i++) {
        expect(contrast(token('--certainty-fg', theme), token(`--certainty-${i}`, theme))).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('use no red: low certainty is not danger', () => {
    for (const theme of ['light', 'dark', 'low'] as const) {
      for (let i = 0; i <= 4; i++) {
        const hex = token(`--certainty-${i}`, theme);
        const [r, g, b] = [1, 3, 5].map((j) => Number.parseInt(hex.slice(j, j + 2), 16));
        expect((r ?? 0) - Math.max(g ?? 0, b ?? 0)).toBeLessThan(40);
      }
    }
  });
});
