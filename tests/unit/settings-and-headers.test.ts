import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { headerCsp, headersFile, metaCsp, parseHeadersFile } from '../../src/lib/site/headers.ts';
import { TEXT_SIZES, THEMES } from '../../src/lib/site/settings.ts';
import { THEME_INIT_SCRIPT } from '../../src/scripts/theme-init.ts';

/** Run the before-paint script against a fake document and storage. */
function runInit(stored: Record<string, string>) {
  const dataset: Record<string, string> = {};
  const classes = new Set<string>();
  const documentElement = { dataset, classList: { add: (c: string) => classes.add(c) } };
  runInNewContext(THEME_INIT_SCRIPT, {
    document: { documentElement },
    localStorage: { getItem: (k: string) => stored[k] ?? null },
  });
  return { dataset, classes };
}

describe('the before-paint settings script', () => {
  it('applies every saved theme and text size the controls offer', () => {
    for (const theme of THEMES.filter((t) => t.value !== 'system')) {
      expect(runInit({ 'atlas-theme': theme.value }).dataset.theme).toBe(theme.value);
    }
    for (const size of TEXT_SIZES.filter((s) => s.value !== '100')) {
      expect(runInit({ 'atlas-text': size.value }).dataset.text).toBe(size.value);
    }
  });

  it('ignores stored values it does not know, and marks the page as scripted', () => {
    const { dataset, classes } = runInit({ 'atlas-theme': 'neon', 'atlas-text': '900' });
    expect(dataset).toEqual({});
    expect(classes.has('js')).toBe(true);
  });

  it('survives storage that throws', () => {
    const documentElement = { dataset: {}, classList: { add: () => undefined } };
    expect(() =>
      runInNewContext(THEME_INIT_SCRIPT, {
        document: { documentElement },
        localStorage: {
          getItem: () => {
            throw new Error('denied');
          },
        },
      }),
    ).not.toThrow();
  });

  it('offers at least four text sizes from 100% to 150% or more', () => {
    expect(TEXT_SIZES.length).toBeGreaterThanOrEqual(4);
    expect(TEXT_SIZES[0]?.value).toBe('100');
    expect(Number(TEXT_SIZES.at(-1)?.value)).toBeGreaterThanOrEqual(150);
  });

  it('is allowed by the policy in astro.config.ts through its hash', () => {
    const hash = createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64');
    expect(readFileSync('astro.config.ts', 'utf8')).toContain('createHash');
    expect(hash).toMatch(/=$/);
  });
});

describe('headers for hosts', () => {
  const meta =
    '<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;">';

  it('reads the policy from a page and adds frame-ancestors', () => {
    const csp = metaCsp(meta);
    expect(csp).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
    expect(headerCsp(csp ?? '')).toBe("default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'");
  });

  it('writes a _headers file that reads back to the same headers', () => {
    const parsed = parseHeadersFile(headersFile([{ path: '/a/', csp: "default-src 'self'" }]));
    expect(parsed.get('/*')?.['Referrer-Policy']).toBe('no-referrer');
    expect(parsed.get('/a/')?.['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'none'");
  });
});
