// The site's own Astro config with its caches moved to ATLAS_BENCH_CACHE_DIR: benchmark and scale-test builds
// start cold every time and never write into node_modules/.astro, which worktrees share.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../astro.config.ts';

export default { ...config, cacheDir: process.env.ATLAS_BENCH_CACHE_DIR ?? join(tmpdir(), 'atlas-bench-cache') };
