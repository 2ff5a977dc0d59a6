/**
 * JSON pointers (RFC 6901), the paths of a Report and of session edits. `pointerAppend` and
 * `pointerTokens` work on pointers the library built itself; `parsePointer` checks a pointer
 * that comes from outside and says what is wrong with it.
 */

/** Appends one key to a JSON pointer, escaping `~` and `/` as RFC 6901 requires. */
export function pointerAppend(pointer: string, token: string | number): string {
  if (typeof token === 'number') return `${pointer}/${token}`;
  if (token.indexOf('~') === -1 && token.indexOf('/') === -1) return `${pointer}/${token}`;
  return `${pointer}/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** Splits a pointer the library built into unescaped tokens. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => (token.indexOf('~') === -1 ? token : token.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/** A pointer that is not RFC 6901 syntax: why. */
export type PointerSyntaxError = 'no-leading-slash' | 'bad-escape';

/**
 * Parses a pointer from outside: `''` (the whole document) or `/`-separated tokens in which `~`
 * is only followed by `0` or `1`.
 */
export function parsePointer(
  pointer: string,
):
  | { readonly ok: true; readonly tokens: string[] }
  | { readonly ok: false; readonly error: PointerSyntaxError } {
  if (pointer === '') return { ok: true, tokens: [] };
  if (pointer[0] !== '/') return { ok: false, error: 'no-leading-slash' };
  if (/~(?![01])/.test(pointer)) return { ok: false, error: 'bad-escape' };
  return { ok: true, tokens: pointerTokens(pointer) };
}

/** An array index token: `0` or digits without a leading zero (RFC 6901 section 4). */
export function isIndexToken(token: string): boolean {
  return /^(?:0|[1-9]\d{0,8})$/.test(token);
}
