import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/check/index.ts';
import { siteContent } from '../../src/lib/io/site-content.ts';
import { ParseCache } from '../../src/lib/markdown/index.ts';
import { trialDueForCheck } from '../../src/lib/model/trials.ts';
import { buildTermView } from '../../src/lib/views/glossary-view.ts';
import { blocksOf, buildTopicView, type TopicView, topicReferenceKeys } from '../../src/lib/views/topic-view.ts';
import { buildTrialView } from '../../src/lib/views/trial-view.ts';
import { FIXTURE_TODAY, fixtureTree } from '../helpers/fixtures.ts';

const cache = new ParseCache();
const { content } = checkContentDir(fixtureTree(), { today: FIXTURE_TODAY, cache });
const options = { today: FIXTURE_TODAY, cache };

/** The parts of a page's blocks the assertions read. */
function parts(view: TopicView) {
  const sections = blocksOf(view, 'section');
  const header = blocksOf(view, 'header')[0];
  return {
    header,
    badges: blocksOf(view, 'badges')[0]?.badges ?? [],
    sections,
    evidence: sections.find((s) => s.evidence)?.evidence,
    trials: sections.flatMap((s) => s.trials),
    unknowns: blocksOf(view, 'unknowns')[0]?.items ?? [],
    references: blocksOf(view, 'references')[0]?.items ?? [],
    related: blocksOf(view, 'related')[0]?.topics ?? [],
  };
}

describe('a topic page’s model', () => {
  const view = parts(buildTopicView(content, 'drug-a', options));

  it('has the eyebrow, badges and sections of a treatment page', () => {
    expect([view.header?.kindLabel, view.header?.systemLabel, view.header?.otherSystems]).toEqual([
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
    expect(view.sections.find((s) => s.questions)?.heading).toBe('What this means for you');
  });

  it('puts the blocks in reading order, open questions just before what it means for you', () => {
    const order = buildTopicView(content, 'drug-a', options).blocks.map((b) => (b.type === 'section' ? b.id : b.type));
    expect(order).toEqual([
      'header',
      'short',
      'badges',
      'reading-aids',
      'contents',
      'start-here',
      'what-it-targets',
      'evidence',
      'the-strongest-case-and-its-gap',
      'what-to-weigh',
      'unknowns',
      'what-this-means-for-you',
      'references',
      'related',
      'meta',
      'changes',
      'cite',
    ]);
  });

  it('numbers references in reading order, rationale included where it stands', () => {
    // Reading order: Start here cites trial-2021; What it targets cites review-2020.
    expect(view.references.map((r) => [r.number, r.key])).toEqual([
      [1, 'trial-2021'],
      [2, 'review-2020'],
    ]);
    expect(view.evidence?.rationaleHtml).toContain('href="#ref-1"');
    expect(view.unknowns[0]).toContain('href="#ref-1"');
  });

  it('explains each badge and carries the trial with its registry link', () => {
    expect(view.evidence?.certainty.meaning).toBe(
      'Small or flawed controlled studies in long COVID, or consistent observational data.',
    );
    expect(view.evidence?.certainty.direction).toBe('helped in one small trial in a related condition');
    expect(view.evidence?.status?.meaning).toMatch(/^Approved for other conditions/);
    expect(view.trials).toHaveLength(1);
    expect(view.trials[0]).toMatchObject({
      name: 'FIXTURE-TRIAL',
      armLabel: 'Drug A versus placebo',
      expectedCompletion: 'November 2026',
      lateNote: undefined,
    });
    expect(view.trials[0]?.registryLinks[0]?.href).toBe('https://clinicaltrials.gov/study/NCT07654321');
  });

  it('links every badge to its entry on the legend page', () => {
    expect(view.badges.map((b) => b.href)).toEqual([
      '/about/evidence/#certainty-low',
      '/about/evidence/#treatment-status-off-label',
      '/about/evidence/#trial-running',
    ]);
  });

  it('lists related topics declared on either side, claims included', () => {
    expect(view.related.map((r) => r.slug)).toEqual(['test-c', 'symptom-b', 'mechanism-d', 'guide-e']);
  });

  it('gives a symptom page the trials it names but no evidence grade', () => {
    const symptom = parts(buildTopicView(content, 'symptom-b', options));
    expect(symptom.evidence).toBeUndefined();
    expect(symptom.badges.map((b) => b.label)).toEqual(['Trial pending']);
    expect(symptom.sections.find((s) => s.trials.length > 0)?.heading).toBe('Treatments people discuss');
  });

  it('puts the open questions last on a mechanism page', () => {
    const mechanism = buildTopicView(content, 'mechanism-d', options);
    expect(blocksOf(mechanism, 'section').some((s) => s.questions)).toBe(false);
    const types = mechanism.blocks.map((b) => b.type);
    expect(types.indexOf('unknowns')).toBe(types.lastIndexOf('section') + 1);
    expect(parts(mechanism).unknowns).toHaveLength(4);
    expect(parts(mechanism).badges.map((b) => b.label)).toEqual(['Very low certainty']);
  });
});

describe('claims on both pages', () => {
  it('show on the treatment page with their own grade and sources', () => {
    const evidence = parts(buildTopicView(content, 'drug-a', options)).sections.find((s) => s.evidence);
    const rows = evidence?.claimLists.flatMap((l) => l.rows) ?? [];
    expect(rows.map((r) => [r.relation, r.topic.title, r.certainty.label, r.certainty.direction])).toEqual([
      ['may help', 'Symptom B', 'Low certainty', 'eased it in one small trial in a related condition'],
    ]);
    expect(rows[0]?.citesHtml).toContain('href="#ref-1"');
    expect(evidence?.claimLists[0]?.note).toBeUndefined();
  });

  it('show on the symptom page, under the treatments it lists, with the grade for that symptom', () => {
    const view = buildTopicView(content, 'symptom-b', options);
    const section = blocksOf(view, 'section').find((s) => s.section === 'treatments-discussed');
    const rows = section?.claimLists.flatMap((l) => l.rows) ?? [];
    expect(rows.map((r) => [r.relation, r.topic.title, r.certainty.label])).toEqual([
      ['may be helped by', 'Drug A', 'Low certainty'],
    ]);
    // The claim's sources are listed on Drug A's page, which the row links to; here the list says so instead of
    // adding them to the symptom page's references.
    expect(rows[0]?.citesHtml).toBe('');
    expect(rows[0]?.topic.url).toBe('/treatment/drug-a/');
    expect(section?.claimLists[0]?.note).toBe('Each grade is set on the linked page, which lists its sources.');
  });
});

describe('a trial’s page model', () => {
  const trial = buildTrialView(content, 'fixture-trial', options);

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
    expect(trial.lateNote).toBeUndefined();
    expect(buildTrialView(content, 'fixture-trial', { today: '2026-12-01', cache }).lateNote).toBe(
      'The expected completion date has passed and no result is recorded here yet. This page is due for review.',
    );
  });

  it('waits quietly for results once its registry was checked after the expected completion, for three months', () => {
    const data = content.trials.get('fixture-trial')?.data;
    if (!data) throw new Error('fixture trial missing');
    const checkedSince = { ...data, checked: '2026-12-05' };
    expect(trialDueForCheck(data, '2026-12-06')).toBe(true);
    expect(trialDueForCheck(checkedSince, '2026-12-06')).toBe(false);
    expect(trialDueForCheck(checkedSince, '2027-03-06')).toBe(false);
    expect(trialDueForCheck(checkedSince, '2027-03-08')).toBe(true);
    expect(trialDueForCheck({ ...checkedSince, status: 'reported' }, '2027-06-01')).toBe(false);
    const waiting = new Map(content.trials).set('fixture-trial', {
      ...content.trials.get('fixture-trial'),
      data: checkedSince,
    } as never);
    const view = buildTrialView({ ...content, trials: waiting }, 'fixture-trial', { today: '2026-12-06', cache });
    expect(view.lateNote).toBe(
      'The expected completion date has passed. When we last checked, on 5 December 2026, no result had been published.',
    );
  });
});

