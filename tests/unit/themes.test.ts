// A theme changes colours and nothing else. The browser tests rely on it: they check layout (the first screen, the
// way around a page) in one theme and leave the other themes to the colour checks (contrast in every theme and width).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/global.css', 'utf8');

/** Every innermost rule whose selector names one theme (`[data-theme]` alone, as in print, applies to all alike). */
function themeRules(): Array<{ selector: string; declarations: Array<[string, string]> }> {
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .filter((m) => (m[1] ?? '').includes('data-theme="'))
    .map((m) => ({
      selector: (m[1] ?? '').trim(),
      declarations: (m[2] ?? '')
        .split(';')
        .map((d) => d.trim())
        .filter((d) => d !== '' && !d.startsWith('/*'))
        .map((d) => {
          const at = d.indexOf(':');
          return [d.slice(0, at).trim(), d.slice(at + 1).trim()] as [string, string];
        }),
    }));
}

const COLOUR = /^(#[0-9a-f]{3,8}|light-dark\(.+\)|transparent|currentcolor|light|dark)$/i;

describe('themes', () => {
  it('are found in the stylesheet (light, dark and low)', () => {
    const selectors = themeRules().map((r) => r.selector);
    for (const theme of ['light', 'dark', 'low']) {
      expect(selectors.some((s) => s.includes(`[data-theme="${theme}"]`))).toBe(true);
    }
  });

  it('set colours only: colour tokens and the colour scheme, never a size, a space or a layout', () => {
    const other = themeRules().flatMap((rule) =>
      rule.declarations
        .filter(
          ([property, value]) => !(property === 'color-scheme' || property.startsWith('--')) || !COLOUR.test(value),
        )
        .map(([property, value]) => `${rule.selector} { ${property}: ${value} }`),
    );
    expect(other).toEqual([]);
  });
});
