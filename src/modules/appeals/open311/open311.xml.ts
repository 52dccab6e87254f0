/**
 * The XML side of Open311 GeoReport v2. Its documents are plain trees: an element per field, a list as a
 * wrapper whose children share one name (<services><service>…), and nothing else — no attributes, no
 * namespaces, no mixed content — so a serializer of a few lines is all it takes.
 */

/** The element name of a list's items, by the list's own name (as the specification spells them). */
export const OPEN311_ITEMS: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  attributes: 'attribute',
  values: 'value',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
};

// Characters XML 1.0 cannot carry at all (control characters other than tab and line breaks) are dropped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 allows are named by their code points, control ones included
const INVALID = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const escapeXml = (s: string) =>
  s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

function element(name: string, value: unknown, items: Record<string, string>): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    const child = items[name];
    if (!child) throw new Error(`no item name for the list <${name}>`);
    return `<${name}>${value.map((v) => element(child, v, items)).join('')}</${name}>`;
  }
  if (value instanceof Date) return `<${name}>${value.toISOString()}</${name}>`;
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => element(k, v, items))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** A whole document: the declaration and one root element. */
export function toXml(root: string, value: unknown, items: Record<string, string> = OPEN311_ITEMS): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value, items)}`;
}
