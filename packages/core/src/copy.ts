// The one deep copy of JSON-like data, shared by the parsers and the widgets' `.value`.
/**
 * Deep copy of arrays and plain objects; other values are shared. Own keys are defined, not
 * assigned, so keys like `__proto__` and `constructor` survive;
 * a null prototype is kept. Throws on cycles (callers catch).
 */
export function deepCopy(value: unknown, seen: Set<unknown> = new Set()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  if (seen.has(value)) throw new TypeError('cycle');
  seen.add(value);
  let copy: unknown;
  if (Array.isArray(value)) {
    copy = value.map((item) => deepCopy(item, seen));
  } else {
    const out: Record<string, unknown> = proto === null ? Object.create(null) : {};
    for (const key of Object.keys(value)) {
      const item = deepCopy((value as Record<string, unknown>)[key], seen);
      // Assigning `__proto__` would set the prototype: only that key needs defineProperty,
      // which is much slower than assignment for the rest.
      if (key === '__proto__') {
        Object.defineProperty(out, key, {
          value: item,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else out[key] = item;
    }
    copy = out;
  }
  seen.delete(value);
  return copy;
}
