// `npm run check`: the content check on its own. Exit 1 on any error; warnings are printed, not fatal.
import { checkContentDir } from '../src/lib/check/index.ts';
import { formatReport } from '../src/lib/check/problems.ts';
import { contentRoot } from '../src/lib/io/paths.ts';
import { today } from '../src/lib/site/dates.ts';

const root = process.argv[2] ?? contentRoot();
const { problems, content } = checkContentDir(root, { today: today() });
console.log(formatReport(problems));
console.log(
  `checked ${content.topics.size} topics, ${content.sources.size} sources, ${content.trials.size} trials, ${content.glossary.size} glossary terms in ${root}`,
);
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
