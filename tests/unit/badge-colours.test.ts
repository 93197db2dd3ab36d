// The certainty badges are one ordered ramp in every theme: each step lighter or darker than the last, in the same
// direction, so the order survives greyscale printing; and the badge text keeps at least 4.5:1 on every step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/global.css', 'utf8');

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

/** A theme's value of a token: light and dark from `light-dark(a, b)` in :root, low from its own block. */
function token(name: string, theme: 'light' | 'dark' | 'low'): string {
  if (theme === 'low') {
    const block = /:root\[data-theme="low"\] \{([^}]*)\}/.exec(css)?.[1] ?? '';
    const value = new RegExp(`${name}: (#[0-9a-f]{6});`).exec(block)?.[1];
    if (value) return value;
  }
  const pair = new RegExp(`${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\);`).exec(css);
  if (!pair) throw new Error(`no token ${name}`);
  return (theme === 'light' ? pair[1] : pair[2]) ?? '';
}

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
