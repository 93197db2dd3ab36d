import { describe, expect, it } from 'vitest';
import { REGISTRY_ID, REGISTRY_ID_EXAMPLES, type Trial } from '../../src/lib/model/schema.ts';
import { isOverdue, trialForTopic, trialLateness } from '../../src/lib/model/trials.ts';
import { TRIAL_STATUSES } from '../../src/lib/model/vocabulary.ts';
import { formatDate } from '../../src/lib/site/dates.ts';
import { parseTopicPath } from '../../src/lib/site/urls.ts';
import { trialBadge } from '../../src/lib/views/badges.ts';
import { referenceEntry, sourceLinks } from '../../src/lib/views/references.ts';
import { relatedTopics } from '../../src/lib/views/topic-graph.ts';

describe('reference links', () => {
  it('builds a link for every identifier, registry and PubMed first', () => {
    const links = sourceLinks(
      {
        doi: '10.1016/j.jacc.2020.12.029',
        pmid: '33602468',
        pmcid: 'PMC8455420',
        nct: 'NCT03182725',
        url: 'https://www.nice.org.uk/guidance/ng188',
      },
      'NICE',
    );
    expect(links.map((l) => l.href)).toEqual([
      'https://clinicaltrials.gov/study/NCT03182725',
      'https://pubmed.ncbi.nlm.nih.gov/33602468/',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC8455420/',
      'https://doi.org/10.1016/j.jacc.2020.12.029',
      'https://www.nice.org.uk/guidance/ng188',
    ]);
    // A web page's link says what it is, not only where: never a bare domain.
    expect(links.at(-1)?.label).toBe('NICE page (nice.org.uk)');
  });

  it('shows the plain description with its year, or says it is undated', () => {
    const base = {
      description: 'Randomized trial: a drug versus placebo',
      title: 'T',
      publication: 'J',
      type: 'randomized-trial' as const,
      ids: { pmid: '1' },
      checked: '2026-01-01',
    };
    expect(referenceEntry(3, 'k', { ...base, year: 2021 }).text).toBe('Randomized trial: a drug versus placebo (2021)');
    expect(referenceEntry(3, 'k', base).text).toBe('Randomized trial: a drug versus placebo (undated)');
    expect(referenceEntry(3, 'k', base).backlink).toBe('cite-3-1');
  });
});

describe('trials', () => {
  it('accepts an id from every registry the check names, and nothing loosely like one', () => {
    for (const id of REGISTRY_ID_EXAMPLES) expect(id).toMatch(REGISTRY_ID);
    for (const id of ['NCT123', 'CTRI-2022-07-043679', '2020-5961-16', 'isrctn12345678', 'EudraCT 2020-005961-16']) {
      expect(id).not.toMatch(REGISTRY_ID);
    }
  });

  const trial: Trial = {
    name: 'T',
    title: 'T',
    registry: ['NCT00000001'],
    summary: 's',
    status: 'running',
    expectedCompletion: '2026-11',
    countries: [],
    arms: [
      { label: 'A', topic: 'drug-a' },
      { label: 'B', topic: 'drug-b', status: 'reported' },
    ],
    checked: '2026-01-01',
    sources: ['x'],
    changes: [],
  };

  it('treats a month-only completion date as the end of that month', () => {
    expect(isOverdue('running', '2026-11', '2026-11-30')).toBe(false);
    expect(isOverdue('running', '2026-11', '2026-12-01')).toBe(true);
    expect(isOverdue('reported', '2020-01', '2026-12-01')).toBe(false);
  });

  it('counts a trial that never opened as overdue once its planned end has passed', () => {
    // Registries leave "not yet recruiting" records unchanged for years; the date is what prompts a re-check.
    expect(isOverdue('not-yet-recruiting', '2028-12-31', '2026-12-01')).toBe(false);
    expect(isOverdue('not-yet-recruiting', '2026-06', '2026-12-01')).toBe(true);
    expect(isOverdue('stopped', '2020-01', '2026-12-01')).toBe(false);
  });

  it('names every status on a badge, and tells a trial that has not opened from one that is recruiting', () => {
    const labels = TRIAL_STATUSES.map((s) => trialBadge(s, false, ['T']).label);
    expect(new Set(labels).size).toBe(TRIAL_STATUSES.length);
    expect(trialBadge('not-yet-recruiting', true, ['RECLAIM']).label).toBe('Trial arm not yet open');
    expect(trialBadge('not-yet-recruiting', false, ['RECLAIM'])).toMatchObject({
      label: 'Trial not yet open',
      href: '/about/evidence/#trial-not-yet-recruiting',
    });
  });

  it('uses an arm’s own status for its topic', () => {
    expect(trialForTopic('t', trial, 'drug-a', '2026-01-01').status).toBe('running');
    expect(trialForTopic('t', trial, 'drug-b', '2026-12-05')).toMatchObject({
      status: 'reported',
      lateness: 'on-time',
    });
    expect(trialForTopic('t', trial, 'other', '2026-12-05')).toMatchObject({
      arm: undefined,
      lateness: 'due-for-check',
    });
  });

  it('says whether a late trial waits on a registry check or only on its result, per arm and as a whole', () => {
    const checkedLate = { ...trial, checked: '2026-12-02' };
    expect(trialForTopic('t', trial, 'drug-a', '2026-12-05').lateness).toBe('due-for-check');
    expect(trialForTopic('t', checkedLate, 'drug-a', '2026-12-05').lateness).toBe('awaiting-results');
    expect(trialForTopic('t', checkedLate, 'drug-b', '2026-12-05').lateness).toBe('on-time');
    expect(trialLateness(trial, '2026-11-30')).toBe('on-time');
    expect(trialLateness(trial, '2026-12-05')).toBe('due-for-check');
    expect(trialLateness(checkedLate, '2026-12-05')).toBe('awaiting-results');
    // A later arm that nobody has checked since its own date makes the whole trial due, whatever the others say.
    const laterArm = { ...checkedLate, arms: [...checkedLate.arms, { label: 'C', expectedCompletion: '2026-12-03' }] };
    expect(trialLateness(laterArm, '2026-12-05')).toBe('due-for-check');
  });

  it('formats ISO dates for readers', () => {
    expect(formatDate('2026-11')).toBe('November 2026');
    expect(formatDate('2026-03-07')).toBe('7 March 2026');
  });
});

describe('related topics', () => {
  it('shows a relation declared once on both pages, sorted by kind then title', () => {
    const graph = relatedTopics([
      { slug: 'pots', kind: 'symptom', title: 'POTS', related: [] },
      { slug: 'salt', kind: 'treatment', title: 'Salt', related: ['pots', 'stand'] },
      { slug: 'ivig', kind: 'treatment', title: 'IVIG', related: ['pots'] },
      { slug: 'stand', kind: 'test', title: 'Stand test', related: ['missing', 'stand'] },
    ]);
    expect(graph.get('pots')).toEqual(['ivig', 'salt']);
    expect(graph.get('salt')).toEqual(['stand', 'pots']);
    expect(graph.get('stand')).toEqual(['salt']);
  });
});

describe('topic URLs', () => {
  it('reads the kind and slug back from a topic path, with or without slash and fragment', () => {
    expect(parseTopicPath('/symptom/pots/')).toEqual({ kind: 'symptom', slug: 'pots' });
    expect(parseTopicPath('/test/tilt-table-test#reading-the-result')).toEqual({
      kind: 'test',
      slug: 'tilt-table-test',
    });
    expect(parseTopicPath('/trials/recover-autonomic/')).toBeUndefined();
    expect(parseTopicPath('/remedy/x/')).toBeUndefined();
  });
});
