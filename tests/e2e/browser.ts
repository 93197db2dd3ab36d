// Shared set-up for the browser tests: Debian's Chromium, one tab per test file cleared between checks, and watchers for
// everything a reader must never meet (console errors, blocked scripts, requests to other sites).
import { readFileSync } from 'node:fs';
import type { AxeResults, RunOptions } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Disposable, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { KINDS, type Kind } from '../../src/lib/model/vocabulary.ts';
import { allBuiltPages, builtFile } from '../../src/lib/site/built-pages.ts';
import { parseTopicPath } from '../../src/lib/site/urls.ts';
import { AXE_PATH } from './axe-source.ts';
import { BLANK_PATH } from './blank-page.ts';
import { coveringPages, styleTokens } from './style-cover.ts';

export const BASE = inject('baseUrl');
export const THEMES = ['light', 'dark', 'low'] as const;
export const WIDTHS = [320, 1280] as const;

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // V8's optimizing compilers off: every page is a fresh JavaScript context, so axe's hot functions were optimized
      // again on each page and the work thrown away with it. Measured on 60 topic pages: an axe pass 285 to 137 ms.
      // The JIT tiers do not change what any script does, only how fast it starts.
      '--js-flags=--max-opt=1',
    ],
  });
}

/** Every page of the built site, as a URL path. */
export function allPages(): string[] {
  return allBuiltPages('dist');
}

/** Topic pages with their kind, read from the URL. */
export function topicPages(): Array<{ path: string; kind: Kind }> {
  return allPages().flatMap((path) => {
    const topic = parseTopicPath(path);
    return topic ? [{ path, kind: topic.kind }] : [];
  });
}

/**
 * One page of every page type and template (the home page, a kind's index, a body system, a topic page of each kind,
 * the trials list and a trial, the glossary and a term, the about, changes, data and visit pages, 404), then the
 * fewest more pages that, with them, show every element and class the site uses. Themes change colours per element
 * and class, not per page, so the full theme-by-width matrix, colour and target-size rules included, runs on these
 * alone. Each template is shown by its smallest page, and the cover prefers small pages: axe's time grows with a
 * page's size (the changes page took 17 s of the matrix, one of its filtered lists a fraction of that).
 */
export function templatePages(): string[] {
  if (templatePagesMemo) return templatePagesMemo;
  const pages = allPages();
  const html = new Map(pages.map((p) => [p, builtHtml(p)]));
  const size = (p: string) => html.get(p)?.length ?? 0;
  const smallest = (group: string[]) =>
    group.reduce<string | undefined>((best, p) => (best && size(best) <= size(p) ? best : p), undefined);
  const matching = (pattern: RegExp) => pages.filter((p) => pattern.test(p));
  const topics = topicPages();
  const groups = [
    ['/'],
    matching(new RegExp(`^/(${KINDS.join('|')})/$`)),
    matching(/^\/system\/[^/]+\/$/),
    ['/evidence/'],
    ['/search/'],
    ...KINDS.map((kind) => topics.filter((t) => t.kind === kind).map((t) => t.path)),
    ['/trials/'],
    matching(/^\/trials\/[^/]+\/$/),
    ['/glossary/'],
    matching(/^\/glossary\/[^/]+\/$/),
    ['/about/'],
    ['/about/evidence/'],
    matching(/^\/changes\/([^/]+\/)?$/),
    ['/data/'],
    ['/visit/'],
    ['/404.html'],
  ];
  const templates = groups.flatMap((group) => smallest(group.filter((p) => html.has(p))) ?? []);
  const found = new Map([...html].map(([p, text]) => [p, { tokens: styleTokens(text), cost: text.length }]));
  templatePagesMemo = coveringPages(found, templates);
  return templatePagesMemo;
}
let templatePagesMemo: string[] | undefined;

