import { describe, expect, it } from 'vitest';
import { ANATOMY, checkSections } from '../../src/lib/model/page-types.ts';

const TREATMENT = [
  'Start here',
  'What it targets',
  'What the evidence actually shows',
  'The strongest case, and its gap',
  'What to weigh',
  'What this means for you',
];

describe('section anatomy', () => {
  it('accepts a treatment with one section of its own in the free slot', () => {
    expect(checkSections('treatment', TREATMENT)).toEqual([]);
  });

  it('ignores case and curly apostrophes in headings', () => {
    expect(
      checkSections(
        'treatment',
        TREATMENT.map((h) => h.toUpperCase()),
      ),
    ).toEqual([]);
  });

  it('needs at least one and at most three sections of the writer’s own', () => {
    const none = TREATMENT.filter((h) => h !== 'The strongest case, and its gap');
    expect(checkSections('treatment', none)).toEqual([
      'between "What the evidence actually shows" and "What to weigh" write 1 to 3 sections of your own (found 0)',
    ]);
    const four = [...TREATMENT.slice(0, 3), 'A', 'B', 'C', 'D', ...TREATMENT.slice(4)];
    expect(checkSections('treatment', four)[0]).toMatch(/write 1 to 3 sections of your own \(found 4\)/);
  });

  it('rejects a section of the writer’s own outside the free slot', () => {
    const extra = ['Start here', 'Extra', ...TREATMENT.slice(1)];
    expect(checkSections('treatment', extra)[0]).toMatch(
      /^the section "## Extra" is not part of a treatment page here/,
    );
  });

  it('rejects anything after the last section', () => {
    const symptom = [...ANATOMY.symptom.filter((s) => typeof s === 'string'), 'Afterword'];
    expect(checkSections('symptom', symptom)).toEqual([
      'the section "## Afterword" comes after "What this means for you", which must be last; move or remove it',
    ]);
  });
});
