// `npm run new-topic -- <kind> <slug> <system> "<title>"`: starts a topic file with the frontmatter and the section
// headings of its kind. The file fails `npm run check` until every field and section is written, by design.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentRoot } from '../src/lib/io/paths.ts';
import { isFreeSlot, PAGE_TYPES, sectionHeading } from '../src/lib/model/page-types.ts';
import { KINDS, type Kind, SYSTEMS } from '../src/lib/model/vocabulary.ts';
import { today } from '../src/lib/site/dates.ts';

/** Six months after an ISO date, for the first review due. */
export function sixMonthsAfter(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 6);
  return date.toISOString().slice(0, 10);
}

/** A free slot's first heading: a sensible default the writer renames. */
const FREE_SECTION_TITLES: Partial<Record<Kind, string[]>> = {
  treatment: ['The strongest case, and its gap'],
  guide: ['The main points', 'What it means for you'],
};

export function topicSkeleton(kind: Kind, title: string, system: string | undefined, on: string): string {
  const type = PAGE_TYPES[kind];
  const evidence = type.evidence
    ? `${['evidence:', '  certainty: ', '  direction: ', ...(kind === 'mechanism' ? [] : ['  status: ']), '  basis: ', '  rationale: '].join('\n')}\n`
    : '';
  const headings = type.sections.flatMap((step) =>
    isFreeSlot(step)
      ? (FREE_SECTION_TITLES[kind] ?? ['A section of your own'])
          .slice(0, Math.max(step.free.min, 1))
          .map((h) => `## ${h}\n`)
      : [`## ${sectionHeading(step)}\n`],
  );
  return [
    '---',
    `kind: ${kind}`,
    `title: ${JSON.stringify(title)}`,
    ...(type.system ? [`system: ${system}`, 'systems: []'] : []),
    'aliases: []',
    'lede: ',
    'short: ',
    evidence.trimEnd(),
    'trials: []',
    'related: []',
    'unknowns: []',
    'questions: []',
    `reviewed: ${on}`,
    `nextReview: ${sixMonthsAfter(on)}`,
    // Dated today: the day the file is started is the honest first version until it is published.
    'changes:',
    `  - {date: ${on}, type: published}`,
    '---',
    '',
    headings.join('\n'),
  ]
    .filter((line) => line !== '')
    .join('\n')
    .replace('---\n## ', '---\n\n## ');
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  // Guides have no body system: `npm run new-topic -- guide <slug> "<title>"`.
  const [kind, slug, system, title] = args[0] === 'guide' ? [args[0], args[1], 'general', args[2]] : args;
  const usage = `usage: npm run new-topic -- <${KINDS.join('|')}> <slug> <${SYSTEMS.join('|')}> "<title>" (a guide takes no system)`;
  if (!kind || !(KINDS as readonly string[]).includes(kind) || !slug || !system || !title) {
    console.error(usage);
    process.exit(2);
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    console.error(`"${slug}" is not a slug: use lower-case words joined by hyphens`);
    process.exit(2);
  }
  if (!(SYSTEMS as readonly string[]).includes(system)) {
    console.error(`"${system}" is not a body system; use one of: ${SYSTEMS.join(', ')}`);
    process.exit(2);
  }
  const file = join(contentRoot(), 'topics', kind, `${slug}.md`);
  if (existsSync(file)) {
    console.error(`${file} already exists`);
    process.exit(1);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, topicSkeleton(kind as Kind, title, system, today()));
  console.log(`Started ${file}. Fill in every field and section; \`npm run check\` lists what is still missing.`);
}
