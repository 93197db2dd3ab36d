import { describe, expect, it } from 'vitest';
import { buildScaleSection, stageSeconds } from './bench/build-scale.ts';

describe('build scale report', () => {
  it("reads the atlas's own step timings from its build log", () => {
    const log =
      '12:00:01 [atlas] content check passed in 4.2 s\n' +
      '12:00:40 [atlas] search index written from 1000 topic pages in 9.8 s after the last page (started 30.1 s ago, beside the rendering)\n';
    expect(stageSeconds(log)).toEqual({ checkSeconds: 4.2, searchSeconds: 9.8 });
    expect(stageSeconds('[build] Complete!')).toEqual({});
  });

  it('reports the atlas without its wait for the search index beside plain Astro (the check runs beside the bundling)', () => {
    const text = buildScaleSection(
      [
        {
          topics: 1000,
          atlas: [30, 32, 34],
          plain: [10, 11, 12],
          atlasPages: 1155,
          plainPages: 1078,
          atlasCheck: [4, 5, 6],
          atlasSearch: [9, 10, 11],
        },
      ],
      '2026-11-30',
    );
    expect(text).toContain('| 1000 | 32.0 | 11.0 | 2.91 |');
    // Per run: 30-9, 32-10, 34-11 = 21, 22, 23; the check overlaps other work, so it is shown but not taken away.
    expect(text).toContain('| 1000 | 5.0 | 10.0 | 22.0 | 2.00 |');
  });

  it('sets the atlas beside plain Astro with Pagefind run over its output, in wall and CPU time', () => {
    const text = buildScaleSection(
      [
        {
          topics: 1000,
          atlas: [24, 26, 30],
          plain: [9, 10, 11],
          atlasCpu: [26, 27, 28],
          plainCpu: [10, 11, 12],
          plainSearch: [7, 8, 9],
          plainSearchCpu: [8, 9, 10],
          atlasPages: 1164,
          plainPages: 1078,
        },
      ],
      '2026-11-30',
    );
    // Per run, plain + Pagefind: 16, 18, 20 s (median 18); CPU 18, 20, 22 (median 20); atlas median 26, CPU 27.
    expect(text).toContain('| 1000 | 8.0 | 18.0 | 1.44 | 20.0 (1.35) |');
  });
});
