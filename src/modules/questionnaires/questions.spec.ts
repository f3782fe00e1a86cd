import { checkAnswer, missingRequired, questionSetProblems, type Question } from './questions.js';

const text: Question = { key: 'bio', kind: 'TEXT', required: true, promptEn: 'Bio', promptFr: 'Bio', maxLength: 5 };
const yesNo: Question = {
  key: 'conflict',
  kind: 'YES_NO',
  required: true,
  promptEn: 'Conflict?',
  promptFr: 'Conflit ?',
};
const single: Question = {
  key: 'lang',
  kind: 'SINGLE_CHOICE',
  required: false,
  promptEn: 'Language',
  promptFr: 'Langue',
  options: [
    { key: 'en', labelEn: 'English', labelFr: 'Anglais' },
    { key: 'fr', labelEn: 'French', labelFr: 'Français' },
  ],
};
const multi: Question = { ...single, key: 'langs', kind: 'MULTI_CHOICE' };

describe('answers', () => {
  it('accepts answers that fit their question', () => {
    expect(checkAnswer(text, { key: 'bio', text: 'héllo' })).toEqual({ value: 'héllo' });
    expect(checkAnswer(yesNo, { key: 'conflict', yes: false })).toEqual({ value: false });
    expect(checkAnswer(single, { key: 'lang', choices: ['fr'] })).toEqual({ value: ['fr'] });
    expect(checkAnswer(multi, { key: 'langs', choices: ['fr', 'en'] })).toEqual({ value: ['fr', 'en'] });
  });

  it.each([
    [text, { key: 'bio', text: 'toolong' }],
    [text, { key: 'bio', yes: true }],
    [text, { key: 'bio', text: 'a', yes: true }],
    [yesNo, { key: 'conflict', text: 'yes' }],
    [single, { key: 'lang', choices: ['de'] }],
    [single, { key: 'lang', choices: ['en', 'fr'] }],
    [multi, { key: 'langs', choices: ['en', 'en'] }],
    [multi, { key: 'langs' }],
  ])('refuses %#', (question, input) => {
    expect(checkAnswer(question, input)).toHaveProperty('problem');
  });

  it('lists missing required answers; a blank text is missing', () => {
    expect(missingRequired([text, yesNo, single], { bio: '  ' })).toEqual(['bio', 'conflict']);
    expect(missingRequired([text, yesNo, single], { bio: 'x', conflict: false })).toEqual([]);
  });

  it('finds unsound question sets', () => {
    expect(questionSetProblems([text, text])).toHaveLength(1);
    expect(questionSetProblems([{ ...single, options: [single.options![0]] }])).toHaveLength(1);
    expect(questionSetProblems([{ ...yesNo, maxLength: 3 }])).toHaveLength(1);
    expect(questionSetProblems([])).toHaveLength(1);
    expect(questionSetProblems([text, yesNo, single, multi])).toEqual([]);
  });
});
