/**
 * The content check: every mistake an editor can make that a machine can see,
 * reported with the file, the field and what to do. The build runs it first
 * and stops on any error; `npm run check` runs it alone.
 */

import type { z } from 'astro/zod';
import { visit } from 'unist-util-visit';
import { checkSections, SHORT_VERSION_MAX_WORDS, UNKNOWNS_RANGE } from '../model/page-types.ts';
import { citationKeysIn } from '../markdown/citations.ts';
import { citationsIn, countWords, findUnsafeMarkdown, parseMarkdown, splitSections } from '../markdown/index.ts';
import { CERTAINTIES, type ClaimType, type Kind } from '../model/vocabulary.ts';
import { concernsTrial, trialOverdue } from '../model/trials.ts';
import { parseTopicPath } from '../site/urls.ts';
import { type RawContent, type RawEntry, readContent } from '../io/files.ts';
import type { Problem } from './problems.ts';
import { type Source, sourceSchema, type Topic, type Trial, topicSchema, trialSchema } from '../model/schema.ts';

export interface TopicEntry {
  slug: string;
  file: string;
  data: Topic;
  body: string;
}
export interface SourceEntry {
  key: string;
  file: string;
  data: Source;
}
export interface TrialEntry {
  id: string;
  file: string;
  data: Trial;
}

export interface Content {
  topics: Map<string, TopicEntry>;
  sources: Map<string, SourceEntry>;
  trials: Map<string, TrialEntry>;
}

export interface CheckResult {
  content: Content;
  problems: Problem[];
}

export interface CheckOptions {
  /** Today's date (YYYY-MM-DD); fixed in tests. */
  today: string;
}

const FIELD_NAMES: Record<string, string> = { short: 'short version' };

/** Which claim types each kind of page may declare, and what kind of page each points at. */
const CLAIM_RULES: Record<ClaimType, { from: Kind; to: readonly Kind[] }> = {
  helps: { from: 'treatment', to: ['symptom'] },
  targets: { from: 'treatment', to: ['mechanism'] },
  explains: { from: 'mechanism', to: ['symptom'] },
  shows: { from: 'test', to: ['symptom', 'mechanism'] },
  'rules-out': { from: 'test', to: ['symptom', 'mechanism'] },
};

// Words that make a clinician question an invitation to join a trial.
const ENROL_WORDS = /\b(join|enrol|enroll|take part|sign up|eligible|open to me|open to people)/i;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Zod issues as editor-facing problems. */
function schemaProblems(entry: RawEntry, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'frontmatter';
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys;
      const symptomEvidence = entry.collection === 'topics' && keys.includes('evidence');
      message = symptomEvidence
        ? 'symptom pages have no evidence block; remove "evidence" (badges belong to treatments, tests and mechanisms)'
        : `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}; check the spelling against docs/CONTENT.md or remove ${keys.length > 1 ? 'them' : 'it'}`;
      return { severity: 'error', file: entry.file, field: issue.path.length > 0 ? field : keys.join(', '), message };
    }
    if (issue.code === 'invalid_type' && valueAt(entry.data, issue.path) === undefined) {
      message = `is missing; add it (${issue.message})`;
    }
    return { severity: 'error', file: entry.file, field, message };
  });
}

function bodyLine(entry: RawEntry, line: number | undefined): number | undefined {
  return line === undefined ? undefined : line + (entry.bodyStartLine ?? 1) - 1;
}

/** Read and check a content folder. */
export function checkContentDir(root: string, options: CheckOptions): CheckResult {
  return checkContent(readContent(root), options);
}

