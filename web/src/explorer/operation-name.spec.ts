import { operationNameFor } from './operation-name.js';

describe('operationNameFor', () => {
  const two = 'query A { elections { totalCount } } query B { statesParties { code } }';

  it('keeps a name the document has', () => {
    expect(operationNameFor(two, 'B')).toBe('B');
    expect(operationNameFor('query A { elections { totalCount } }', 'A')).toBe('A');
  });

  it('runs a single operation whatever name GraphiQL still holds from the previous tab', () => {
    expect(
      operationNameFor('# States\nquery StatesParties { statesParties { code } }', 'ElectionsAndCandidacies'),
    ).toBe('StatesParties');
    expect(operationNameFor('{ statesParties { code } }', 'ElectionsAndCandidacies')).toBeNull();
  });

  it('leaves the name to the server when the document cannot tell', () => {
    expect(operationNameFor(two, 'C')).toBe('C');
    expect(operationNameFor(two, undefined)).toBeUndefined();
    expect(operationNameFor('query A {', 'B')).toBe('B');
    expect(operationNameFor('fragment F on Election { id }', 'B')).toBe('B');
  });
});
