/**
 * Build hooks: check the content before any page is rendered (a content mistake
 * stops the build with the same report as `npm run check`), render topic pages
 * first and pass every page on as it is rendered (./rendered-pages.ts), and
 * write the hosts' `_headers` file, robots.txt and the search index.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentError, formatProblem, type Problem } from '../lib/check/problems.ts';
import { contentRoot } from '../lib/io/paths.ts';
import { allBuiltPages, builtFile, pagePath } from '../lib/site/built-pages.ts';
import { today } from '../lib/site/dates.ts';
import { headersFile, metaCsp } from '../lib/site/headers.ts';
import { robotsTxt, siteAddress, sitemapXml } from '../lib/site/wider-web.ts';
import { openBuildHandover } from './build-handover.ts';
import { atlasPrerenderer } from './prerenderer.ts';
import { type RenderedPages, startRenderedPages } from './rendered-pages.ts';

/** Seconds since `start`, for the build log (the build-scale bench reads these lines). */
const since = (start: number) => ((performance.now() - start) / 1000).toFixed(1);

type Log = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>;
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

function report(problems: readonly Problem[], log: Log, start: number): void {
  const errors = problems.filter((p) => p.severity === 'error');
  for (const warning of problems.filter((p) => p.severity === 'warning')) log.warn(formatProblem(warning));
  if (errors.length > 0) throw new ContentError(problems);
  log.info(`content check passed in ${since(start)} s`);
}

/** A topic's reference downloads: routes in the dev server; a build writes the files its topic pages hand over. */
const DEV_ROUTES = (['ris', 'bib'] as const).map((format) => ({
  pattern: `/[kind]/[slug]/references.${format}`,
  entrypoint: new URL(`../routes/references.${format}.ts`, import.meta.url),
}));

/**
 * The check on a worker thread: it takes seconds at a thousand topics, and Astro can bundle the site meanwhile (two
 * cores instead of one). Also keeps Astro's config, which Vite compiles before anything else, free of the checker.
 */
function checkOnWorker(): Promise<Problem[]> {
  const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), {
    workerData: { root: contentRoot(), today: today() },
  });
  return new Promise<Problem[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the content check stopped (exit code ${code}) before it reported`)),
    );
  });
}

/** The check before a build renders any page: it stops the build on any error. */
async function startContentCheck(log: Log): Promise<void> {
  const start = performance.now();
  report(await checkOnWorker(), log, start);
}

/**
 * The dev server's part of the editor's loop. Pages read the content afresh after every edit (src/site.ts), so an
 * edit needs no reload of the server; on every change in the content folder (which may lie outside the project, see
 * ATLAS_CONTENT_DIR) this reports the check in the terminal, as `npm run check` would, and reloads open pages.
 */
function watchContent(server: DevServer, log: Log): void {
  const root = contentRoot();
  server.watcher.add(root);
  let queue = Promise.resolve();
  const onChange = (path: string) => {
    if (!path.startsWith(root)) return;
    queue = queue
      .then(checkOnWorker)
      .then((problems) => {
        for (const problem of problems) {
          if (problem.severity === 'error') log.error(formatProblem(problem));
          else log.warn(formatProblem(problem));
        }
        log.info(`checked the content after a change to ${path.slice(root.length + 1)}`);
        server.ws.send({ type: 'full-reload' });
      })
      .catch((error: unknown) => log.error(String(error)));
  };
  for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, onChange);
}

export function atlasIntegration(): AstroIntegration {
  let build: { started: number; pages: RenderedPages; files: Map<string, string>; close(): void } | undefined;
  let outDir: string | undefined;
  let checked: Promise<void> | undefined;
  return {
    name: 'atlas',
    hooks: {
      'astro:config:setup': async ({ command, logger, injectRoute }) => {
        if (command !== 'build') {
          for (const route of DEV_ROUTES) injectRoute(route);
          // The dev server checks once here, again on every change (watchContent) and on the first request after it (src/site.ts).
          await startContentCheck(logger);
          return;
        }
        // Beside the bundling and Astro's listing of the pages, which waits for it (./prerenderer.ts): a content
        // mistake stops the build with its report before any page is written.
        checked = startContentCheck(logger);
        // Settled here too, so a build that fails earlier for another reason reports that reason alone.
        checked.catch(() => undefined);
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => watchContent(server, logger),
      'astro:build:start': ({ setPrerenderer }) => {
        if (!outDir) throw new Error('the output folder is not known at the start of the build');
        if (!checked) throw new Error('the content check did not start with the build');
        const passed = checked;
        const pages = startRenderedPages(join(outDir, 'pagefind'));
        setPrerenderer((astro) => atlasPrerenderer(astro, { checked: passed, pages }));
        const files = new Map<string, string>();
        const handover = openBuildHandover({ file: (path, text) => files.set(path, text) });
        build = { started: performance.now(), pages, files, close: handover.close };
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!build) throw new Error('the search index was not started with the build');
        build.close();
        const dist = fileURLToPath(dir);
        if (dist !== outDir) throw new Error(`the build wrote to ${dist}, not ${outDir} as its configuration said`);
        // Pagefind writes its index in its own process, mostly while the last pages rendered; this step runs meanwhile.
        const waited = performance.now();
        const rendered = build.pages.finish();
        rendered.catch(() => undefined);
        await Promise.all([...build.files].map(([path, text]) => writeBeside(dist, path, text)));
        logger.info(`wrote ${build.files.size} files the pages handed over (reference downloads)`);
        const { indexed, policies, indexWrittenAt } = await rendered;
        // A page Astro did not render (none today) is read from disk.
        let readBack = 0;
        const pages = allBuiltPages(dist).flatMap((path) => {
          const known = policies.has(pagePath(path));
          if (!known) readBack++;
          const csp = known ? policies.get(pagePath(path)) : metaCsp(readFileSync(builtFile(dist, path), 'utf8'));
          return csp ? [{ path, csp }] : [];
        });
        writeFileSync(join(dist, '_headers'), headersFile(pages));
        logger.info(`wrote _headers for ${pages.length} pages (${readBack} read back from disk)`);
        await writeWiderWeb(dist, logger);
        logger.info(
          `search index written from ${indexed} topic pages in ${Math.max(0, (indexWrittenAt - waited) / 1000).toFixed(1)} s after the last page (started ${since(build.started)} s ago, beside the rendering)`,
        );
      },
    },
  };
}

/**
 * A file a page handed over, at its URL path under the output folder. Written at the end, while Pagefind writes its
 * index, into its page's folder, which exists by then: at thousands of files, a folder check per file is a cost
 * worth skipping (measured: see NOTES.md), so a folder is made only if it is missing.
 */
async function writeBeside(dist: string, path: string, text: string): Promise<void> {
  const file = join(dist, decodeURIComponent(path));
  try {
    await writeFile(file, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

/** robots.txt always; the sitemap only when the public address is set, because a sitemap needs absolute URLs. */
async function writeWiderWeb(dist: string, logger: { info: (m: string) => void }): Promise<void> {
  const site = siteAddress();
  writeFileSync(join(dist, 'robots.txt'), robotsTxt(site));
  if (site) {
    writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(site, allBuiltPages(dist)));
    logger.info(`wrote sitemap.xml for ${site}`);
  } else {
    logger.info('no sitemap: set ATLAS_SITE_URL to the public address to build one');
  }
}
