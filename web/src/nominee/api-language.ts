import type { Language as ApiLanguage } from '../gql/graphql.js';
import type { Language } from '../i18n/catalogues.js';

/**
 * The API names languages by the schema's `Language` enum (EN, FR); the catalogues are keyed by the
 * ISO 639-1 codes (en, fr). The one place the two meet.
 */
export const apiLanguage = (language: Language): ApiLanguage => (language === 'fr' ? 'FR' : 'EN');
