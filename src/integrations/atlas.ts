/**
 * Build hooks: check the content before anything is built (a content mistake
 * stops the build with the same report as `npm run check`), and write the
 * hosts' `_headers` file once the pages exist.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentDir } from '../lib/check/index.ts';
import { ContentError, formatProblem } from '../lib/check/problems.ts';
import { contentRoot } from '../lib/io/paths.ts';
import { allBuiltPages, builtFile } from '../lib/site/built-pages.ts';
import { today } from '../lib/site/dates.ts';
import { headersFile, metaCsp } from '../lib/site/headers.ts';

export function runContentCheck(log: { warn: (m: string) => void; info: (m: string) => void }): void {
  const { problems } = checkContentDir(contentRoot(), { today: today() });
  const errors = problems.filter((p) => p.severity === 'error');
  for (const warning of problems.filter((p) => p.severity === 'warning')) log.warn(formatProblem(warning));
  if (errors.length > 0) throw new ContentError(problems);
  log.info('content check passed');
}

export function atlasIntegration(): AstroIntegration {
  return {
    name: 'atlas',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        runContentCheck(logger);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = allBuiltPages(dist).flatMap((path) => {
          const csp = metaCsp(readFileSync(builtFile(dist, path), 'utf8'));
          return csp ? [{ path, csp }] : [];
        });
        writeFileSync(join(dist, '_headers'), headersFile(pages));
        logger.info(`wrote _headers for ${pages.length} pages`);
      },
    },
  };
}
