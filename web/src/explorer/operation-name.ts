import { Kind, parse } from 'graphql';

/**
 * The operation to run in the document being sent. GraphiQL names it from its own state, which it
 * updates a moment after the editor's text changes (a tab switched, an example opened): a click in
 * that moment would send the previous tab's name with this tab's text, and the server refuses a
 * name the document does not have. The name stays when the document has that operation; a document
 * with a single operation runs it; otherwise (several, none of them named so, or a text that does not
 * parse) the name is left for the server to judge.
 */
export function operationNameFor(query: string, operationName: string | null | undefined): string | null | undefined {
  let names: (string | undefined)[];
  try {
    names = parse(query)
      .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => d.name?.value);
  } catch {
    return operationName;
  }
  if (operationName && names.includes(operationName)) return operationName;
  if (names.length === 1) return names[0] ?? null;
  return operationName;
}
