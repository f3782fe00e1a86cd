import fc from 'fast-check';
import { parseXml, textOf } from '../../../test/support/xml.js';
import { element, escapeXml, xmlDocument } from './xml-writer.js';

describe('XML writer', () => {
  it('escapes markup in text and attributes', () => {
    const doc = xmlDocument(element('a', { title: `"quoted" & 'single' <b>` }, element('b', {}, '1 < 2 && 3 > 2 ]]>')));
    expect(doc).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n' +
        '<a title="&quot;quoted&quot; &amp; &apos;single&apos; &lt;b&gt;"><b>1 &lt; 2 &amp;&amp; 3 &gt; 2 ]]&gt;</b></a>\n',
    );
    const root = parseXml(doc);
    expect(root.attributes.title).toBe(`"quoted" & 'single' <b>`);
    expect(textOf(root, 'b')).toBe('1 < 2 && 3 > 2 ]]>');
  });

  it('replaces what XML 1.0 cannot carry (controls, lone surrogates) and keeps the rest, astral characters included', () => {
    expect(escapeXml('a\u0000b\u001Fc\uD800d\uDC00e\uFFFE')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD');
    expect(escapeXml('tab\tline\nSí 😀 \u{1F1EB}\u{1F1F7}')).toBe('tab\tline\nSí 😀 \u{1F1EB}\u{1F1F7}');
    expect(escapeXml('a\r\nb')).toBe('a&#13;\nb');
  });

  it('leaves out undefined attributes and writes empty elements closed', () => {
    expect(xmlDocument(element('link', { rel: 'self', href: undefined }))).toContain('<link rel="self"/>');
  });

  it('refuses names that are not XML names (a bug, not input)', () => {
    expect(() => element('a b')).toThrow();
    expect(() => element('x', { 'on click': 'y' })).toThrow();
    expect(() => element('1x')).toThrow();
  });

  it('any text, in text and in attributes, reads back as written (controls and lone surrogates as U+FFFD)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (text, attribute) => {
        const root = parseXml(xmlDocument(element('e', { a: attribute }, element('t', {}, text))));
        const expected = (s: string) =>
          escapeXml(s).replace(
            /&(amp|lt|gt|quot|apos|#13);/g,
            (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#13': '\r' })[e]!,
          );
        expect(root.attributes.a).toBe(expected(attribute));
        expect(textOf(root, 't')).toBe(expected(text));
      }),
    );
  });
});

describe('the test XML reader is strict', () => {
  it.each([
    ['<a>', 'unclosed'],
    ['<a></b>', 'mismatched'],
    ['<a>&</a>', 'bare ampersand'],
    ['<a>&nbsp;</a>', 'unknown entity'],
    ['<a b="1" b="2"/>', 'duplicate attribute'],
    ['<a b=1/>', 'unquoted attribute'],
    ['<a/><b/>', 'two roots'],
    ['<a><!-- c --></a>', 'comment'],
    ['<a>\u0001</a>', 'control character'],
    ['<a b="<"/>', '"<" in an attribute'],
  ])('refuses %s (%s)', (source) => {
    expect(() => parseXml(source)).toThrow(/not well-formed/);
  });
});