export function builtHtml(path: string): string {
  return readFileSync(builtFile('dist', path), 'utf8');
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to anywhere but the site itself. */
  foreignRequests: string[];
  cspViolations: () => Promise<string[]>;
  /** Run `script` before the page's own scripts on every load in this tab, until `close`. */
  addInitScript: Page['addInitScript'];
  /** End the check: a shared tab is cleared for the next one, a context of its own is closed. */
  close: () => Promise<void>;
}

export interface PageOptions {
  width?: number;
  height?: number;
  theme?: (typeof THEMES)[number];
  text?: string;
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  /** Only for tests that inject their own styles (text spacing); never for CSP checks. */
  bypassCSP?: boolean;
}

/** Events the tests listen to; what a check added to a shared tab is removed when it closes. */
const PAGE_EVENTS = ['console', 'pageerror', 'request', 'response', 'dialog', 'download', 'popup'] as const;

interface SharedTab {
  context: BrowserContext;
  page: Page;
  busy: boolean;
}
const sharedTabs = new WeakMap<Browser, Map<string, SharedTab>>();

/**
 * A tab with the given settings stored, opened at `path`; `null` leaves it for the test to navigate (settings apply
 * from the first page it opens). Each test file's browser keeps one tab per kind of context (JavaScript on or off,
 * CSP bypassed or not) and clears it between checks: a new tab costs a new renderer process, which on this machine
 * cost more than most checks (measured: about 1.5 CPU seconds against 0.2 for a page load in an open tab). Between
 * checks the shared tab goes to a blank page of the site, its storage and cookies are cleared, its size, colour
 * scheme and media are set afresh, and whatever the last check listened to or added is removed; a check that needs
 * two tabs at once gets a context of its own.
 */
