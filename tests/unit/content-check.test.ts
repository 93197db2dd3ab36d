import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/check/index.ts';
import { specificNumberIn } from '../../src/lib/check/rules/numbers.ts';
import { checkFixture, FIXTURE_TODAY, FIXTURES, fixtureTree } from '../helpers/fixtures.ts';

const DRUG = 'content/topics/treatment/drug-a.md';

// Every kind of content mistake, the exact line an editor sees, and nothing else reported.
const CASES: Record<string, string[]> = {
  'schema-error': [`error: ${DRUG} [evidence.certainty] use one of: high, moderate, low, very-low, none`],
  'unknown-field': [
    `error: ${DRUG} [shortVersion] unknown field "shortVersion"; check the spelling against docs/CONTENT.md or remove it`,
  ],
  'kind-folder-mismatch': [
    `error: ${DRUG} [kind] the kind is "test" but the file is in topics/treatment/; move the file or correct the kind`,
  ],
  'unknown-citation-key': [
    `error: ${DRUG}:41 [body] cites [@nobody-2020], but there is no source src/content/sources/nobody-2020.yaml; add the source or correct the key`,
  ],
  'uncited-source': [
    'warning: content/sources/orphan-2019.yaml [source] no page or trial cites this source; cite it or remove the file',
  ],
  'cited-source-missing': [
    'error: content/trials/fixture-trial.yaml [sources] cites [@missing-registry], but there is no source src/content/sources/missing-registry.yaml; add the source or correct the key',
  ],
  'source-without-identifier': [
    'error: content/sources/review-2020.yaml [ids] a source needs at least one identifier (pmid, pmcid, doi, nct or url) that you saw on the canonical page',
  ],
  'malformed-identifiers': [
    'error: content/sources/trial-2021.yaml [ids.pmid] a PMID is digits only, e.g. "33602468"',
    'error: content/sources/trial-2021.yaml [ids.pmcid] a PMCID is PMC followed by digits, e.g. PMC8455420',
    'error: content/sources/trial-2021.yaml [ids.doi] a DOI looks like 10.NNNN/suffix, without "https://doi.org/", e.g. 10.1016/j.jacc.2020.12.029',
    'error: content/sources/trial-2021.yaml [ids.nct] an NCT number is NCT followed by eight digits, e.g. NCT06305780',
  ],
  'duplicate-source': [
    "error: content/sources/review-again-2020.yaml [ids.pmcid] content/sources/review-2020.yaml already has this PMCID (PMC1234567); cite that source's key instead and remove this file",
  ],
  'duplicate-source-url': [
    "error: content/sources/guideline-page-again-2021.yaml [ids.url] content/sources/guideline-page-2021.yaml already has this URL (http://example.org/guidance/fx1); cite that source's key instead and remove this file",
    'warning: content/sources/guideline-page-2021.yaml [source] no page or trial cites this source; cite it or remove the file',
  ],
  'duplicate-slug': [
    `error: content/topics/treatment/drug-a.md [slug] the slug "drug-a" is already used by content/topics/test/drug-a.md; slugs are URLs and must be unique across all kinds, so rename one file`,
  ],
  'missing-related': [
    `error: ${DRUG} [related] "no-such-topic" is not a topic; use the slug of an existing topic (its file name without .md)`,
  ],
  'missing-trial': [
    `error: ${DRUG} [trials] names the trial "no-such-trial", but there is no src/content/trials/no-such-trial.yaml; add the trial or correct the id`,
  ],
  'missing-arm-topic': [
    'error: content/trials/fixture-trial.yaml [arms.0.topic] "drug-z" is not a topic; link the arm to an existing treatment slug or leave "topic" out',
  ],
  'missing-section': [
    `error: ${DRUG} [body] add the section "## What to weigh" (expected order: "Start here" · "What it targets" · "What the evidence actually shows" · 1 to 3 sections of your own · "What to weigh" · "What this means for you")`,
  ],
  'sections-out-of-order': [
    `error: ${DRUG} [body] move "## What the evidence actually shows" so the sections run in order: "Start here" · "What it targets" · "What the evidence actually shows" · 1 to 3 sections of your own · "What to weigh" · "What this means for you"`,
  ],
  'empty-section': [
    `error: ${DRUG} [body] the section "## What to weigh" is empty; write it (a reader must never meet an empty section)`,
  ],
  'unknowns-section-in-body': [
    `error: ${DRUG} [body] remove the "What we don't know" section from the body and list its questions under "unknowns" in the frontmatter; the page builds that section itself`,
  ],
  'empty-short-version': [`error: ${DRUG} [short] write the short version (at most about 60 words); it is empty`],
  'overlong-short-version': [
    `error: ${DRUG} [short] the short version has 61 words; cut it to 60 or fewer, so a tired reader can take it in`,
  ],
  'too-few-unknowns': [`error: ${DRUG} [unknowns] list 4 to 8 open questions (found 3); each a real, specific unknown`],
  'future-review-date': [
    `error: ${DRUG} [reviewed] the review date 2030-01-10 is in the future (today is 2026-03-01); use the day the evidence was actually reviewed`,
  ],
  'raw-html': [
    `error: ${DRUG}:49 [body] raw HTML is not allowed ("<script>"); write it in Markdown instead`,
    `error: ${DRUG}:49 [body] raw HTML is not allowed ("</script>"); write it in Markdown instead`,
    `error: ${DRUG}:51 [body] raw HTML is not allowed ("<img src=x onerror=\\"alert(1)\\">"); write it in Markdown instead`,
  ],
  'javascript-link': [
    `error: ${DRUG}:53 [body] the link "javascript:alert(1)" is not allowed; links must start with https://, http://, mailto: or / (a page of the atlas)`,
  ],
  'broken-topic-link': [
    `error: ${DRUG}:41 [body] the link /symptom/symptom-z/ goes to no page; link to an existing topic as /kind/slug/`,
  ],
  'citation-in-short-version': [
    `error: ${DRUG} [short] the short version must not cite sources; move the citations into the body`,
  ],
  'bad-yaml': [
    `error: ${DRUG}:3 [yaml] the YAML cannot be read (Nested mappings are not allowed in compact mappings); check indentation and quotes`,
  ],
  'missing-direction': [
    `error: ${DRUG} [evidence.direction] is missing; add it (write the direction (which way the best evidence points, in one plain phrase) as text)`,
  ],
  'claim-type-for-kind': [
    `error: ${DRUG} [claims.0.type] a treatment page cannot declare "explains"; use "helps" or "targets"`,
  ],
  'claim-wrong-target-kind': [
    `error: ${DRUG} [claims.1.topic] "helps" points at a symptom page, but "test-c" is a test`,
  ],
  'claim-missing-topic': [
    `error: ${DRUG} [claims.1.topic] "symptom-z" is not a topic; use the slug of an existing page (its file name without .md)`,
  ],
  'claim-source-not-cited': [
    `error: ${DRUG} [claims.0.sources] the claim rests on [@registry-2024], which this page's text never cites; cite it where the page discusses this evidence`,
  ],
  'claim-flag-without-citation': [
    `error: ${DRUG} [claims.0.flags.0.reason] the "one-group" flag needs a reason that cites its evidence with [@key]`,
  ],
  'claim-above-page-grade': [
    `error: ${DRUG} [claims.0.note] the claim is graded moderate, above the page's low certainty; say why in "note"`,
  ],
  'symptom-without-claims': [
    'warning: content/topics/symptom/symptom-b.md [claims] no treatment or test page makes a claim about this symptom; add "helps" or "shows" claims on those pages so this page can list them with their grades',
  ],
  'question-invites-closed-trial': [
    `error: ${DRUG} [questions.1] the question invites joining FIXTURE-TRIAL, whose record says "running", not recruiting; ask which trials are open now instead`,
  ],
  'unknown-directive': [
    `error: ${DRUG}:49 [body] ":::warning" is not a known block; the only one is ":::more-detail[label]"`,
  ],
  'heading-in-more-detail': [
    `error: ${DRUG}:52 [body] a heading inside ":::more-detail" is not allowed; use its [label] or bold text instead`,
  ],
  'lede-too-long': [
    `warning: ${DRUG} [lede] the lede has 3 sentences; keep it to 2 that place the topic, and leave the rest to the short version`,
  ],
  'number-without-citation': [
    `error: ${DRUG}:41 [body] this sentence gives a number ("40 people") but cites nothing; put the citation [@key] in the same sentence`,
    `error: ${DRUG} [evidence.rationale] this sentence gives a number ("12%") but cites nothing; put the citation [@key] in the same sentence`,
  ],
  'more-detail-unclosed': [
    `error: ${DRUG}:55 [body] the "more-detail" block is never closed, so everything after it would be hidden inside it; end it with a line of ":::"`,
  ],
  'more-detail-fence-with-text': [
    `error: ${DRUG}:57 [body] the ":::" that closes the "more-detail" block has text after it ("Most finished it."), which would be lost; put ":::" alone on its line`,
  ],
  'section-named-like-a-block': [
    `error: ${DRUG} [body] rename the section "## References": the page already builds a "References" block of its own`,
  ],
  'mirror-source-one-copy': [
    'error: content/sources/review-2020.yaml [confirmed.copies] a source seen only on mirrors needs two independent copies that agree; list both under "copies"',
  ],
  'confirmed-without-address': [
    'error: content/sources/review-2020.yaml [confirmed.url] give the address of the pubmed page where you saw the identifiers',
  ],
  'guide-with-one-section': ['error: content/topics/guide/guide-e.md [body] write 2 to 12 sections (found 1)'],
  // Change history (src/lib/check/rules/changes.ts) and the badge snapshot guard.
  'changes-missing': [
    "error: content/trials/fixture-trial.yaml [changes] list the page's changes, newest first, ending with its first version: changes: [{date: YYYY-MM-DD, type: published}]",
  ],
  'change-dates': [
    `error: ${DRUG} [changes.0.date] the change date 2030-01-01 is in the future (today is 2026-03-01); date it the day it was made`,
    `error: ${DRUG} [changes.2.date] the change date 2026-01-05 is before the page's first version (2026-01-10); correct the date`,
    `error: ${DRUG} [changes.3.date] list changes newest first: 2026-01-10 comes after 2026-01-05; move it up`,
  ],
  'regrade-incomplete': [
    `error: ${DRUG} [changes.0.text] say in plain words what changed and why (a regraded change needs "text")`,
    `error: ${DRUG} [changes.0.to] the latest re-grading says the certainty became moderate, but the page's certainty is low; add a newer change entry or correct it`,
  ],
  'badge-changed-without-entry': [
    `error: ${DRUG} [evidence.certainty] the certainty badge changed from very-low (the last release, badges.snapshot.json) to low with no change entry that explains it; add a change entry dated 2026-03-01 or earlier, {date: YYYY-MM-DD, type: regraded, badge: certainty, from: very-low, to: low, text: why}, or, if the release already showed low, update the snapshot with npm run snapshot-badges`,
  ],
  'glossary-link-missing': [
    `error: ${DRUG}:37 [body] the link /glossary/vasovagal/ goes to no glossary term; add src/content/glossary/vasovagal.yaml or link to an existing term`,
  ],
  'glossary-term-unused': [
    'error: content/glossary/tilt.yaml [term] no topic page uses "Tilt test" or links to /glossary/tilt/; add the form pages use to "aliases", link to the term from a page, or remove the file',
  ],
  'glossary-missing-related': [
    'error: content/glossary/heart-rate.yaml [related] "blood-pressure" is not a glossary term; use the id of an existing term (its file name without .yaml)',
    'error: content/glossary/heart-rate.yaml [topic] "no-such-topic" is not a topic; use the slug of an existing topic (its file name without .md) or leave "topic" out',
  ],
  'glossary-candidate-missing': [
    `warning: ${DRUG} [body] uses "off-label", which the glossary does not define; add a term for it in src/content/glossary/, or add the form to an existing term's aliases`,
  ],
  'glossary-schema': [
    'error: content/glossary/heart-rate.yaml [plain] the plain definition has no citations; cite in "clinical" or list the keys under "sources"',
    'error: content/glossary/heart-rate.yaml [sources] list at least one source key the definition rests on',
  ],
  'figure-unknown-type': [
    'error: content/figures/fixture-standing.yaml [type] type: use one of: standing-heart-rate, pem-timeline, evidence-ladder',
  ],
  'figure-missing-alt': [
    'error: content/figures/fixture-standing.yaml [alt] is missing; add it (write a text alternative (what the figure shows, in words, for readers who cannot see it) as text)',
  ],
  'figure-number-without-source': [
    'error: content/figures/fixture-standing.yaml [pots.sources] a number in a figure cites its source like any sentence: list at least one source key',
  ],
  'figure-caption-number-uncited': [
    'error: content/figures/fixture-standing.yaml [caption] the caption gives a number; cite its source with [@key], as in any sentence',
  ],
  'figure-unknown-id': [
    'error: content/topics/symptom/symptom-b.md [figures.0.figure] "no-such-figure" is not a figure; add src/content/figures/no-such-figure.yaml or correct the id',
    'warning: content/figures/fixture-standing.yaml [figure] no page shows this figure; place it with "figures" on a topic or remove the file',
  ],
  'figure-unknown-section': [
    'error: content/topics/symptom/symptom-b.md [figures.0.section] "what-it-measures" is not a section of this page; use one of: start-here, what-it-is-like, what-may-be-behind-it, tests-discussed, treatments-discussed, day-to-day, urgent-help, for-you',
  ],
  'figure-ladder-ungraded-page': [
    'error: content/figures/fixture-ladder.yaml [topics.1] "symptom-b" is a symptom page, which has no certainty grade; place a treatment, test or mechanism page',
    'error: content/figures/fixture-ladder.yaml [topics.2] "no-such-page" is not a topic; use the slug of an existing page (its file name without .md)',
  ],
};

