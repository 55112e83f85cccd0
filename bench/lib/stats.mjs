// Pure statistics for the benchmark: no I/O, no browser, unit-tested in test/stats.test.mjs.

function sorted(values) {
  if (!Array.isArray(values) || values.length === 0) {
    throw new RangeError('need at least one value');
  }
  for (const value of values) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new TypeError(`not a finite number: ${value}`);
    }
  }
  return [...values].sort((a, b) => a - b);
}

/**
 * The q-quantile (0 ≤ q ≤ 1) with linear interpolation between closest ranks
 * (the R-7 / NumPy default), so quantile(v, 0.5) is the usual median.
 */
export function quantile(values, q) {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile out of range: ${q}`);
  const s = sorted(values);
  const position = (s.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return s[lower] + (s[upper] - s[lower]) * (position - lower);
}

export function median(values) {
  return quantile(values, 0.5);
}

/** Median absolute deviation from the median: a spread measure robust to the odd slow sample. */
export function mad(values) {
  const m = median(values);
  return median(values.map((value) => Math.abs(value - m)));
}

/** Median, quartiles, MAD, min, max and count of one series of samples. */
export function summarize(values) {
  const s = sorted(values);
  return {
    n: s.length,
    median: median(s),
    p25: quantile(s, 0.25),
    p75: quantile(s, 0.75),
    mad: mad(s),
    min: s[0],
    max: s[s.length - 1],
  };
}

/** a / b, or null when b is not a positive number (a ratio to a zero median means nothing). */
export function ratio(a, b) {
  if (typeof a !== 'number' || typeof b !== 'number' || !(b > 0)) return null;
  return a / b;
}

/**
 * The order of one round of an interleaved run: every case once, the start rotated by the
 * round number, so no case always runs first (warm caches, thermal drift) or last.
 */
export function roundOrder(cases, round) {
  const n = cases.length;
  if (n === 0) return [];
  const start = ((round % n) + n) % n;
  return cases.map((_, i) => cases[(start + i) % n]);
}

/** The whole interleaved schedule: `rounds` rounds of roundOrder, as [{ round, name }]. */
export function schedule(cases, rounds) {
  const out = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const name of roundOrder(cases, round)) out.push({ round, name });
  }
  return out;
}