export async function openPage(browser: Browser, path: string | null, options: PageOptions = {}): Promise<Watched> {
  const kind = `${options.javaScriptEnabled ?? true}|${options.bypassCSP ?? false}`;
  const tabs = sharedTabs.get(browser) ?? new Map<string, SharedTab>();
  sharedTabs.set(browser, tabs);
  const existing = tabs.get(kind);
  const reused = existing && !existing.busy && !existing.page.isClosed() ? existing : undefined;
  const context =
    reused?.context ??
    (await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
      colorScheme: options.colorScheme ?? 'light',
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      bypassCSP: options.bypassCSP ?? false,
    }));
  const page = reused?.page ?? (await context.newPage());
  // The file's first tab of this kind (or one replacing a closed one) becomes its shared tab; a second tab opened
  // while the shared one is in use is the check's own.
  const mine = reused ?? (existing?.busy ? undefined : { context, page, busy: false });
  if (mine) {
    mine.busy = true;
    tabs.set(kind, mine);
  }
  if (reused) {
    // Leave the last check's page before clearing, so nothing it does on the way out lands in this check.
    await page.goto(`${BASE}${BLANK_PATH}`);
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await context.clearCookies();
    await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 800 });
    await page.emulateMedia({ media: null, colorScheme: options.colorScheme ?? 'light' });
  }
  const origin = new URL(BASE).origin;
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    const where = message.location().url;
    if (message.type() === 'error') errors.push(where ? `${message.text()} (${where})` : message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const scripts: Disposable[] = [];
  const addInitScript = (async (...args: Parameters<Page['addInitScript']>) => {
    const script = await page.addInitScript(...args);
    scripts.push(script);
    return script;
  }) as Page['addInitScript'];
  await addInitScript(
    ({ theme, text }) => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`),
      );
      if (theme) localStorage.setItem('atlas-theme', theme);
      if (text) localStorage.setItem('atlas-text', text);
    },
    { theme: options.theme, text: options.text },
  );
  const close = async () => {
    if (!mine || page.isClosed()) {
      if (mine) tabs.delete(kind);
      await context.close();
      return;
    }
    for (const script of scripts) await script.dispose();
    for (const event of PAGE_EVENTS) page.removeAllListeners(event);
    context.removeAllListeners('request');
    mine.busy = false;
  };
  if (path !== null) {
    const response = await page.goto(`${BASE}${path}`);
    if (!response || (response.status() >= 400 && !path.includes('404'))) {
      throw new Error(`${path} answered ${response?.status()}`);
    }
  }
  return {
    context,
    page,
    errors,
    foreignRequests,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    addInitScript,
    close,
  };
}

/**
 * Run `check` on an open page in every theme, moving from the first (the page must open in it) to the others as a
 * reader does, through the header's theme control. Themes change colours only (tests/unit/themes.test.ts), so one
 * load serves them all. Returns what `check` found, each line prefixed with its theme.
 */
export async function inEveryTheme(page: Page, check: () => Promise<string[]>): Promise<string[]> {
  const choose = async (theme: string) => {
    const chosen = await page.evaluate((value) => {
      const select = document.querySelector<HTMLSelectElement>('#setting-theme');
      if (!select) return false;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      return true;
    }, theme);
    if (!chosen) throw new Error(`${page.url()} has no theme control (#setting-theme)`);
  };
  const found: string[] = [];
  for (const theme of THEMES) {
    if (theme !== THEMES[0]) await choose(theme);
    const shown = await page.evaluate(() => document.documentElement.dataset.theme);
    if (shown !== theme) found.push(`${theme}: the page shows the ${shown ?? 'default'} theme`);
    else found.push(...(await check()).map((line) => `${theme}: ${line}`));
  }
  // Back to the first theme, so the stored setting is the one the tab's next page opens in. Left on the last, the
  // store's write can reach the next page after it has opened (Chromium commits storage asynchronously), and its
  // 'storage' listener then switches that page to the last theme: seen once, as "light: the page shows the low theme".
  await choose(THEMES[0]);
  return found;
}

/** Elements whose content is cut off, and whether the page scrolls sideways. */
export function overflowReport(page: Page): Promise<{ sideways: boolean; clipped: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clipped: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      const hides = /hidden|clip/.test(style.overflowX + style.overflowY);
      if (hides && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
        clipped.push(`${el.tagName.toLowerCase()}.${el.className}`);
      }
    }
    return { sideways: root.scrollWidth > root.clientWidth + 1, clipped };
  });
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * The rules whose results come from the stylesheet (colours; the size and spacing of targets), which is set per element
 * and class, not from a page's words. They cost three quarters of each pass (measured: about 280 ms of a page's axe
 * pass with target size, 100 without); templatePages() runs them in every theme and width.
 */
const STYLE_RULES = ['color-contrast', 'link-in-text-block', 'target-size'];

/** WCAG 1.4.12 text spacing, for the clipping checks. */
export const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

export interface AxeScope {
  /** Only inside this selector. */
  include?: string;
  /** Leave out the style rules (the every-page sweep; templatePages() runs them in every theme and width). */
  withoutStyleRules?: boolean;
}

/**
 * Axe's violations (WCAG 2.2 A and AA, best practice) on an open page, one line each. Violations only: computing
 * every pass is most of axe's time. Axe runs in the page itself (the atlas has no frames to merge results from).
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_PATH });
  const options: RunOptions = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
    // Axe parses every stylesheet first (its CSSOM "preload") whenever a rule it runs waits for preloaded assets; of
    // the rules these tags run, only no-autoplay-audio does, and it needs media alone. The CSSOM serves only the
    // experimental css-orientation-lock, which these tags leave out. Measured: a quarter of a warm pass.
    preload: { assets: ['media'] },
    rules: Object.fromEntries((scope.withoutStyleRules ? STYLE_RULES : []).map((id) => [id, { enabled: false }])),
  };
  const violations = await page.evaluate(
    async ({ options, include }) => {
      const { axe } = window as unknown as { axe: { run: (c: unknown, o: RunOptions) => Promise<AxeResults> } };
      const results = await axe.run(include ? { include: [include] } : document, options);
      return results.violations.map((v) => ({
        id: v.id,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { options, include: scope.include },
  );
  return violations.map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`);
}
