// One small memo for the pure layers: renders ask for the same derived values (paths, dates,
// names) over and over, and a widget re-renders on every edit. Bounded, so odd input cannot
// make it grow without end.

/**
 * `build` wrapped so each key is built once; `key` turns the arguments into the cache key.
 * When `limit` keys are held, the oldest leaves first. `undefined` results are cached too.
 * @internal
 */
export function memoize<A extends unknown[], V>(
  key: (...args: A) => string,
  build: (...args: A) => V,
  limit = 512,
): (...args: A) => V {
  const cache = new Map<string, V>();
  return (...args) => {
    const k = key(...args);
    if (cache.has(k)) return cache.get(k) as V;
    const value = build(...args);
    if (cache.size >= limit) cache.delete(cache.keys().next().value!);
    cache.set(k, value);
    return value;
  };
}
