/** Every citation, wherever it stands (topics, trials, glossary terms), names a source file; a grade's rationale cites its evidence. */
import { citationKeysIn } from '../../markdown/index.ts';
import { type CheckContext, fileLine, hasEvidence, type Rule } from '../context.ts';
import type { Problem } from '../problems.ts';

export interface CitationUse {
  file: string;
  field: string;
  key: string;
  line?: number | undefined;
}

/** Every place content cites a source, in reading order per file. */
export function citationUses({ content, body, rawTopic }: CheckContext): CitationUse[] {
  const uses: CitationUse[] = [];
  const inText = (file: string, field: string, text: string) => {
    for (const key of citationKeysIn(text)) uses.push({ file, field, key });
  };
  for (const topic of content.topics.values()) {
    const { data, file } = topic;
    for (const { key, line } of body(topic).citations) {
      uses.push({ file, field: 'body', key, line: fileLine(rawTopic(topic), line) });
    }
    if (hasEvidence(data)) inText(file, 'evidence.rationale', data.evidence.rationale);
    for (const [i, unknown] of data.unknowns.entries()) inText(file, `unknowns.${i}`, unknown);
    if ('claims' in data) {
      for (const [i, claim] of data.claims.entries()) {
        for (const key of claim.sources) uses.push({ file, field: `claims.${i}.sources`, key });
        for (const [j, flag] of claim.flags.entries()) inText(file, `claims.${i}.flags.${j}.reason`, flag.reason);
      }
    }
  }
  for (const { file, data } of content.figures.values()) {
    inText(file, 'caption', data.caption);
    if (data.type === 'standing-heart-rate') {
      for (const key of data.pots.sources) uses.push({ file, field: 'pots.sources', key });
      for (const key of data.orthostaticHypotension.sources) {
        uses.push({ file, field: 'orthostaticHypotension.sources', key });
      }
    }
    if (data.type === 'pem-timeline') {
      for (const key of data.onset.sources) uses.push({ file, field: 'onset.sources', key });
      for (const key of data.recovery.sources) uses.push({ file, field: 'recovery.sources', key });
    }
  }
  for (const { file, data } of content.trials.values()) {
    for (const key of data.sources) uses.push({ file, field: 'sources', key });
    inText(file, 'result', data.result ?? '');
  }
  for (const { file, data } of content.glossary.values()) {
    for (const key of data.sources) uses.push({ file, field: 'sources', key });
    inText(file, 'clinical', data.clinical);
  }
  return uses;
}

export const citations: Rule = (context) => {
  const problems: Problem[] = [];
  for (const { file, field, key, line } of citationUses(context)) {
    if (!context.missing('sources', key)) continue;
    problems.push({
      severity: 'error',
      file,
      field,
      line,
      message: `cites [@${key}], but there is no source src/content/sources/${key}.yaml; add the source or correct the key`,
    });
  }
  for (const { data, file } of context.content.topics.values()) {
    if (hasEvidence(data) && citationKeysIn(data.evidence.rationale).length === 0) {
      problems.push({
        severity: 'error',
        file,
        field: 'evidence.rationale',
        message: 'the rationale must cite the evidence behind the grade with [@key]',
      });
    }
  }
  return problems;
};