describe('the content check', () => {
  it('passes the good fixture with nothing to report', () => {
    expect(checkFixture()).toEqual([]);
  });

  it('has a test for every bad fixture on disk', () => {
    expect(readdirSync(join(FIXTURES, 'bad')).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`reports ${name.replaceAll('-', ' ')} with the file, the field and what to do`, () => {
      expect(checkFixture(name)).toEqual(expected);
    });
  }

  it('flags pages for review once a named trial is past its expected completion', () => {
    const lines = checkFixture(undefined, '2026-12-02');
    expect(lines).toContain(
      'warning: content/trials/fixture-trial.yaml [expectedCompletion] the expected completion has passed without a recorded result; check the registry, update "status" and "checked", and review content/topics/symptom/symptom-b.md, content/topics/treatment/drug-a.md',
    );
  });

  it('accepts a changed badge once a change entry explains it', () => {
    const dir = fixtureTree('badge-changed-without-entry');
    const file = join(dir, 'topics', 'treatment', 'drug-a.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'changes:\n',
        'changes:\n  - {date: 2026-02-01, type: regraded, badge: certainty, from: very-low, to: low, text: A second trial reported}\n',
      ),
    );
    expect(checkContentDir(dir, { today: FIXTURE_TODAY }).problems).toEqual([]);
  });

  it('warns when a review is overdue', () => {
    expect(checkFixture(undefined, '2026-07-11')).toContain(
      `warning: ${DRUG} [nextReview] the review was due on 2026-07-10; review the evidence and update "reviewed" and "nextReview"`,
    );
  });
});

