// Half of the every-page sweep (tests/e2e/every-page.ts): the first, third, fifth page and so on.
import { sweepEveryPage } from './every-page.ts';

sweepEveryPage(0);
