/** The shape of a catalogue: the same keys as the English one, every leaf a string. */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** Dotted paths to the leaves of a catalogue: 'home.title', 'errors.network', ... */
export type MessageKey<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : MessageKey<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every leaf of a catalogue as a dotted path (used by the test that compares the languages). */
export function messageKeys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : messageKeys(value as object, `${prefix}${key}.`),
  );
}

// `{count, plural, one {# entry} other {# entries}}`: the option for the number, by the language's
// plural rules (Intl.PluralRules: French puts 0 and 1 in `one`), or `=N` for an exact number; `#` is
// the number, written as the language writes numbers (1,234 / 1 234). An option may hold `{name}`s.
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const OPTION = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

// Intl objects are costly to build and a page looks messages up on every render: one per language.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function once<T>(cache: Map<string, T>, language: string, make: (language: string) => T): T {
  let value = cache.get(language);
  if (value === undefined) cache.set(language, (value = make(language)));
  return value;
}

/** Looks a dotted path up, chooses plural forms and fills `{name}` placeholders. */
export function lookup(
  catalogue: object,
  key: string,
  params: Record<string, string | number> = {},
  language = 'en',
): string {
  let node: unknown = catalogue;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') return key;
  const chosen = node.replace(PLURAL, (whole, name: string, body: string) => {
    if (!(name in params)) return whole;
    const count = Number(params[name]);
    const options = new Map([...body.matchAll(OPTION)].map((m) => [m[1], m[2]] as const));
    const rules = once(pluralRules, language, (l) => new Intl.PluralRules(l));
    const option = options.get(`=${count}`) ?? options.get(rules.select(count));
    const value = params[name];
    const shown =
      typeof value === 'number' ? once(numberFormats, language, (l) => new Intl.NumberFormat(l)).format(value) : value;
    return (option ?? options.get('other') ?? whole).replaceAll('#', shown);
  });
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
