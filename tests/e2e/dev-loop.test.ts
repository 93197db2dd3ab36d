// The editor's loop: in the dev server, a saved content edit shows in the page within seconds, and a content
// mistake shows its file, field and fix in the terminal and in the browser's error overlay, with no restart.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureTree } from '../helpers/fixtures.ts';
import { launch } from './browser.ts';

const content = fixtureTree();
const page = join(content, 'topics', 'treatment', 'drug-a.md');
let server: ChildProcess;
let output = '';
let base = '';
let browser: Browser;

/** The dev server's environment: the test runner's own variables (NODE_ENV=test, VITEST...) would change how
 * Astro and Vite run, so they are left out. */
function devEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST') env[key] = value;
  }
  return { ...env, ATLAS_CONTENT_DIR: content, ATLAS_TODAY: '2026-03-01', ASTRO_TELEMETRY_DISABLED: '1' };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 4600));
    });
  });
}

async function until<T>(what: string, read: () => Promise<T | undefined>, seconds = 20): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${output.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const heading = async () => {
  const html = await (await fetch(`${base}/treatment/drug-a/`)).text();
  return /<h1>([^<]*)<\/h1>/.exec(html)?.[1];
};

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      env: devEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout?.on('data', (d) => (output += String(d)));
  server.stderr?.on('data', (d) => (output += String(d)));
  await until('the dev server', heading, 150);
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe('the dev server', () => {
  it('shows a saved content edit within a few seconds, without a restart', async () => {
    expect(await heading()).toBe('Drug A');
    writeFileSync(page, readFileSync(page, 'utf8').replace('title: Drug A\n', 'title: Drug A, edited\n'));
    const started = Date.now();
    await until('the edit', async () => ((await heading()) === 'Drug A, edited' ? true : undefined), 10);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("serves a topic page's reference downloads (a build writes them as files)", async () => {
    const ris = await fetch(`${base}/treatment/drug-a/references.ris`);
    expect(ris.headers.get('content-type')).toBe('application/x-research-info-systems; charset=utf-8');
    expect(await ris.text()).toMatch(/^TY {2}- /m);
    const bib = await fetch(`${base}/treatment/drug-a/references.bib`);
    expect(bib.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8');
    expect(await bib.text()).toMatch(/^@\w+\{/m);
  });

  it('shows a content mistake with its file, field and fix in the terminal and the browser overlay', async () => {
    writeFileSync(page, readFileSync(page, 'utf8').replace('\nshort: ', '\nshortVersion: '));
    const message = '[shortVersion] unknown field "shortVersion"; check the spelling against docs/CONTENT.md';
    await until('the terminal report', async () => (output.includes(message) ? true : undefined), 10);
    expect(output).toMatch(/drug-a\.md \[short\] is missing; add it/);
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(`${base}/treatment/drug-a/`);
      const overlay = await until(
        'the error overlay',
        () =>
          tab.evaluate(
            () =>
              document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content, #message')
                ?.textContent,
          ) as Promise<string | undefined>,
        15,
      );
      expect(overlay).toContain('drug-a.md [short] is missing; add it');
      expect(overlay).toContain(message);
    } finally {
      await context.close();
    }
  });

  it('recovers as soon as the mistake is fixed', async () => {
    writeFileSync(page, readFileSync(page, 'utf8').replace('\nshortVersion: ', '\nshort: '));
    await until('the page again', async () => ((await heading()) === 'Drug A, edited' ? true : undefined), 10);
  });
});
