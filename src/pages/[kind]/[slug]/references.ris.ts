// A topic's reference list as RIS (linked from the page's "Cite this page").
import { referenceFileRoute } from './_reference-route.ts';

export const { getStaticPaths, GET } = referenceFileRoute('ris', 'application/x-research-info-systems');
