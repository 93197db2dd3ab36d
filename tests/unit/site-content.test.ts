import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/check/index.ts';
import { siteContent } from '../../src/lib/io/site-content.ts';
import { COLLECTION_NAMES } from '../../src/lib/model/collections.ts';
import { FIXTURE_TODAY, fixtureTree } from '../helpers/fixtures.ts';

describe('the content the pages read', () => {
  it('is what the check read and passed, each collection in the order of its ids', () => {
    const root = fixtureTree();
    const checked = checkContentDir(root, { today: FIXTURE_TODAY });
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const content = siteContent(root);
    for (const name of COLLECTION_NAMES) {
      const ids = [...content[name].keys()];
      expect(ids).toEqual([...checked.content[name].keys()].sort((a, b) => a.localeCompare(b)));
      expect(Object.fromEntries(content[name])).toEqual(Object.fromEntries(checked.content[name]));
    }
    // Read in folder order, the topics are not in id order, so the sort above is doing work.
    const read = [...checked.content.topics.keys()];
    expect(read).not.toEqual([...read].sort((a, b) => a.localeCompare(b)));
  });
});
