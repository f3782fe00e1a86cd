import { common as enCommon } from './en/common.js';
import { common as frCommon } from './fr/common.js';
import { nominee as enNominee } from './en/nominee.js';
import { nominee as frNominee } from './fr/nominee.js';
import { explorer as enExplorer } from './en/explorer.js';
import { explorer as frExplorer } from './fr/explorer.js';
import type { consoleCatalogue as EnConsole } from './en/console.js';
import type { observer as EnObserver } from './en/observer.js';
import type { Messages } from './messages.js';

// One file per feature and language; a feature adds its pair here. The staff console's catalogues
// are typed here but loaded with its chunk (console-catalogues.ts adds them), so a nominee never
// downloads them.
const loaded = { common: enCommon, explorer: enExplorer, nominee: enNominee } as const;
export type Catalogue = typeof loaded & { readonly console: typeof EnConsole; readonly observer: typeof EnObserver };
/** Areas whose messages arrive with their own chunk. */
export type LazyArea = 'console' | 'observer';

export const en = loaded as Catalogue;
const frLoaded: Messages<typeof loaded> = { common: frCommon, explorer: frExplorer, nominee: frNominee };
export const fr = frLoaded as Messages<Catalogue>;

export const catalogues = { en, fr } as const;
export type Language = keyof typeof catalogues;
export const LANGUAGES: readonly Language[] = ['en', 'fr'];

/** Adds a lazily loaded area's messages in both languages (called once, as its chunk loads). */
export function addCatalogue<A extends LazyArea>(
  area: A,
  messages: { readonly en: Catalogue[A]; readonly fr: Messages<Catalogue[A]> },
): void {
  (en as Record<string, unknown>)[area] = messages.en;
  (fr as Record<string, unknown>)[area] = messages.fr;
}
