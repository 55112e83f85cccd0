// Comparing widget data by content: what the React wrappers use to tell a new object with the
// same content (an inline `data={{ … }}` literal, made anew on every render) from new data.

/**
 * True when `a` and `b` hold the same JSON-like content: equal primitives, or arrays and plain
 * objects whose items and own keys (in any order) are the same content. Anything else (a Date, a
 * class instance, a function) is the same only when it is the same object. Nesting deeper than
 * `depth` (a cycle) answers false.
 */
export function sameContent(a: unknown, b: unknown, depth = 64): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (depth === 0) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameContent(item, b[i], depth - 1));
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return keys.every(
    (key) => Object.hasOwn(right, key) && sameContent(left[key], right[key], depth - 1),
  );
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
