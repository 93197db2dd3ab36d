/**
 * An Astro content loader over the same reader the content check uses, so the site and `npm run check` see
 * exactly the same files and data. In the dev server it watches the content folder: an edit reloads the
 * collections within a second or two, and the check's report (file, field, fix) is printed in the terminal.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblem } from '../check/problems.ts';
import type { CollectionName } from '../model/collections.ts';
import { today } from '../site/dates.ts';
import { type RawContent, readContent } from './files.ts';
import { contentRoot } from './paths.ts';

// A build reads the folder once for all its collections; the dev server reads it again on every change.
let readForBuild: RawContent | undefined;

function read(watching: boolean): RawContent {
  if (watching) return readContent(contentRoot());
  readForBuild ??= readContent(contentRoot());
  return readForBuild;
}

async function sync(collection: CollectionName, context: LoaderContext, report: boolean): Promise<void> {
  const raw = read(context.watcher !== undefined);
  if (report) {
    // Loaded here, in the dev server only: a build checks on its own worker, and Vite would compile the whole
    // checker into the content config for nothing.
    const { checkContent } = await import('../check/index.ts');
    for (const problem of checkContent(raw, { today: today() }).problems) {
      const line = formatProblem(problem);
      if (problem.severity === 'error') context.logger.error(line);
      else context.logger.warn(line);
    }
  }
  context.store.clear();
  for (const entry of raw.entries) {
    if (entry.collection !== collection || entry.unreadable) continue;
    try {
      const data = await context.parseData({
        id: entry.id,
        data: entry.data as Record<string, unknown>,
        filePath: entry.file,
      });
      context.store.set({
        id: entry.id,
        data,
        ...(entry.body === undefined ? {} : { body: entry.body }),
        filePath: entry.file,
      });
    } catch {
      // The check has reported this file's mistake with its field and fix; the rest of the site still loads.
    }
  }
}

export function atlasLoader(collection: CollectionName): Loader {
  return {
    name: `atlas-${collection}`,
    load: async (context) => {
      const { watcher } = context;
      // The build checks everything once before it starts (src/integrations/atlas.ts); the dev server reports here,
      // once per change (from the topics loader), so a mistake shows in the terminal as it is made.
      const report = watcher !== undefined && collection === 'topics';
      await sync(collection, context, report);
      if (!watcher) return;
      const root = contentRoot();
      watcher.add(root);
      const onChange = async (path: string) => {
        if (!path.startsWith(root)) return;
        await sync(collection, context, report);
        if (report) context.logger.info(`reloaded content after a change to ${path.slice(root.length + 1)}`);
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
