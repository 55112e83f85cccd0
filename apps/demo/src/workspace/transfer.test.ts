import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Workspace } from './document.js';
import { exampleWorkspaces } from './example-network.js';
import { migrateErrorText } from './migrate.js';
import { createMemoryAdapter } from './persistence.js';
import { createSavedStore } from './saved-store.js';
import {
  applyImport,
  exportFile,
  exportFileName,
  exportText,
  parseImport,
  previewImport,
} from './transfer.js';

const now = new Date('2026-12-04T12:00:00Z');

async function storeWith(workspaces: Workspace[]) {
  const store = createSavedStore({ adapter: createMemoryAdapter() });
  await store.ready;
  for (const workspace of workspaces) await store.put(workspace);
  return store;
}

describe('export and import', () => {
  it('export → import gives back exactly the same workspaces', () => {
    const network = exampleWorkspaces(now);
    const file = exportFile(network, 'network', now);
    expect(file).toMatchObject({
      app: 'mulighetsrom',
      kind: 'network',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: now.toISOString(),
    });
    const parsed = parseImport(exportText(file));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.file).toEqual(file);
    expect(exportFileName(file, 'NAV Ålesund')).toBe('mulighetsrom-nav-alesund-2026-12-04.json');
  });

  it('previews what it adds, replaces (with what changes) and what is already the same', async () => {
    const [arendal, bykle, valle] = exampleWorkspaces(now).filter((w) =>
      ['example-arendal', 'example-bykle', 'example-valle'].includes(w.id),
    );
    const store = await storeWith([arendal!, bykle!]);
    const edited: Workspace = {
      ...arendal!,
      updatedAt: '2026-12-05T00:00:00Z',
      followUpPlan: { rows: [...(arendal!.followUpPlan.rows ?? []), { id: 'new', what: 'Ny' }] },
    };
    const file = exportFile([edited, store.get(bykle!.id)!, valle!], 'network', now);
    const parsed = parseImport(exportText(file));
    if (!parsed.ok) throw new Error('parse');
    const preview = previewImport(parsed.file, store);
    expect(preview.adds.map((w) => w.id)).toEqual(['example-valle']);
    expect(preview.unchanged.map((w) => w.id)).toEqual(['example-bykle']);
    expect(preview.replaces.map((r) => [r.incoming.id, r.comparison.posters])).toEqual([
      [
        'example-arendal',
        [{ poster: 'followUpPlan', unit: 'rows', added: 1, removed: 0, changed: 0 }],
      ],
    ]);
    // Nothing is written by the preview.
    expect(store.get('example-valle')).toBeUndefined();
    expect(store.get('example-arendal')).toEqual(arendal);

    expect(await applyImport(preview, store)).toBe(2);
    expect(store.get('example-valle')).toEqual(valle);
    expect(store.get('example-arendal')).toEqual(edited);
  });

  it('refuses a broken or foreign file with a localized reason', () => {
    const good = exportFile(exampleWorkspaces(now).slice(0, 2), 'network', now);
    const cases: [string, string, RegExp][] = [
      ['{"app": "mulighetsrom", ', 'notJson', /ikke JSON/],
      [JSON.stringify({ name: 'package', version: '1.0.0' }), 'foreignFile', /ikke en eksport/],
      [JSON.stringify([1, 2]), 'foreignFile', /ikke en eksport/],
      [
        JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION + 1 }),
        'newerSchema',
        /nyere versjon/,
      ],
      [JSON.stringify({ ...good, schemaVersion: 'one' }), 'badSchemaVersion', /Skjemaversjonen/],
      [JSON.stringify({ ...good, workspaces: [] }), 'emptyFile', /ingen arbeidsflater/],
      [
        JSON.stringify({
          ...good,
          workspaces: [good.workspaces[0], { ...good.workspaces[1], year: 'i fjor' }],
        }),
        'invalidWorkspace',
        /^Arbeidsflate 2 i fila: Arbeidsflaten har feil\. \$\.year: /,
      ],
      [
        JSON.stringify({ ...good, workspaces: [good.workspaces[0], good.workspaces[0]] }),
        'duplicateId',
        /samme id/,
      ],
    ];
    for (const [text, key, message] of cases) {
      const parsed = parseImport(text);
      expect(parsed.ok, key).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.error.key).toBe(key);
      expect(migrateErrorText(parsed.error, 'nb')).toMatch(message);
      expect(migrateErrorText(parsed.error, 'en')).not.toBe(migrateErrorText(parsed.error, 'nb'));
    }
  });

  it('migrates older workspaces in a file', () => {
    const [first] = exampleWorkspaces(now);
    const { schemaVersion: _, ...old } = first!;
    const parsed = parseImport(
      JSON.stringify({ ...exportFile([], 'workspace', now), workspaces: [old] }),
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.file.workspaces).toEqual([first]);
  });
});
