// Ids the matrix makes itself: for a row or column added by name, for an office from its title.

/** Lower-case ASCII words joined by '-' («NAV Søgne og Ålesund» → 'nav-sogne-og-alesund'). @internal */
export const slugId = (text: string): string =>
  text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** `base`, or `base-2`, `base-3` …: the first not taken. @internal */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
