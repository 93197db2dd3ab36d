// Serves the built site (dist/) with the headers from dist/_headers, as a static host would.
// `node tools/serve.ts [port]`; used by `npm start` and by the browser tests.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile } from '../src/lib/site/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** A file served beside the site at a fixed path, such as a test tool; never part of dist/. */
export interface ExtraFile {
  body: string;
  type: string;
}

/**
 * Serve `dist` as a static host would. `extra` files are served with a year's caching, so their path must change
 * when their content does; the browser tests use it to give Chromium axe-core as a cacheable same-origin script.
 */
export function serveDist(
  dist: string,
  port: number,
  host = '127.0.0.1',
  extra: ReadonlyMap<string, ExtraFile> = new Map(),
): Promise<Server> {
  const root = resolve(dist);
  const headersPath = join(root, '_headers');
  // Reread whenever the file changes: a rebuild writes new CSP hashes, and stale ones would block the new inline CSS.
  // It grows with the pages (half a megabyte at 600), so it is parsed once per change, not once per request.
  let parsed: { mtime: number; rules: Map<string, Record<string, string>> } | undefined;
  const headerRules = () => {
    if (!existsSync(headersPath)) return new Map<string, Record<string, string>>();
    const mtime = statSync(headersPath).mtimeMs;
    if (parsed?.mtime !== mtime) parsed = { mtime, rules: parseHeadersFile(readFileSync(headersPath, 'utf8')) };
    return parsed.rules;
  };
  const server = createServer((req, res) => {
    const rules = headerRules();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const extraFile = extra.get(url.pathname);
    if (extraFile) {
      res.writeHead(200, {
        ...(rules.get('/*') ?? {}),
        'Content-Type': extraFile.type,
        'Cache-Control': 'max-age=31536000, immutable',
      });
      res.end(extraFile.body);
      return;
    }
    let path = decodeURIComponent(url.pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(400).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
      path = '/404.html';
    }
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...(rules.get('/*') ?? {}),
      ...(rules.get(path) ?? {}),
    };
    // Compress text as a real host would, so page weight and Lighthouse see what readers get.
    if (
      /^(text\/|application\/(json|javascript)|image\/svg)/.test(headers['Content-Type'] ?? '') &&
      /\bgzip\b/.test(String(req.headers['accept-encoding']))
    ) {
      const body = gzipSync(readFileSync(file));
      res.writeHead(status, {
        ...headers,
        'Content-Encoding': 'gzip',
        Vary: 'Accept-Encoding',
        'Content-Length': body.length,
      });
      res.end(body);
      return;
    }
    res.writeHead(status, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.main) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
  await serveDist('dist', port);
  console.log(`The atlas is being served at http://localhost:${port}/ (Ctrl+C to stop)`);
}
