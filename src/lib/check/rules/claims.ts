/**
 * Claims: typed, graded links declared once on the treatment, test or mechanism page. Each points at the right kind
 * of page, rests on sources the page cites, explains a grade above the page's own, and flags carry cited reasons.
 * Symptom pages no claim points at are warned about: they would list no treatments or tests.
 */

import { citationKeysIn } from '../../markdown/index.ts';
import { CLAIM_TARGETS, PAGE_TYPES } from '../../model/page-types.ts';
import { CERTAINTIES } from '../../model/vocabulary.ts';
import { hasEvidence, type Rule } from '../context.ts';
import type { Problem } from '../problems.ts';

export const claims: Rule = ({ content, raw, missing, spoiled, body }) => {
  const problems: Problem[] = [];
  const claimed = new Set<string>();
  for (const topic of content.topics.values()) {
    const { data, file } = topic;
    if (!('claims' in data)) continue;
    const allowed = PAGE_TYPES[data.kind].claims;
    const pageKeys = new Set([
      ...citationKeysIn(hasEvidence(data) ? data.evidence.rationale : ''),
      ...data.unknowns.flatMap(citationKeysIn),
    ]);
    for (const { key } of body(topic).citations) pageKeys.add(key);
    const pageRank = hasEvidence(data) ? CERTAINTIES.indexOf(data.evidence.certainty) : undefined;
    const seen = new Set<string>();
    for (const [i, claim] of data.claims.entries()) {
      const field = `claims.${i}`;
      if (!allowed.includes(claim.type)) {
        claimed.add(claim.topic);
        problems.push({
          severity: 'error',
          file,
          field: `${field}.type`,
          message:
            allowed.length === 0
              ? `${data.kind} pages declare no claims; write the claim on the treatment, test or mechanism page (it shows here too)`
              : `a ${data.kind} page cannot declare "${claim.type}"; use ${allowed.map((t) => `"${t}"`).join(' or ')}`,
        });
        continue;
      }
      const pair = `${claim.type} ${claim.topic}`;
      if (seen.has(pair)) {
        problems.push({ severity: 'error', file, field, message: `the claim "${pair}" is declared twice; keep one` });
      }
      seen.add(pair);
      const target = content.topics.get(claim.topic);
      const targets = CLAIM_TARGETS[claim.type];
      if (claim.topic === topic.id) {
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
      } else if (target && !targets.includes(target.data.kind)) {
        problems.push({
          severity: 'error',
          file,
          field: `${field}.topic`,
          message: `"${claim.type}" points at a ${targets.join(' or ')} page, but "${claim.topic}" is a ${target.data.kind}`,
        });
      } else {
        claimed.add(claim.topic);
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
        if (citationKeysIn(flag.reason).length === 0) {
          problems.push({
            severity: 'error',
            file,
            field: `${field}.flags.${j}.reason`,
            message: `the "${flag.flag}" flag needs a reason that cites its evidence with [@key]`,
          });
        }
      }
      if (pageRank !== undefined && CERTAINTIES.indexOf(claim.certainty) < pageRank && claim.note === undefined) {
        problems.push({
          severity: 'error',
          file,
          field: `${field}.note`,
          message: `the claim is graded ${claim.certainty}, above the page's ${hasEvidence(data) ? data.evidence.certainty : ''} certainty; say why in "note"`,
        });
      }
    }
  }

  // A rejected or unreadable page may hold claims too: its own error is the one to fix first.
  for (const entry of raw.entries) {
    if (entry.collection !== 'topics' || !spoiled.has(entry.id)) continue;
    const rawClaims = (entry.data as { claims?: unknown } | undefined)?.claims;
    if (Array.isArray(rawClaims)) {
      for (const claim of rawClaims) {
        const target = (claim as { topic?: unknown } | null)?.topic;
        if (typeof target === 'string') claimed.add(target);
      }
    }
  }
  if (raw.entries.some((e) => e.collection === 'topics' && e.unreadable)) return problems;
  for (const topic of content.topics.values()) {
    if (topic.data.kind !== 'symptom') continue;
    if (claimed.has(topic.id)) continue;
    problems.push({
      severity: 'warning',
      file: topic.file,
      field: 'claims',
      message:
        'no treatment or test page makes a claim about this symptom; add "helps" or "shows" claims on those pages so this page can list them with their grades',
    });
  }
  return problems;
};