describe('the way around a page', () => {
  it('lists every section, the open questions and the references in "On this page"', () => {
    const contents = blocksOf(buildTopicView(content, 'drug-a', options), 'contents')[0];
    expect(contents?.items.map((i) => i.href)).toEqual([
      '#start-here',
      '#what-it-targets',
      '#evidence',
      '#the-strongest-case-and-its-gap',
      '#what-to-weigh',
      '#unknowns',
      '#what-this-means-for-you',
      '#references',
    ]);
  });
});

describe('what a build keeps of each page', () => {
  it('serves a page and then its downloads one view, and keeps each page’s reference list for the open data', () => {
    const fresh = { today: FIXTURE_TODAY, cache: new ParseCache() };
    const view = buildTopicView(content, 'drug-a', fresh);
    expect(buildTopicView(content, 'drug-a', fresh)).toBe(view);
    const listed = (blocksOf(view, 'references')[0]?.items ?? []).map(({ number, key }) => ({ number, key }));
    expect(listed.length).toBeGreaterThan(0);
    // Many pages later, the view itself is gone but its reference list is still at hand, the same as the page's.
    for (let day = 1; day <= 20; day++) buildTopicView(content, 'symptom-b', { ...fresh, today: `2027-01-${day}` });
    expect(topicReferenceKeys(content, 'drug-a', fresh)).toEqual(listed);
    expect(buildTopicView(content, 'drug-a', fresh)).not.toBe(view);
  });

  it('does not keep a topic body’s tree, which only its own page reads', () => {
    const fresh = new ParseCache();
    const topic = content.topics.get('drug-a');
    if (!topic) throw new Error('fixture drug-a is missing');
    buildTopicView(content, 'drug-a', { today: '2027-02-01', cache: fresh });
    const kept = fresh.size;
    fresh.parse(topic.body);
    expect(fresh.size).toBe(kept + 1);
  });

  it('notes each body’s use of the glossary as its page is built, so the term pages parse no body again', () => {
    // As the site reads its content: unchecked here, since the check, which knows every body's use, runs elsewhere.
    const load = () => siteContent(fixtureTree());
    const termPages = (site: typeof content, cache: ParseCache) =>
      [...site.glossary.keys()].map((id) => buildTermView(site, id, { today: FIXTURE_TODAY, cache }).pages);
    // Term pages alone, which must read every body themselves.
    const expected = termPages(load(), new ParseCache());
    expect(expected.flat().length).toBeGreaterThan(0);
    // Topic pages first, as the build renders them; then the term pages, with a cache that counts body parses.
    const site = load();
    for (const slug of site.topics.keys())
      buildTopicView(site, slug, { today: FIXTURE_TODAY, cache: new ParseCache() });
    const bodies = new Set([...site.topics.values()].map((topic) => topic.body));
    class Counting extends ParseCache {
      bodiesParsed = 0;
      override parseOnce(markdown: string) {
        if (bodies.has(markdown)) this.bodiesParsed++;
        return super.parseOnce(markdown);
      }
    }
    const counting = new Counting();
    expect(termPages(site, counting)).toEqual(expected);
    expect(counting.bodiesParsed).toBe(0);
  });
});
