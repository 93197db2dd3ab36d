// The build's rendered pages, read on their own thread (./rendered-pages.ts): each page's policy for _headers, and
// the topic pages for Pagefind, which indexes them in its own process.
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { pagePath } from '../lib/site/built-pages.ts';
import { metaCsp } from '../lib/site/headers.ts';
import { searchableHtml } from '../lib/site/search-html.ts';

export type ToWorker =
  | { type: 'page'; path: string; html: Uint8Array | undefined }
  | { type: 'write-index' }
  | { type: 'finish' };
export type FromWorker =
  | { type: 'index-written' }
  | { type: 'finished'; indexed: number; policies: Array<[string, string | undefined]> }
  | { type: 'failed'; message: string };

const { searchOutput } = workerData as { searchOutput: string };
const port = parentPort;
if (!port) throw new Error('rendered-pages-worker.ts runs only as a worker thread');
const post = (message: FromWorker) => port.postMessage(message);

async function startIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}
const index = await startIndex();
const decoder = new TextDecoder();
const policies: Array<[string, string | undefined]> = [];
const pending: Array<Promise<pagefind.NewFileResponse>> = [];
const late: string[] = [];
let writing: Promise<number> | undefined;

async function writeIndex(): Promise<number> {
  const added = await Promise.all(pending);
  const failed = added.flatMap((a) => a.errors);
  if (failed.length > 0) throw new Error(`Pagefind: ${failed.join('; ')}`);
  const written = await index.writeFiles({ outputPath: searchOutput });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  post({ type: 'index-written' });
  return added.length;
}

function page(path: string, bytes: Uint8Array | undefined): void {
  if (!bytes) return;
  const html = decoder.decode(bytes);
  policies.push([pagePath(path), metaCsp(html)]);
  // Only topic pages, marked data-pagefind-body, are indexed.
  if (!html.includes('data-pagefind-body')) return;
  if (writing) late.push(path);
  else pending.push(index.addHTMLFile({ url: path, content: searchableHtml(html) }));
}

async function finish(): Promise<void> {
  if (late.length > 0) {
    throw new Error(
      `the search index was written before ${late.join(', ')}: pages marked data-pagefind-body must be among ` +
        'the pages the build renders first (SEARCHED_ROUTE in src/integrations/prerenderer.ts)',
    );
  }
  writing ??= writeIndex();
  post({ type: 'finished', indexed: await writing, policies });
}

port.on('message', (message: ToWorker) => {
  try {
    if (message.type === 'page') page(message.path, message.html);
    else if (message.type === 'write-index') {
      writing ??= writeIndex();
      // Reported by finish(), which awaits it.
      writing.catch(() => undefined);
    } else finish().catch((error: unknown) => post({ type: 'failed', message: String(error) }));
  } catch (error) {
    post({ type: 'failed', message: `${message.type === 'page' ? `${message.path}: ` : ''}${String(error)}` });
  }
});
