// WCAG colour maths and theme tokens from the site's CSS, for the tests that check contrast and order.
import { readFileSync } from 'node:fs';

const css = readFileSync('src/styles/global.css', 'utf8');

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** A theme's value of a token: light and dark from `light-dark(a, b)` in :root; low from the last low-theme block that sets it. */
export function token(name: string, theme: 'light' | 'dark' | 'low'): string {
  if (theme === 'low') {
    const blocks = [...css.matchAll(/:root\[data-theme="low"\] \{([^}]*)\}/g)].map((m) => m[1] ?? '');
    for (const block of blocks.reverse()) {
      const value = new RegExp(`${name}: (#[0-9a-f]{6});`).exec(block)?.[1];
      if (value) return value;
    }
  }
  const pair = new RegExp(`${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\);`).exec(css);
  if (!pair) throw new Error(`no token ${name}`);
  return (theme === 'light' ? pair[1] : pair[2]) ?? '';
}
