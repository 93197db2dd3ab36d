import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/check/index.ts';
import { buildTopicView } from '../../src/lib/views/topic-view.ts';
import { buildTrialView } from '../../src/lib/views/trial-view.ts';
import { FIXTURE_TODAY, fixtureTree } from '../helpers/fixtures.ts';

const { content } = checkContentDir(fixtureTree(), { today: FIXTURE_TODAY });

describe('a topic page’s model', () => {
  const view = buildTopicView(content, 'drug-a', FIXTURE_TODAY);

  it('has the eyebrow, badges and sections of a treatment page', () => {
    expect([view.kindLabel, view.systemLabel, view.otherSystems]).toEqual([
      'Treatment',
      'Autonomic',
      ['Heart and circulation'],
    ]);
    expect(view.badges.map((b) => b.label)).toEqual(['Low certainty', 'Off-label', 'Trial arm pending']);
    expect(view.sections.map((s) => s.id)).toEqual([
      'start-here',
      'what-it-targets',
      'evidence',
      'the-strongest-case-and-its-gap',
      'what-to-weigh',
      'what-this-means-for-you',
    ]);
    expect(view.sections.find((s) => s.evidence)?.heading).toBe('What the evidence actually shows');
    expect(view.sections.find((s) => s.forYou)?.heading).toBe('What this means for you');
  });

  it('numbers references in reading order, rationale included where it stands', () => {
    // Reading order: Start here cites trial-2021; What it targets cites review-2020.
    expect(view.references.map((r) => [r.number, r.key])).toEqual([
      [1, 'trial-2021'],
      [2, 'review-2020'],
    ]);
    expect(view.evidence?.rationaleHtml).toContain('href="#ref-1"');
    expect(view.unknownsHtml[0]).toContain('href="#ref-1"');
  });

  it('explains each badge and carries the trial with its registry link', () => {
    expect(view.evidence?.certainty.meaning).toBe(
      'Small or flawed controlled studies, or consistent observational data.',
    );
    expect(view.evidence?.status?.meaning).toMatch(/^Approved for other conditions/);
    expect(view.trials).toHaveLength(1);
    expect(view.trials[0]).toMatchObject({
      name: 'FIXTURE-TRIAL',
      armLabel: 'Drug A versus placebo',
      expectedCompletion: 'November 2026',
      overdue: false,
    });
    expect(view.trials[0]?.registryLinks[0]?.href).toBe('https://clinicaltrials.gov/study/NCT07654321');
  });

  it('lists related topics declared on either side', () => {
    expect(view.related.map((r) => r.slug)).toEqual(['test-c', 'symptom-b', 'mechanism-d']);
  });

  it('gives a symptom page the trials it names but no evidence grade', () => {
    const symptom = buildTopicView(content, 'symptom-b', FIXTURE_TODAY);
    expect(symptom.evidence).toBeUndefined();
    expect(symptom.badges.map((b) => b.label)).toEqual(['Trial pending']);
    expect(symptom.sections.find((s) => s.evidence)?.heading).toBe('Treatments people discuss');
  });

  it('puts the open questions last on a mechanism page', () => {
    const mechanism = buildTopicView(content, 'mechanism-d', FIXTURE_TODAY);
    expect(mechanism.sections.some((s) => s.forYou)).toBe(false);
    expect(mechanism.unknownsHtml).toHaveLength(4);
    expect(mechanism.badges.map((b) => b.label)).toEqual(['Very low certainty']);
  });
});

describe('a trial’s page model', () => {
  const trial = buildTrialView(content, 'fixture-trial', FIXTURE_TODAY);

  it('links each arm to the page of the treatment it tests, with the arm’s status', () => {
    expect(trial.arms.map((a) => [a.label, a.topic?.url, a.badge.label])).toEqual([
      ['Drug A versus placebo', '/treatment/drug-a/', 'Trial arm pending'],
    ]);
  });

  it('lists its sources as references and every page that names it', () => {
    expect(trial.references.map((r) => r.key)).toEqual(['registry-2024']);
    expect(trial.pages.map((p) => p.slug)).toEqual(['drug-a', 'symptom-b']);
    expect(trial.registryLinks[0]?.href).toBe('https://clinicaltrials.gov/study/NCT07654321');
  });

  it('is flagged once its expected completion has passed', () => {
    expect(trial.overdue).toBe(false);
    expect(buildTrialView(content, 'fixture-trial', '2026-12-01').overdue).toBe(true);
  });
});
