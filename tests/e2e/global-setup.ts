import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../tools/serve.ts';
import { AXE_PATH, AXE_SOURCE } from './axe-source.ts';
import { BLANK_HTML, BLANK_PATH } from './blank-page.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('No built site in dist/: run `npm run build` first');
  const extra = new Map([
    [AXE_PATH, { body: AXE_SOURCE, type: 'text/javascript; charset=utf-8' }],
    [BLANK_PATH, { body: BLANK_HTML, type: 'text/html; charset=utf-8' }],
  ]);
  const server = await serveDist('dist', 0, '127.0.0.1', extra);
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((done) => server.close(() => done()));
}
