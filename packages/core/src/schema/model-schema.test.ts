import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const index = fileURLToPath(new URL('../index.ts', import.meta.url));

/** The core modules a bundle that imports `names` from the package root really ships. */
async function shippedModules(names: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(index)};`, resolveDir: '.' },
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );
}

describe('the quick check for good data', () => {
  it('ships the valibot schema but no error text or error building', async () => {
    const modules = await shippedModules('quickParseModelData');
    expect(modules.some((path) => path.endsWith('schema/model-schema.ts'))).toBe(true);
    expect(modules.some((path) => path.includes('valibot'))).toBe(true);
    for (const lazy of [
      'schema/model.ts',
      'schema/errors.ts',
      'i18n/errors.ts',
      'i18n/localize.ts',
    ])
      expect(modules.filter((path) => path.endsWith(lazy))).toEqual([]);
  });

  it('leaves the localized errors to parseModelData', async () => {
    const modules = await shippedModules('parseModelData');
    expect(modules.some((path) => path.endsWith('i18n/errors.ts'))).toBe(true);
  });
});
