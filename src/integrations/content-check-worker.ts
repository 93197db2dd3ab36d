// The content check on its own thread, so a build can read and bundle while it runs (src/integrations/atlas.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { checkContentDir } from '../lib/check/index.ts';

const { root, today } = workerData as { root: string; today: string };
parentPort?.postMessage(checkContentDir(root, { today }).problems);
