/**
 * Where each page goes as the build renders it: to the Pagefind search index and to the list of page policies that
 * becomes `_headers`. Both are done on a worker thread (./rendered-pages-worker.ts), which runs Pagefind in its own
 * process, so the main thread, which renders every page one after another, only hands over the bytes it already has.
 *
 * The build renders topic pages, the only ones the index reads, first (src/lib/site/build-order.ts), and says which
 * they are (`expect`): once the last is in, the index is written while the other pages render.
 *
 * Pages render two at a time, so they finish in no fixed order; Pagefind numbers pages in the order they are added,
 * which decides its file names and how it breaks ties. So each page takes its place when it starts rendering (in the
 * build's own order) and is passed on once every page before it is in: the index is the same on every build.
 */
import { Worker } from 'node:worker_threads';
import { pagePath } from '../lib/site/built-pages.ts';
import { inOrder } from '../lib/site/in-order.ts';
import type { FromWorker, ToWorker } from './rendered-pages-worker.ts';

export interface RenderedPages {
  /** The paths of every page that may be indexed, before any renders: once all are in, the index is written. */
  expect(paths: readonly string[]): void;
  /** Keep a page's place in the order; give it its HTML bytes when rendered (undefined: not an HTML page). */
  reserve(path: string): (html: Uint8Array | undefined) => void;
  /** Once every page is in: the number of pages indexed, each page's policy, and when the index was written. */
  finish(): Promise<{ indexed: number; policies: Map<string, string | undefined>; indexWrittenAt: number }>;
}

/** Start the worker and Pagefind; the index files go to `searchOutput` (the output folder's pagefind/). */
export function startRenderedPages(searchOutput: string): RenderedPages {
  const worker = new Worker(new URL('./rendered-pages-worker.ts', import.meta.url), { workerData: { searchOutput } });
  const send = (message: ToWorker, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
  let indexWrittenAt: number | undefined;
  const finished = new Promise<Extract<FromWorker, { type: 'finished' }>>((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'index-written') indexWrittenAt = performance.now();
      else if (message.type === 'finished') resolve(message);
      else reject(new Error(message.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search index stopped (exit code ${code}) before it finished`)));
  });
  // Settled here too: a failure is reported by finish(), at the end of the build.
  finished.catch(() => undefined);

  let awaiting: Set<string> | undefined;
  const pages = inOrder<Uint8Array | undefined>((html, path) => {
    send({ type: 'page', path, html }, html ? [html.buffer as ArrayBuffer] : []);
    if (awaiting?.delete(pagePath(path)) && awaiting.size === 0) send({ type: 'write-index' });
  });

  return {
    expect(paths) {
      awaiting = new Set(paths.map(pagePath));
      if (awaiting.size === 0) send({ type: 'write-index' });
    },
    reserve: (path) => pages.reserve(path),
    async finish() {
      const missing = pages.unfilled();
      if (missing.length > 0) throw new Error(`the search index never received ${missing.join(', ')}`);
      send({ type: 'finish' });
      try {
        const { indexed, policies } = await finished;
        return { indexed, policies: new Map(policies), indexWrittenAt: indexWrittenAt ?? performance.now() };
      } finally {
        await worker.terminate();
      }
    },
  };
}
