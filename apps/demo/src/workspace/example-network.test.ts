import { describe, expect, it } from 'vitest';
import { exampleWorkspaces, seedExamples } from './example-network.js';
import { migrateWorkspace } from './migrate.js';
import { createMemoryAdapter } from './persistence.js';
import { createSavedStore } from './saved-store.js';

describe('example network', () => {
  it('is the eleven Agder offices that finished the pilot, all marked as examples, all valid', () => {
    const examples = exampleWorkspaces();
    expect(examples.map((w) => w.name)).toEqual([
      'NAV Kvinesdal',
      'NAV Flekkefjord',
      'NAV Farsund',
      'NAV Vennesla',
      'NAV Froland',
      'NAV Arendal',
      'NAV Grimstad',
      'NAV Gjerstad',
      'NAV Bykle',
      'NAV Valle',
      'NAV Bygland',
    ]);
    for (const workspace of examples) {
      expect(workspace.example).toBe(true);
      expect(workspace.model.areas).toHaveLength(20);
      expect(migrateWorkspace(workspace).ok).toBe(true);
    }
    const arendal = examples.find((w) => w.id === 'example-arendal');
    expect(arendal?.followUpPlan.rows?.length).toBeGreaterThan(0);
    expect(Object.keys(arendal?.situationBoards ?? {})).toEqual(['6']);
  });

  it('seeds only what is missing, never over a reader’s edits', async () => {
    const store = createSavedStore({ adapter: createMemoryAdapter() });
    expect(await seedExamples(store)).toBe(11);
    await store.update('example-valle', (w) => ({ ...w, localWorkNotes: 'mine' }));
    await store.remove('example-bykle');
    expect(await seedExamples(store)).toBe(1);
    expect(store.get('example-valle')?.localWorkNotes).toBe('mine');
    expect(store.list()).toHaveLength(11);
  });
});
