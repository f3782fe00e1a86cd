import { answersOf, characterCount, isAnswered, problemsBeforeSubmit, toInput, type Question } from './answers.js';

const question = (q: Partial<Question> & { key: string }): Question => ({
  kind: 'TEXT',
  required: false,
  prompt: q.key,
  maxLength: null,
  options: [],
  ...q,
});

describe('nominee answers', () => {
  it('read the server answers by kind and write them back as inputs', () => {
    const answers = answersOf({
      answers: [
        { key: 'a', text: 'Hello', yes: null, choices: null },
        { key: 'b', text: null, yes: false, choices: null },
        { key: 'c', text: null, yes: null, choices: ['en'] },
      ],
    });
    expect(answers).toEqual({ a: 'Hello', b: false, c: ['en'] });
    expect(toInput('b', false)).toEqual({ key: 'b', yes: false });
    expect(toInput('c', ['en'])).toEqual({ key: 'c', choices: ['en'] });
  });

  it('count characters as the server does (an emoji is one)', () => {
    expect(characterCount('né 👍')).toBe(4);
  });

  it('count a blank text or an empty choice as not answered, and "no" as answered', () => {
    expect(isAnswered('  ')).toBe(false);
    expect(isAnswered([])).toBe(false);
    expect(isAnswered(false)).toBe(true);
    expect(isAnswered(undefined)).toBe(false);
  });

  it('list missing required answers and over-long texts in question order', () => {
    const questions = [
      question({ key: 'a', required: true }),
      question({ key: 'b', maxLength: 3 }),
      question({ key: 'c', kind: 'YES_NO', required: true }),
    ];
    expect(problemsBeforeSubmit(questions, { b: 'long', c: true })).toEqual([
      { key: 'a', kind: 'required' },
      { key: 'b', kind: 'tooLong' },
    ]);
  });
});
