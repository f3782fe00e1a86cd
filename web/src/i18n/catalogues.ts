import { common as enCommon } from './en/common.js';
import { common as frCommon } from './fr/common.js';
import { nominee as enNominee } from './en/nominee.js';
import { nominee as frNominee } from './fr/nominee.js';
import { explorer as enExplorer } from './en/explorer.js';
import { explorer as frExplorer } from './fr/explorer.js';
import type { Messages } from './messages.js';

// One file per feature and language; a feature adds its pair here.
export const en = { common: enCommon, explorer: enExplorer, nominee: enNominee } as const;
export type Catalogue = typeof en;
export const fr: Messages<Catalogue> = { common: frCommon, explorer: frExplorer, nominee: frNominee };

export const catalogues = { en, fr } as const;
export type Language = keyof typeof catalogues;
export const LANGUAGES: readonly Language[] = ['en', 'fr'];
