import { describe, expect, it } from 'vitest';
import { newWorkspace } from './new-workspace.js';
import { createMemoryAdapter } from './persistence.js';
import { createSavedStore, type SafeWorkspaceStore } from './saved-store.js';
import { settleSaves } from './settle.js';

async function open() {
  const adapter = createMemoryAdapter();
  const store = createSavedStore({ adapter });
  await store.ready;
  const workspace = { ...newWorkspace({ name: 'NAV Solvik' }, 'nb'), id: 'solvik' };
  await store.put(workspace);
  return { adapter, store };
}

describe('settleSaves', () => {
  it('waits for a write in flight, then says all is saved', async () => {
    const { store } = await open();
    const write = store.update('solvik', (w) => ({ ...w, localWorkNotes: 'notat' }));
    expect(store.saveState('solvik')).toBe('saving');
    const settled = settleSaves(store);
    await write;
    expect(await settled).toBe(true);
  });

  it('says not saved when a write failed (the page must stay)', async () => {
    const { store, adapter } = await open();
    adapter.failWrites(new Error('quota'));
    const write = store.update('solvik', (w) => ({ ...w, localWorkNotes: 'notat' }));
    expect(await settleSaves(store)).toBe(false);
    await write;
    expect(store.saveState('solvik')).toBe('failed');
  });

  it('gives up after the timeout while a write hangs', async () => {
    // A store whose one write never ends (a database that stopped answering).
    const hanging = {
      list: () => [{ id: 'solvik' }],
      saveState: () => 'saving',
      subscribe: () => () => undefined,
    } as unknown as SafeWorkspaceStore;
    expect(await settleSaves(hanging, 20)).toBe(false);
  });
});
