// A topic's reference list as RIS in the dev server (see reference-route.ts).
import { referenceFileRoute } from './reference-route.ts';

export const { getStaticPaths, GET } = referenceFileRoute('ris');
