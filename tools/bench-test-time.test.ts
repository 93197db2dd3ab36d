import { describe, expect, it } from 'vitest';
import { groupCosts, projectRow, type TestTimeResult, testGroup, testTimeSection } from './bench/test-time.ts';

const report = {
  numTotalTests: 4,
  numFailedTests: 1,
  testResults: [
    {
      name: '/x/tests/e2e/accessibility-pages.test.ts',
      startTime: 0,
      endTime: 1,
      assertionResults: [
        { title: '/: no axe violations, no sideways scroll, own origin only', status: 'passed', duration: 2000 },
      ],
    },
    {
      name: '/x/tests/e2e/accessibility-templates.test.ts',
      startTime: 0,
      endTime: 1,
      assertionResults: [
        { title: '/ at 320 px with 200% text and WCAG text spacing scrolls no way', status: 'failed', duration: 1000 },
      ],
    },
    {
      name: '/x/tests/e2e/anatomy.test.ts',
      startTime: 0,
      endTime: 1,
      assertionResults: [
        { title: '/treatment/a/ has the whole anatomy of a treatment page, in order', status: 'passed', duration: 500 },
        { title: 'there are topic pages of every kind written so far', status: 'passed', duration: 1 },
      ],
    },
  ],
};

describe('test time report', () => {
  it('groups browser tests by what they check and how often they run', () => {
    expect(
      testGroup(
        'tests/e2e/accessibility-templates.test.ts',
        '/ at 1280 px has no axe violations in the light, dark, low themes',
      ),
    ).toBe('accessibility-templates: axe, per template x width (every theme)');
    expect(
      testGroup(
        'tests/e2e/anatomy.test.ts',
        '/test/cpet/ is searched by what it says: references ... out of the index',
      ),
    ).toBe('anatomy: search index, per topic page');
    expect(testGroup('tests/e2e/trials.test.ts', 'are all listed')).toBe('trials: once per run');
    expect(groupCosts(report)).toEqual([
      { group: 'accessibility-pages: axe, privacy and CSP, per page', tests: 1, seconds: 2, failed: 0 },
      { group: 'accessibility-templates: 200% text and spacing, per template', tests: 1, seconds: 1, failed: 1 },
      { group: 'anatomy: anatomy, per topic page', tests: 1, seconds: 0.5, failed: 0 },
      { group: 'anatomy: once per run', tests: 1, seconds: 0.001, failed: 0 },
    ]);
  });

  it('projects the accessibility file by page count where it was left out', () => {
    const groups = groupCosts(report);
    const row = {
      check: [1],
      build: [10],
      e2e: [100],
      tests: 4,
      failed: 0,
      groups,
      firstFailures: [],
      load: 1,
      topicPages: 5,
    };
    const result: TestTimeResult = {
      fixed: { typecheck: 10, lint: 1, unit: 9, unitStatus: 0 },
      counts: [
        { ...row, extra: 0, pages: 10, a11ySkipped: false },
        {
          ...row,
          extra: 90,
          pages: 100,
          a11ySkipped: true,
          groups: groups.filter((g) => !g.group.startsWith('accessibility-pages')),
        },
      ],
    };
    const text = testTimeSection(result, '2026-11-30');
    // 2 s of every-page accessibility tests over 10 pages: 20 s at 100 pages.
    expect(text).toContain('| 90 | 100 | 1.0 | 10 | 100 (+ 20 s projected for the accessibility file, not run) |');
    expect(text).toContain('not run');
  });

  it('projects browser tests per group: per page, per topic page, once per run', () => {
    const base = {
      extra: 0,
      pages: 10,
      topicPages: 5,
      check: [1],
      build: [10],
      e2e: [20],
      tests: 4,
      failed: 1,
      a11ySkipped: false,
      groups: groupCosts(report),
      firstFailures: [],
      load: 1,
    };
    const projected = projectRow(base, { pages: 100, topicPages: 95 });
    const seconds = Object.fromEntries(projected.groups.map((g) => [g.group, g.seconds]));
    expect(seconds['accessibility-pages: axe, privacy and CSP, per page']).toBeCloseTo(20);
    expect(seconds['accessibility-templates: 200% text and spacing, per template']).toBeCloseTo(1);
    expect(seconds['anatomy: anatomy, per topic page']).toBeCloseTo(9.5);
    expect(seconds['anatomy: once per run']).toBeCloseTo(0.001);
    // 3.501 s of tests became 30.501 s: the wall time grows by the same 27 s.
    expect(projected.e2e[0]).toBeCloseTo(47);
    expect(projected.projected).toBe(true);
  });
});
