import { describe, expect, it } from 'vitest';
import { createIdbAdapter } from './idb-adapter.js';
import { createSavedStore } from './saved-store.js';
import { newWorkspace } from './new-workspace.js';

describe('IndexedDB adapter without IndexedDB (Node, some private modes)', () => {
  it('rejects each call instead of throwing; the store reports it and keeps working in memory', async () => {
    const adapter = createIdbAdapter();
    await expect(adapter.get('x')).rejects.toThrow(/IndexedDB/);
    const store = createSavedStore({ adapter });
    await store.ready;
    expect(store.problems()).toMatchObject([{ kind: 'load-failed' }]);
    const workspace = newWorkspace({ name: 'NAV Solvik' }, 'nb');
    await store.put(workspace);
    expect(store.get(workspace.id)).toEqual(workspace);
    expect(store.saveState(workspace.id)).toBe('failed');
  });
});
