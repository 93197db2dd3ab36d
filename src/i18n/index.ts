/**
 * The editions of the atlas. English is the only one today; a Spanish edition is a file es.ts that
 * `satisfies Dictionary` and a row here (its URLs come from its own \`paths\`, and untranslated pages show
 * \`ui.fallbackNotice\`).
 */
import { type Dictionary, en } from './en.ts';

export const LOCALES = { en } as const satisfies Record<string, Dictionary>;
export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';

/** The words of an edition; unknown or missing locales read the default edition. */
export function dictionary(locale: string | undefined = DEFAULT_LOCALE): Dictionary {
  return (LOCALES as Record<string, Dictionary>)[locale ?? DEFAULT_LOCALE] ?? LOCALES[DEFAULT_LOCALE];
}

export type { Dictionary };
