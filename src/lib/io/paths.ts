/** Where the content lives. ATLAS_CONTENT_DIR points the build at another tree (tests build bad fixtures with it). */
import { resolve } from 'node:path';

export function contentRoot(): string {
  return resolve(process.env.ATLAS_CONTENT_DIR ?? 'src/content');
}