describe('which numbers need a citation in their sentence', () => {
  it('finds shares, counts of people or studies, "N of M", decimals and "N times"', () => {
    expect(specificNumberIn('About 12.5% improved.')).toBe('12.5%');
    expect(specificNumberIn('It enrolled 1,296 adults.')).toBe('1,296 adults');
    expect(specificNumberIn('In 80 previously healthy adults it failed.')).toBe('80 previously healthy adults');
    expect(specificNumberIn('It helped 9 of 16.')).toBe('9 of 16');
    expect(specificNumberIn('About 1 in 10 had it.')).toBe('1 in 10');
    expect(specificNumberIn('An odds ratio of 2.12.')).toBe('2.12');
    expect(specificNumberIn('Twice as common, 3 times in all.')).toBe('3 times');
    expect(specificNumberIn('A review of 41 studies.')).toBe('41 studies');
  });

  it('leaves out names, labels, durations, ages, years and phone numbers', () => {
    for (const sentence of [
      'COVID-19 patients were excluded.',
      'A phase 1 study in healthy volunteers.',
      'People with type 2 diabetes patients were not included.',
      'Symptoms lasting at least 3 months.',
      'Published in 2024 in 2 journals.',
      'Call 999 or 112.',
      'The RAND-36 score and the 10-minute lean test.',
      'Seen in 1 of 2024 reports.',
    ]) {
      expect(specificNumberIn(sentence), sentence).toBeUndefined();
    }
  });
});
