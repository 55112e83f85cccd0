// Files a widget hands to the user (exports, kept saved work), shared by every widget. Loaded on
// first use (a lazy part), so a widget's first render never downloads it; printing is print.ts.

/** Offers `blob` as a download named `filename`. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click starts the download synchronously in every browser; the URL may go after that.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A file name from a title's letters and digits (any script), joined by hyphens; `fallback`
 * when the title has none.
 */
export function fileSlug(title: string | undefined, fallback = 'mulighetsrom'): string {
  const slug = (title ?? '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return slug || fallback;
}
