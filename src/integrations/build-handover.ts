/**
 * What the rendering hands to the end of the build, during `astro build` only: the files a page brings with it (a
 * topic's reference downloads), so they are not rendered as routes of their own. The integration (Astro's config
 * module graph) and src/middleware.ts (the bundled site's) hold separate module instances, so the one live hand-over
 * is kept under a global symbol, for the length of one build. (The pages themselves reach the integration through
 * its prerenderer: src/integrations/atlas.ts.)
 */
const KEY = Symbol.for('long-covid-atlas.build-handover');

export interface BuildHandover {
  /** A file to write into the output at its URL path. */
  file(path: string, text: string): void;
}

interface Slot {
  [KEY]?: BuildHandover;
}

/** The hand-over of the build in progress, if any (none in the dev server). */
export function buildHandover(): BuildHandover | undefined {
  return (globalThis as Slot)[KEY];
}

/** Open the hand-over for this build; `close` ends it before the build's last step reads what it was given. */
export function openBuildHandover(handover: BuildHandover): { close(): void } {
  (globalThis as Slot)[KEY] = handover;
  return {
    close() {
      delete (globalThis as Slot)[KEY];
    },
  };
}
