/**
 * A small strict XML 1.0 reader for tests: elements, attributes, character data and the five
 * predefined and numeric character references; an optional declaration. Anything else (comments,
 * CDATA, DOCTYPE, processing instructions), and anything malformed, throws: a document it reads is
 * well-formed as far as what our writers emit goes.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

const NAME = /[A-Za-z_][A-Za-z0-9._:-]*/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function parseXml(source: string): XmlElement {
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`XML not well-formed at ${at}: ${why} (${JSON.stringify(source.slice(at, at + 30))})`);
  };
  if (FORBIDDEN.test(source)) fail('a character XML 1.0 does not allow');
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(source)) fail('a lone surrogate');
  const space = () => {
    while (/[ \t\r\n]/.test(source[at] ?? '')) at += 1;
  };
  const name = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(source);
    if (!match) return fail('a name expected');
    at += match[0].length;
    return match[0];
  };
  const text = (raw: string): string =>
    raw.replace(/&([^;]*);|&|</g, (whole, ref: string | undefined) => {
      if (whole === '<') return fail('"<" in text');
      if (ref === undefined) return fail('a bare "&"');
      if (ref in ENTITIES) return ENTITIES[ref];
      const code = /^#x([0-9A-Fa-f]+)$/.exec(ref)?.[1] ?? /^#([0-9]+)$/.exec(ref)?.[1];
      if (code === undefined) return fail(`unknown entity &${ref};`);
      return String.fromCodePoint(parseInt(code, ref.startsWith('#x') ? 16 : 10));
    });
  const elementAt = (): XmlElement => {
    if (source[at] !== '<') fail('"<" expected');
    at += 1;
    const tag = name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = at;
      space();
      if (source.startsWith('/>', at)) {
        at += 2;
        return { name: tag, attributes, children: [] };
      }
      if (source[at] === '>') {
        at += 1;
        break;
      }
      if (at === before) fail('space expected before an attribute');
      const attribute = name();
      space();
      if (source[at] !== '=') fail('"=" expected');
      at += 1;
      space();
      const quote = source[at];
      if (quote !== '"' && quote !== "'") fail('a quoted value expected');
      const end = source.indexOf(quote, at + 1);
      if (end < 0) fail('unterminated attribute value');
      if (attribute in attributes) fail(`duplicate attribute ${attribute}`);
      attributes[attribute] = text(source.slice(at + 1, end));
      at = end + 1;
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      const next = source.indexOf('<', at);
      if (next < 0) fail(`</${tag}> missing`);
      if (next > at) children.push(text(source.slice(at, next)));
      at = next;
      if (source.startsWith('</', at)) {
        at += 2;
        if (name() !== tag) fail(`</${tag}> expected`);
        space();
        if (source[at] !== '>') fail('">" expected');
        at += 1;
        return { name: tag, attributes, children };
      }
      if (/^<[!?]/.test(source.slice(at, at + 2))) fail('comments, CDATA and processing instructions are not read');
      children.push(elementAt());
    }
  };
  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    if (end < 0 || !/^<\?xml version="1\.0"( encoding="utf-8")?\?>$/i.test(source.slice(0, end + 2))) {
      fail('bad XML declaration');
    }
    at = end + 2;
  }
  space();
  const root = elementAt();
  space();
  if (at !== source.length) fail('content after the root element');
  return root;
}

/** The child elements called `name`. */
export const childrenNamed = (parent: XmlElement, name: string): XmlElement[] =>
  parent.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);

/** The text of the one child called `name` (fails when there is not exactly one). */
export function textOf(parent: XmlElement, name: string): string {
  const found = childrenNamed(parent, name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${parent.name}>, found ${found.length}`);
  return found[0].children.map((c) => (typeof c === 'string' ? c : '')).join('');
}
