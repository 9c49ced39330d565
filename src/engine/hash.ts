/**
 * A stable hash of plain JSON data: canonical JSON (object keys sorted) fed to
 * FNV-1a in two independent 32-bit lanes, printed as 16 hex digits. Synchronous,
 * written here, identical in Node and every browser.
 */

/** JSON with object keys sorted, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  // `sort`'s own order: by UTF-16 code units, as `<` compares strings.
  const keys = Object.keys(value)
    .filter((k) => Reflect.get(value, k) !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(Reflect.get(value, k))}`).join(',')}}`;
}

/** FNV-1a-based hash of a string, 16 hex digits. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The hash of a plain JSON value. */
export function hashJson(value: unknown): string {
  return hashText(canonicalJson(value));
}
