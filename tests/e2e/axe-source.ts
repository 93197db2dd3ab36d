// axe-core as the browser tests load it: served by the test server at a path named by its version, so a tab that
// opens many pages compiles it once. Chromium keeps the compiled code of a cached same-origin script (V8's code
// cache); axe passed in by `page.evaluate` is compiled afresh on every page (measured: about 200 ms a page, 50 ms
// as a cached script).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { version } = require('axe-core/package.json') as { version: string };

export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_PATH = `/__tests/axe-core-${version}.min.js`;
