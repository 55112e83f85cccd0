// Offering a file from a widget's toolbar (an export, a CSV). The download code is loaded with the
// first file, so no widget's first render pays for it.
import { lazy } from './lazy.js';

const files = lazy(() => import('./download.js'));

/** Builds the file with `make` and offers it as `<the title's slug>.<extension>`. */
export async function offerFile(
  make: () => Blob | Promise<Blob>,
  title: string | undefined,
  extension: string,
): Promise<void> {
  const [blob, { download, fileSlug }] = await Promise.all([make(), files.load()]);
  download(blob, `${fileSlug(title)}.${extension}`);
}
