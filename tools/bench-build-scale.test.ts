import { describe, expect, it } from 'vitest';
import { buildScaleSection, stageSeconds } from './bench/build-scale.ts';

describe('build scale report', () => {
  it("reads the atlas's own step timings from its build log", () => {
    const log =
      '12:00:01 [atlas] content check passed in 4.2 s\n' +
      '12:00:40 [atlas] search index written from 1155 built pages in 9.8 s (topic pages only are indexed)\n';
    expect(stageSeconds(log)).toEqual({ checkSeconds: 4.2, searchSeconds: 9.8 });
    expect(stageSeconds('[build] Complete!')).toEqual({});
  });

  it('reports the atlas without its check and search index beside plain Astro', () => {
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
    // Per run: 30-4-9, 32-5-10, 34-6-11 = 17, 17, 17.
    expect(text).toContain('| 1000 | 5.0 | 10.0 | 17.0 | 1.55 |');
  });
});
