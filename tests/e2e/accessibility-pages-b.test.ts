// Half of the every-page sweep (tests/e2e/every-page.ts): the second, fourth, sixth page and so on.
import { sweepEveryPage } from './every-page.ts';

sweepEveryPage(1);
