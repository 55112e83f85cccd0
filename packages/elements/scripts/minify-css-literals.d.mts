// Types for minify-css-literals.mjs (imported by vite.config.ts).
export interface MinifyOptions {
  /** Picks JS or TS parsing by extension (default JS). */
  fileName?: string;
  /** Keep one line break per original line (default true), so source maps stay valid. */
  keepLines?: boolean;
}
export function minifyCssText(raw: string, options?: MinifyOptions): string | null;
export function findCssTemplates(
  source: string,
  options?: MinifyOptions,
): { start: number; end: number }[][];
export function minifyCssLiterals(source: string, options?: MinifyOptions): string;
