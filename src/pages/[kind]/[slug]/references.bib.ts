// A topic's reference list as BibTeX (linked from the page's "Cite this page").
import { referenceFileRoute } from './_reference-route.ts';

export const { getStaticPaths, GET } = referenceFileRoute('bib', 'application/x-bibtex');