export function checkContent(raw: RawContent, options: CheckOptions): CheckResult {
  const problems: Problem[] = [...raw.problems];
  const content: Content = { topics: new Map(), sources: new Map(), trials: new Map() };
  const topicEntries = new Map<string, RawEntry>();
  // Every id with a file, valid or not: a reference to a file that exists but was rejected is not reported
  // again (its own file's problem is the one to fix); only references to no file at all are.
  const onDisk = {
    topics: new Set<string>(),
    sources: new Set<string>(),
    trials: new Set<string>(),
  };
  for (const entry of raw.entries) onDisk[entry.collection].add(entry.id);
  const missing = (collection: keyof typeof onDisk, id: string) => !onDisk[collection].has(id);

  // 1. Each file on its own: schema, folder, duplicates.
  for (const entry of raw.entries) {
    if (entry.unreadable) continue;
    if (entry.collection === 'topics') {
      const previous = topicEntries.get(entry.id);
      if (previous) {
        problems.push({
          severity: 'error',
          file: entry.file,
          field: 'slug',
          message: `the slug "${entry.id}" is already used by ${previous.file}; slugs are URLs and must be unique across all kinds, so rename one file`,
        });
        continue;
      }
      const parsed = topicSchema.safeParse(entry.data);
      if (!parsed.success) {
        problems.push(...schemaProblems(entry, parsed.error));
        continue;
      }
      if (parsed.data.kind !== entry.folder) {
        problems.push({
          severity: 'error',
          file: entry.file,
          field: 'kind',
          message: `the kind is "${parsed.data.kind}" but the file is in topics/${entry.folder}/; move the file or correct the kind`,
        });
        continue;
      }
      topicEntries.set(entry.id, entry);
      content.topics.set(entry.id, { slug: entry.id, file: entry.file, data: parsed.data, body: entry.body ?? '' });
    } else if (entry.collection === 'sources') {
      const parsed = sourceSchema.safeParse(entry.data);
      if (!parsed.success) {
        problems.push(...schemaProblems(entry, parsed.error));
        continue;
      }
      if (Object.values(parsed.data.ids).every((v) => v === undefined)) {
        problems.push({
          severity: 'error',
          file: entry.file,
          field: 'ids',
          message:
            'a source needs at least one identifier (pmid, pmcid, doi, nct or url) that you saw on the canonical page',
        });
        continue;
      }
      const { confirmed } = parsed.data;
      if (!confirmed) {
        problems.push({
          severity: 'warning',
          file: entry.file,
          field: 'confirmed',
          message:
            'record where you confirmed the identifiers: "confirmed: {on: pubmed, url: ...}" (see docs/CONTENT.md)',
        });
      } else if (confirmed.on === 'mirror') {
        if ((confirmed.copies ?? []).length < 2) {
          problems.push({
            severity: 'error',
            file: entry.file,
            field: 'confirmed.copies',
            message: 'a source seen only on mirrors needs two independent copies that agree; list both under "copies"',
          });
        } else {
          problems.push({
            severity: 'warning',
            file: entry.file,
            field: 'confirmed',
            message:
              'seen only on mirrors; confirm it on a canonical page (PubMed, PMC, publisher, registry) when you can',
          });
        }
      } else if (!confirmed.url) {
        problems.push({
          severity: 'error',
          file: entry.file,
          field: 'confirmed.url',
          message: `give the address of the ${confirmed.on} page where you saw the identifiers`,
        });
      }
      content.sources.set(entry.id, { key: entry.id, file: entry.file, data: parsed.data });
    } else {
      const parsed = trialSchema.safeParse(entry.data);
      if (!parsed.success) {
        problems.push(...schemaProblems(entry, parsed.error));
        continue;
      }
      content.trials.set(entry.id, { id: entry.id, file: entry.file, data: parsed.data });
    }
  }

  // Topic ids with a rejected file (schema, folder or duplicate): links and arms to them wait for that fix.
  const spoiled = new Set(
    raw.entries.filter((e) => e.collection === 'topics' && content.topics.get(e.id)?.file !== e.file).map((e) => e.id),
  );

  const cited = new Set<string>();
  const citeCheck = (file: string, field: string, key: string, line?: number) => {
    cited.add(key);
    if (missing('sources', key)) {
      problems.push({
        severity: 'error',
        file,
        field,
        line,
        message: `cites [@${key}], but there is no source src/content/sources/${key}.yaml; add the source or correct the key`,
      });
    }
  };
  const noCitations = (file: string, field: string, text: string) => {
    if (citationKeysIn(text).length > 0) {
      problems.push({
        severity: 'error',
        file,
        field,
        message: `the ${FIELD_NAMES[field] ?? field} must not cite sources; move the citations into the body`,
      });
    }
  };

  // 2. Each topic against the editorial standard and the rest of the content.
  for (const topic of content.topics.values()) {
    const { data, file } = topic;
    const entry = topicEntries.get(topic.slug);
    if (!entry) continue;
    const kind: Kind = data.kind;

    const tree = parseMarkdown(topic.body);
    for (const finding of findUnsafeMarkdown(tree)) {
      problems.push({
        severity: 'error',
        file,
        field: 'body',
        line: bodyLine(entry, finding.line),
        message: finding.message,
      });
    }
    const { preamble, sections } = splitSections(tree);
    if (preamble.some((node) => node.type !== 'definition')) {
      problems.push({
        severity: 'error',
        file,
        field: 'body',
        line: bodyLine(entry, preamble[0]?.position?.start.line),
        message:
          'text before the first section; start the body with "## Start here" (the lede and short version go in the frontmatter)',
      });
    }
    for (const message of checkSections(
      kind,
      sections.map((s) => s.heading),
    )) {
      problems.push({ severity: 'error', file, field: 'body', message });
    }
    for (const section of sections) {
      if (section.nodes.every((node) => node.type === 'heading')) {
        problems.push({
          severity: 'error',
          file,
          field: 'body',
          message: `the section "## ${section.heading}" is empty; write it (a reader must never meet an empty section)`,
        });
      }
    }
    for (const { key, line } of citationsIn(tree)) citeCheck(file, 'body', key, bodyLine(entry, line));

    visit(tree, 'link', (node) => {
      const link = parseTopicPath(node.url);
      if (!link) return;
      if (spoiled.has(link.slug)) return;
      const target = content.topics.get(link.slug);
      if (!target || target.data.kind !== link.kind) {
        problems.push({
          severity: 'error',
          file,
          field: 'body',
          line: bodyLine(entry, node.position?.start.line),
          message: `the link ${node.url} goes to no page; link to an existing topic as /kind/slug/`,
        });
      }
    });

    noCitations(file, 'short', data.short);
    noCitations(file, 'lede', data.lede);
    noCitations(file, 'title', data.title);
    const words = countWords(data.short);
    if (words > SHORT_VERSION_MAX_WORDS) {
      problems.push({
        severity: 'error',
        file,
        field: 'short',
        message: `the short version has ${words} words; cut it to ${SHORT_VERSION_MAX_WORDS} or fewer, so a tired reader can take it in`,
      });
    }

    if ('evidence' in data) {
      const keys = citationKeysIn(data.evidence.rationale);
      for (const key of keys) citeCheck(file, 'evidence.rationale', key);
      if (keys.length === 0) {
        problems.push({
          severity: 'error',
          file,
          field: 'evidence.rationale',
          message: 'the rationale must cite the evidence behind the grade with [@key]',
        });
      }
    }

    if (data.unknowns.length < UNKNOWNS_RANGE.min || data.unknowns.length > UNKNOWNS_RANGE.max) {
      problems.push({
        severity: 'error',
        file,
        field: 'unknowns',
        message: `list ${UNKNOWNS_RANGE.min} to ${UNKNOWNS_RANGE.max} open questions (found ${data.unknowns.length}); each a real, specific unknown`,
      });
    }
    for (const [i, unknown] of data.unknowns.entries()) {
      for (const key of citationKeysIn(unknown)) citeCheck(file, `unknowns.${i}`, key);
    }

    if (data.reviewed > options.today) {
      problems.push({
        severity: 'error',
        file,
        field: 'reviewed',
        message: `the review date ${data.reviewed} is in the future (today is ${options.today}); use the day the evidence was actually reviewed`,
      });
    }
    if (data.nextReview <= data.reviewed) {
      problems.push({
        severity: 'error',
        file,
        field: 'nextReview',
        message: 'the next review must fall after the last review',
      });
    } else if (data.nextReview < options.today) {
      problems.push({
        severity: 'warning',
        file,
        field: 'nextReview',
        message: `the review was due on ${data.nextReview}; review the evidence and update "reviewed" and "nextReview"`,
      });
    }

    for (const id of data.trials) {
      if (missing('trials', id)) {
        problems.push({
          severity: 'error',
          file,
          field: 'trials',
          message: `names the trial "${id}", but there is no src/content/trials/${id}.yaml; add the trial or correct the id`,
        });
      }
    }
    for (const slug of data.related) {
      const other = content.topics.get(slug);
      if (slug === topic.slug) {
        problems.push({
          severity: 'error',
          file,
          field: 'related',
          message: 'a topic cannot be related to itself; remove it from "related"',
        });
      } else if (missing('topics', slug)) {
        problems.push({
          severity: 'error',
          file,
          field: 'related',
          message: `"${slug}" is not a topic; use the slug of an existing topic (its file name without .md)`,
        });
      } else if (other?.data.related.includes(topic.slug) && topic.slug < slug) {
        problems.push({
          severity: 'warning',
          file,
          field: 'related',
          message: `the relation with "${slug}" is declared on both pages; declare it once (it shows on both)`,
        });
      }
    }
  }
  // 2b. Claims: typed, graded links, declared once on the treatment, test or mechanism page.
  const incomingClaims = new Map<string, number>();
  for (const topic of content.topics.values()) {
    const { data, file } = topic;
    if (data.kind === 'guide') continue;
    const pageKeys = new Set(
      citationKeysIn([topic.body, 'evidence' in data ? data.evidence.rationale : '', ...data.unknowns].join('\n')),
    );
    const pageRank = 'evidence' in data ? CERTAINTIES.indexOf(data.evidence.certainty) : undefined;
    const seen = new Set<string>();
    for (const [i, claim] of data.claims.entries()) {
      const field = `claims.${i}`;
      const rule = CLAIM_RULES[claim.type];
      if (data.kind !== rule.from) {
        problems.push({
          severity: 'error',
          file,
          field: `${field}.type`,
          message:
            data.kind === 'symptom'
              ? 'symptom pages declare no claims; write the claim on the treatment, test or mechanism page (it shows here too)'
              : `a ${data.kind} page cannot declare "${claim.type}"; use ${Object.entries(CLAIM_RULES)
                  .filter(([, r]) => r.from === data.kind)
                  .map(([t]) => `"${t}"`)
                  .join(' or ')}`,
        });
        continue;
      }
      const pair = `${claim.type} ${claim.topic}`;
      if (seen.has(pair)) {
        problems.push({
          severity: 'error',
          file,
          field,
          message: `the claim "${claim.type} ${claim.topic}" is declared twice; keep one`,
        });
      }
      seen.add(pair);
      const target = content.topics.get(claim.topic);
      if (claim.topic === topic.slug) {
        problems.push({
          severity: 'error',
          file,
          field: `${field}.topic`,
          message: 'a claim cannot point at its own page',
        });
      } else if (missing('topics', claim.topic)) {
        problems.push({
          severity: 'error',
          file,
          field: `${field}.topic`,
          message: `"${claim.topic}" is not a topic; use the slug of an existing page (its file name without .md)`,
        });
      } else if (target && !rule.to.includes(target.data.kind)) {
        problems.push({
          severity: 'error',
          file,
          field: `${field}.topic`,
          message: `"${claim.type}" points at a ${rule.to.join(' or ')} page, but "${claim.topic}" is a ${target.data.kind}`,
        });
      } else if (target) {
        incomingClaims.set(claim.topic, (incomingClaims.get(claim.topic) ?? 0) + 1);
      }
      if (data.related.includes(claim.topic)) {
        problems.push({
          severity: 'warning',
          file,
          field: 'related',
          message: `"${claim.topic}" is both a claim and a related topic; remove it from "related" (the claim links both pages)`,
        });
      }
      for (const key of claim.sources) {
        citeCheck(file, `${field}.sources`, key);
        if (!missing('sources', key) && !pageKeys.has(key)) {
          problems.push({
            severity: 'error',
            file,
            field: `${field}.sources`,
            message: `the claim rests on [@${key}], which this page's text never cites; cite it where the page discusses this evidence`,
          });
        }
      }
      for (const [j, flag] of claim.flags.entries()) {
        const keys = citationKeysIn(flag.reason);
        if (keys.length === 0) {
          problems.push({
            severity: 'error',
            file,
            field: `${field}.flags.${j}.reason`,
            message: `the "${flag.flag}" flag needs a reason that cites its evidence with [@key]`,
          });
        }
        for (const key of keys) citeCheck(file, `${field}.flags.${j}.reason`, key);
      }
      if (pageRank !== undefined && CERTAINTIES.indexOf(claim.certainty) < pageRank && claim.note === undefined) {
        problems.push({
          severity: 'error',
          file,
          field: `${field}.note`,
          message: `the claim is graded ${claim.certainty}, above the page's ${'evidence' in data ? data.evidence.certainty : ''}; say why in "note"`,
        });
      }
    }

    // A clinician question may invite joining a trial only while the trial's record says it is recruiting.
    for (const [i, question] of (data.questions ?? []).entries()) {
      if (!ENROL_WORDS.test(question)) continue;
      for (const id of data.trials) {
        const trial = content.trials.get(id);
        if (!trial || trial.data.status === 'recruiting') continue;
        if (!question.includes(trial.data.name)) continue;
        problems.push({
          severity: 'error',
          file,
          field: `questions.${i}`,
          message: `the question invites joining ${trial.data.name}, whose record says "${trial.data.status}", not recruiting; ask which trials are open now instead`,
        });
      }
    }
  }
  // A page whose file was rejected may hold the claims; its own error is the one to fix first.
  for (const entry of raw.entries) {
    if (entry.collection !== 'topics' || !spoiled.has(entry.id)) continue;
    const claims = (entry.data as { claims?: unknown } | undefined)?.claims;
    if (!Array.isArray(claims)) continue;
    for (const claim of claims) {
      const target = (claim as { topic?: unknown } | null)?.topic;
      if (typeof target === 'string') incomingClaims.set(target, (incomingClaims.get(target) ?? 0) + 1);
    }
  }
  // An unreadable page may hold claims too: say nothing until it can be read.
  const someTopicUnreadable = raw.entries.some((e) => e.collection === 'topics' && e.unreadable);
  for (const topic of content.topics.values()) {
    if (topic.data.kind === 'symptom' && !someTopicUnreadable && !incomingClaims.has(topic.slug)) {
      problems.push({
        severity: 'warning',
        file: topic.file,
        field: 'claims',
        message:
          'no treatment or test page makes a claim about this symptom; add "helps" or "shows" claims on those pages so this page can list them with their grades',
      });
    }
  }

  // Topics that failed their schema still cite sources: count them, so a broken page does not make its sources look unused.
  for (const entry of raw.entries) {
    if (entry.collection !== 'topics' || content.topics.get(entry.id)?.file === entry.file) continue;
    for (const key of citationKeysIn(JSON.stringify(entry.data ?? {}) + (entry.body ?? ''))) cited.add(key);
  }

  // 3. Trials: arms, sources, review flags.
  for (const { id, file, data } of content.trials.values()) {
    for (const key of data.sources) citeCheck(file, 'sources', key);
    for (const key of citationKeysIn(data.result ?? '')) citeCheck(file, 'result', key);
    for (const [i, arm] of data.arms.entries()) {
      if (!arm.topic) continue;
      if (spoiled.has(arm.topic)) continue;
      const topic = content.topics.get(arm.topic);
      if (!topic) {
        problems.push({
          severity: 'error',
          file,
          field: `arms.${i}.topic`,
          message: `"${arm.topic}" is not a topic; link the arm to an existing treatment slug or leave "topic" out`,
        });
      } else if (topic.data.kind !== 'treatment') {
        problems.push({
          severity: 'error',
          file,
          field: `arms.${i}.topic`,
          message: `"${arm.topic}" is a ${topic.data.kind}; an arm tests a treatment`,
        });
      }
    }
    if (data.status === 'reported' && !data.result) {
      problems.push({
        severity: 'error',
        file,
        field: 'result',
        message: 'the trial is marked reported; summarise its result in "result"',
      });
    }
    if (trialOverdue(data, options.today)) {
      const pages = [...content.topics.values()].filter((t) => concernsTrial(t, id, data)).map((t) => t.file);
      problems.push({
        severity: 'warning',
        file,
        field: 'expectedCompletion',
        message: `the expected completion has passed without a recorded result; check the registry, update "status" and "checked", and review ${pages.length > 0 ? pages.join(', ') : 'the pages that name it'}`,
      });
    }
  }

  // 4. The same work filed twice: one source per work, shared by every page. (An NCT number may
  // rightly appear on both a registration and a results paper, so only publication ids count.)
  const seenIds = new Map<string, string>();
  const duplicates = new Set<string>();
  for (const source of content.sources.values()) {
    for (const kind of ['doi', 'pmid', 'pmcid'] as const) {
      const value = source.data.ids[kind];
      if (value === undefined) continue;
      const id = `${kind} ${kind === 'doi' ? value.toLowerCase() : value}`;
      const first = seenIds.get(id);
      if (first) {
        duplicates.add(source.key);
        problems.push({
          severity: 'error',
          file: source.file,
          field: `ids.${kind}`,
          message: `${first} already has this ${kind.toUpperCase()} (${value}); cite that source's key instead and remove this file`,
        });
      } else {
        seenIds.set(id, source.file);
      }
    }
  }

  // 5. Sources nobody cites.
  for (const source of content.sources.values()) {
    if (!cited.has(source.key) && !duplicates.has(source.key)) {
      problems.push({
        severity: 'warning',
        file: source.file,
        field: 'source',
        message: 'no page or trial cites this source; cite it or remove the file',
      });
    }
  }

  return { content, problems };
}
