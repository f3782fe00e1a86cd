/** An element: its name, attributes (in order) and children (elements or text). */
export interface XmlElement {
  readonly name: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

// XML 1.0 names, restricted to what we write (ASCII, an optional prefix): a bad name is a bug here, not input.
const NAME = /^[A-Za-z_][A-Za-z0-9._-]*(:[A-Za-z_][A-Za-z0-9._-]*)?$/;

// Characters XML 1.0 cannot carry at all, even escaped: C0 controls but tab, LF and CR; lone
// surrogates; U+FFFE and U+FFFF. Replaced so that stored text never breaks a document.

const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data or an attribute value (double-quoted): escaped, never markup. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** An element; attributes whose value is undefined are left out. */
export function element(
  name: string,
  attributes: Readonly<Record<string, string | undefined>> = {},
  ...children: readonly XmlNode[]
): XmlElement {
  if (!NAME.test(name)) throw new Error(`Not an XML name: ${name}`);
  const kept = Object.entries(attributes).filter((a): a is [string, string] => a[1] !== undefined);
  for (const [attribute] of kept) if (!NAME.test(attribute)) throw new Error(`Not an XML name: ${attribute}`);
  return { name, attributes: kept, children };
}

function write(node: XmlNode, out: string[]): void {
  if (typeof node === 'string') {
    out.push(escapeXml(node));
    return;
  }
  out.push('<', node.name);
  for (const [attribute, value] of node.attributes) out.push(' ', attribute, '="', escapeXml(value), '"');
  if (node.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of node.children) write(child, out);
  out.push('</', node.name, '>');
}

/** A whole UTF-8 document: the declaration, then the root element. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  write(root, out);
  out.push('\n');
  return out.join('');
}
