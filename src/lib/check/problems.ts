/** A content mistake as an editor needs to see it: the file, the field, and what to do. */

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path relative to the project, e.g. src/content/topics/treatment/ivig.md */
  file: string;
  /** The field (frontmatter path) or "body" (with a line) the problem is in. */
  field: string;
  /** What is wrong and what to do, in one sentence. */
  message: string;
  line?: number | undefined;
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${p.severity}: ${where} [${p.field}] ${p.message}`;
}

export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines = [...errors, ...warnings].map(formatProblem);
  lines.push(
    `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` +
      (errors.length > 0 ? ' (see docs/CONTENT.md for the format)' : ''),
  );
  return lines.join('\n');
}

export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`The content has mistakes; fix them and build again:\n${formatReport(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
