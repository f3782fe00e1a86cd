import { catalogues } from '../i18n/catalogues.js';
import '../i18n/console-catalogues.js';
import type { Translate } from '../i18n/i18n.js';
import { lookup } from '../i18n/messages.js';
import { flagFiguresText, flagText } from './flag-labels.js';

const say =
  (language: 'en' | 'fr'): Translate =>
  (key, params) =>
    lookup(catalogues[language], key, params, language);

describe('a slate flag in words', () => {
  it('reads its figure as seats, the requirement or the candidates sought, by kind', () => {
    const en = say('en');
    expect(flagFiguresText({ kind: 'CLEAN_SLATE', seats: 6, candidates: 6 }, en)).toBe('6 candidates for 6 seats');
    expect(flagFiguresText({ kind: 'UNDERSUBSCRIBED', seats: 1, candidates: 0 }, en)).toBe('no candidate for 1 seat');
    expect(flagFiguresText({ kind: 'NO_CHOICE', seats: 2, candidates: 1 }, en)).toBe(
      '1 candidate for a minimum voting requirement of 2',
    );
    expect(flagFiguresText({ kind: 'NOMINATION_SHORTFALL', seats: 6, candidates: 1 }, en)).toBe(
      '1 candidate, fewer than the 6 sought',
    );
    const fr = say('fr');
    expect(flagFiguresText({ kind: 'NOMINATION_SHORTFALL', seats: 6, candidates: 0 }, fr)).toBe(
      'aucun candidat, moins que les 6 recherchés',
    );
    expect(flagFiguresText({ kind: 'CLEAN_SLATE', seats: 1, candidates: 1 }, fr)).toBe('1 candidat pour 1 siège');
  });

  it('says what, where and its figures in one line', () => {
    const flag = { kind: 'NO_CHOICE', scope: 'REGIONAL_GROUP', scopeValue: 'AFRICAN', seats: 2, candidates: 2 };
    expect(flagText(flag, say('en'))).toBe(
      'No choice: no more candidates than the minimum voting requirement — Regional group: African States (2 candidates for a minimum voting requirement of 2)',
    );
    expect(flagText(flag, say('fr'))).toMatch(
      /^.+ — Groupe régional : États d’Afrique \(2 candidats pour une condition minimale de vote de 2\)$/,
    );
  });
});
