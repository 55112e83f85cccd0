// Types for minify-css-literals.mjs (imported by vite.config.ts).
export interface MinifyOptions {
  /** Picks JS or TS parsing by extension (default JS) and names the file in warnings. */
  fileName?: string;
  /** Called for each literal left unminified, with the reason (default console.warn). */
  warn?: (message: string) => void;
}
export interface Edit {
  start: number;
  end: number;
  text: string;
}
export const TARGETS: Readonly<Record<string, number>>;
export function minifyCssParts(
  parts: readonly string[],
  options?: { fileName?: string },
): { parts: string[] } | { error: string };
export function findCssTemplates(
  source: string,
  options?: MinifyOptions,
): { line: number; parts: { start: number; end: number; text: string | undefined }[] }[];
export function minifyCssLiterals(
  source: string,
  options?: MinifyOptions,
): { code: string; edits: Edit[] };
