import { describe, expect, it } from 'vitest';
import { newWorkspace } from './new-workspace.js';
import { memoryJournal } from './journal.js';
import { localLocks, type TabLocks } from './tabs.js';
import { createMemoryAdapter, keys } from './persistence.js';
import { createSavedStore, type SavedStoreOptions } from './saved-store.js';
import { channelBus, settle, sharedLocks } from './test-helpers.js';
import type { AreaStatus } from '@mulighetsrom/core';
import type { Workspace } from './document.js';

const solvik = () => newWorkspace({ name: 'NAV Solvik' }, 'nb', new Date('2026-01-05T10:00:00Z'));

async function open(options: Partial<SavedStoreOptions> & Pick<SavedStoreOptions, 'adapter'>) {
  const store = createSavedStore(options);
  await store.ready;
  return store;
}

const rate5 =
  (status: AreaStatus) =>
  (w: Workspace): Workspace => ({
    ...w,
    model: { ...w.model, areas: [{ id: 5, status }] },
  });

describe('saved store', () => {
  it('saves every change under the workspace’s own key; a new store reads it all back', async () => {
    const adapter = createMemoryAdapter();
    const store = await open({ adapter });
    const workspace = solvik();
    await store.put(workspace);
    const updated = await store.update(workspace.id, rate5('strong'));
    // The promise resolved after the write: the adapter has this very copy.
    expect(
      (adapter.data.get(keys.workspace(workspace.id)) as { workspace: Workspace }).workspace,
    ).toEqual(updated);
    expect(store.saveState(workspace.id)).toBe('saved');

    const reopened = await open({ adapter });
    expect(reopened.get(workspace.id)).toEqual(updated);
    expect(reopened.list()).toEqual([
      { id: workspace.id, name: 'NAV Solvik', example: false, updatedAt: updated.updatedAt },
    ]);
  });

  it('keeps a change in memory when the write fails, reports it, and retry() saves it', async () => {
    const adapter = createMemoryAdapter();
    const store = await open({ adapter });
    const workspace = solvik();
    await store.put(workspace);
    const heard: string[] = [];
    store.onProblem((problem) => heard.push(problem.kind));
    adapter.failWrites(new Error('QuotaExceededError'));
    await store.update(workspace.id, rate5('strong'));
    expect(store.get(workspace.id)?.model.areas).toEqual([{ id: 5, status: 'strong' }]);
    expect(store.saveState(workspace.id)).toBe('failed');
    expect(store.problems()).toMatchObject([{ kind: 'write-failed', id: workspace.id }]);
    expect(heard).toEqual(['write-failed']);
    const saved = adapter.data.get(keys.workspace(workspace.id)) as { workspace: Workspace };
    expect(saved.workspace.model.areas).toEqual([]);

    adapter.failWrites(undefined);
    await store.retry(workspace.id);
    expect(store.saveState(workspace.id)).toBe('saved');
    expect(store.problems()).toEqual([]);
    const now = adapter.data.get(keys.workspace(workspace.id)) as { workspace: Workspace };
    expect(now.workspace.model.areas).toEqual([{ id: 5, status: 'strong' }]);
  });

  it('leaves a saved workspace it cannot read untouched and reports it', async () => {
    const bad = { revision: 3, workspace: { ...solvik(), schemaVersion: 99 } };
    const adapter = createMemoryAdapter([['workspace:bad', bad]]);
    const store = await open({ adapter });
    expect(store.get('bad')).toBeUndefined();
    expect(store.problems()).toMatchObject([{ kind: 'unreadable', id: 'bad' }]);
    expect(adapter.data.get('workspace:bad')).toEqual(bad);
  });

  it('still starts when the database cannot be read', async () => {
    const adapter = createMemoryAdapter();
    adapter.entries = () => Promise.reject(new Error('blocked'));
    const store = await open({ adapter });
    expect(store.list()).toEqual([]);
    expect(store.problems()).toMatchObject([{ kind: 'load-failed' }]);
  });

  it('brings a saved workspace of an older schema up to date when reading it', async () => {
    const { schemaVersion: _, ...old } = solvik();
    const adapter = createMemoryAdapter([
      [keys.workspace(old.id), { revision: 1, workspace: old }],
    ]);
    const store = await open({ adapter });
    expect(store.get(old.id)?.schemaVersion).toBe(1);
  });
});

describe('two tabs', () => {
  async function twoTabs(withChannel = true) {
    const adapter = createMemoryAdapter();
    const bus = channelBus();
    const locks = sharedLocks();
    const a = await open({
      adapter,
      locks,
      tab: 'A',
      ...(withChannel ? { channel: bus.channel() } : {}),
    });
    const workspace = solvik();
    await a.put(workspace);
    const b = await open({
      adapter,
      locks,
      tab: 'B',
      ...(withChannel ? { channel: bus.channel() } : {}),
    });
    return { adapter, bus, a, b, id: workspace.id };
  }
  const savedCopy = (adapter: ReturnType<typeof createMemoryAdapter>, id: string) =>
    adapter.data.get(keys.workspace(id)) as { revision: number; workspace: Workspace };

  it('tells the other tab of each save (id + revision); a tab without changes follows', async () => {
    const { adapter, bus, a, b, id } = await twoTabs();
    const heard: string[] = [];
    b.subscribe((changed) => heard.push(changed));
    await a.update(id, rate5('strong'));
    expect(bus.sent.at(-1)).toEqual({ type: 'saved', id, revision: 2, tab: 'A' });
    await settle();
    expect(b.get(id)?.model.areas).toEqual([{ id: 5, status: 'strong' }]);
    expect(heard).toContain(id);
    expect(b.conflicts()).toEqual([]);
    expect(savedCopy(adapter, id).revision).toBe(2);
  });

  it('a tab with changes on an older copy enters a conflict and overwrites nothing', async () => {
    const { adapter, a, b, id } = await twoTabs();
    // Both tabs edit at once: A's write lands first, B's is refused by the compare-and-set.
    await Promise.all([a.update(id, rate5('strong')), b.update(id, rate5('improve'))]);
    await settle();
    expect(savedCopy(adapter, id).workspace.model.areas).toEqual([{ id: 5, status: 'strong' }]);
    expect(b.saveState(id)).toBe('conflict');
    expect(b.conflicts()).toMatchObject([{ id, savedRevision: 2 }]);
    const [conflict] = b.conflicts();
    expect(conflict?.mine.model.areas).toEqual([{ id: 5, status: 'improve' }]);
    expect(conflict?.saved?.model.areas).toEqual([{ id: 5, status: 'strong' }]);
    // B keeps editing: still nothing written while the conflict stands.
    await b.update(id, (w) => ({ ...w, localWorkNotes: 'notat' }));
    expect(savedCopy(adapter, id).workspace.localWorkNotes).toBe('');
    expect(a.conflicts()).toEqual([]);
  });

  it('reload takes the saved copy and keeps this tab’s copy as a named version', async () => {
    const { adapter, a, b, id } = await twoTabs();
    await Promise.all([a.update(id, rate5('strong')), b.update(id, rate5('improve'))]);
    await settle();
    await b.resolveConflict(id, 'reload', 'Endringer fra en annen fane');
    expect(b.conflicts()).toEqual([]);
    expect(b.get(id)?.model.areas).toEqual([{ id: 5, status: 'strong' }]);
    expect(b.saveState(id)).toBe('saved');
    const [kept] = b.versions.list(id);
    expect(kept?.name).toBe('Endringer fra en annen fane');
    expect(kept?.workspace.model.areas).toEqual([{ id: 5, status: 'improve' }]);
    expect(savedCopy(adapter, id).workspace.model.areas).toEqual([{ id: 5, status: 'strong' }]);
    await settle();
    expect(a.versions.list(id)).toHaveLength(1); // the other tab hears of the new version
  });

  it('take over writes this tab’s copy; the other tab (without changes) follows', async () => {
    const { adapter, a, b, id } = await twoTabs();
    await Promise.all([a.update(id, rate5('strong')), b.update(id, rate5('improve'))]);
    await settle();
    await b.resolveConflict(id, 'take-over');
    expect(savedCopy(adapter, id)).toMatchObject({ revision: 3 });
    expect(savedCopy(adapter, id).workspace.model.areas).toEqual([{ id: 5, status: 'improve' }]);
    await settle();
    expect(a.get(id)?.model.areas).toEqual([{ id: 5, status: 'improve' }]);
    expect(a.conflicts()).toEqual([]);
    expect(b.saveState(id)).toBe('saved');
  });

  it('without a channel, the compare-and-set still refuses a stale copy', async () => {
    const { adapter, a, b, id } = await twoTabs(false);
    await a.update(id, rate5('strong'));
    await b.update(id, rate5('improve'));
    expect(savedCopy(adapter, id).workspace.model.areas).toEqual([{ id: 5, status: 'strong' }]);
    expect(b.conflicts()).toMatchObject([{ id, savedRevision: 2 }]);
  });

  it('refresh() lets a tab without a channel follow a newer saved copy', async () => {
    const { a, b, id } = await twoTabs(false);
    await a.update(id, rate5('strong'));
    expect(b.get(id)?.model.areas).toEqual([]);
    await b.refresh();
    expect(b.get(id)?.model.areas).toEqual([{ id: 5, status: 'strong' }]);
  });

  it('a workspace deleted in one tab while the other has changes is a conflict there', async () => {
    const { a, b, id } = await twoTabs();
    await b.update(id, rate5('improve')); // saved (revision 2); A follows
    await settle();
    const removing = b.remove(id); // B deletes (its copy is current, so it may) …
    await a.update(id, rate5('strong')); // … while A has a change on the old copy
    await removing;
    await settle();
    expect(b.get(id)).toBeUndefined();
    expect(a.conflicts()).toMatchObject([{ id, saved: undefined }]);
    await a.resolveConflict(id, 'take-over');
    await settle();
    expect(b.get(id)?.model.areas).toEqual([{ id: 5, status: 'strong' }]);
  });

  it('a deletion in another tab removes the workspace from a tab without changes', async () => {
    const { a, b, id } = await twoTabs();
    await a.remove(id);
    await settle();
    expect(b.get(id)).toBeUndefined();
    expect(b.list()).toEqual([]);
  });
});

describe('a tab closed before its write landed', () => {
  /** An adapter whose writes never finish (the page went away mid-write). */
  function stalled(adapter: ReturnType<typeof createMemoryAdapter>) {
    return { ...adapter, update: () => new Promise<void>(() => {}) };
  }

  it('leaves its change in the journal, and the next start writes it', async () => {
    const adapter = createMemoryAdapter();
    const journal = memoryJournal();
    const first = await open({ adapter, journal, tab: 'A' });
    const workspace = solvik();
    await first.put(workspace);
    expect(journal.data.size).toBe(0); // written: nothing left in the journal

    const closing = await open({ adapter: stalled(adapter), journal, tab: 'B' });
    void closing.update(workspace.id, rate5('strong'));
    expect(journal.entries()).toMatchObject([{ tab: 'B', id: workspace.id, base: 1 }]);

    const next = await open({ adapter, journal, tab: 'C' });
    expect(next.get(workspace.id)?.model.areas).toEqual([{ id: 5, status: 'strong' }]);
    expect((adapter.data.get(keys.workspace(workspace.id)) as { revision: number }).revision).toBe(
      2,
    );
    expect(journal.data.size).toBe(0);
  });

  it('keeps the change as a named version when the saved copy moved on meanwhile', async () => {
    const adapter = createMemoryAdapter();
    const journal = memoryJournal();
    const first = await open({ adapter, journal, tab: 'A' });
    const workspace = solvik();
    await first.put(workspace);
    const closing = await open({ adapter: stalled(adapter), journal, tab: 'B' });
    void closing.update(workspace.id, rate5('strong'));
    await first.update(workspace.id, rate5('improve')); // A saves on (revision 2)

    const next = await open({ adapter, journal, tab: 'C', recoveredName: 'Ulagrede endringer' });
    expect(next.get(workspace.id)?.model.areas).toEqual([{ id: 5, status: 'improve' }]);
    const [kept] = next.versions.list(workspace.id);
    expect(kept?.name).toBe('Ulagrede endringer');
    expect(kept?.workspace.model.areas).toEqual([{ id: 5, status: 'strong' }]);
    expect(journal.data.size).toBe(0);
  });

  it('leaves an open tab’s journal to that tab: no «closed tab» version of it', async () => {
    const adapter = createMemoryAdapter();
    const journal = memoryJournal();
    // One lock table for the simulated browser: a tab holds its lock until it «closes».
    const open_ = new Set<string>();
    const locks = (): TabLocks => ({
      ...localLocks(),
      holdWhileOpen: (name) => void open_.add(name),
      isHeld: async (name) => open_.has(name),
    });
    const first = await open({ adapter, journal, tab: 'A', locks: locks() });
    const workspace = solvik();
    await first.put(workspace);
    await first.update(workspace.id, rate5('improve')); // revision 2
    const busy = await open({ adapter: stalled(adapter), journal, tab: 'B', locks: locks() });
    void busy.update(workspace.id, rate5('strong')); // B's write hangs: its copy is journalled

    const next = await open({ adapter, journal, tab: 'C', locks: locks(), recoveredName: 'x' });
    // B is open: its change is its own to write; nothing is written or kept for it.
    expect(next.versions.list(workspace.id)).toEqual([]);
    expect(next.get(workspace.id)?.model.areas).toEqual([{ id: 5, status: 'improve' }]);
    expect(journal.entries()).toMatchObject([{ tab: 'B' }]);

    open_.delete('tab:B'); // B closes with its write unfinished: the next start writes it
    const later = await open({ adapter, journal, tab: 'D', locks: locks(), recoveredName: 'x' });
    expect(later.get(workspace.id)?.model.areas).toEqual([{ id: 5, status: 'strong' }]);
    expect(journal.data.size).toBe(0);
  });

  it('a write that failed stays in the journal until it is written', async () => {
    const adapter = createMemoryAdapter();
    const journal = memoryJournal();
    const store = await open({ adapter, journal, tab: 'A' });
    const workspace = solvik();
    await store.put(workspace);
    adapter.failWrites(new Error('full'));
    await store.update(workspace.id, rate5('strong'));
    expect(journal.data.size).toBe(1);
    adapter.failWrites(undefined);
    await store.retry(workspace.id);
    expect(journal.data.size).toBe(0);
  });

  it('a live tab whose journal a new tab wrote takes the saved copy as its own (no conflict)', async () => {
    const adapter = createMemoryAdapter();
    const journal = memoryJournal();
    const bus = channelBus();
    // A's write is slow (no Web Locks here, so nothing makes the new tab wait for it).
    let land = () => {};
    const slow = {
      ...adapter,
      update: (key: string, change: (old: unknown) => unknown) =>
        new Promise<void>((done) => (land = () => void adapter.update(key, change).then(done))),
    };
    const workspace = solvik();
    await adapter.set(keys.workspace(workspace.id), { revision: 1, workspace });
    const a = await open({ adapter: slow, journal, tab: 'A', channel: bus.channel() });
    const pending = a.update(workspace.id, rate5('strong'));
    await settle();
    const b = await open({ adapter, journal, tab: 'B', channel: bus.channel() });
    expect(b.get(workspace.id)?.model.areas).toEqual([{ id: 5, status: 'strong' }]);
    land();
    await pending;
    await settle();
    expect(a.conflicts()).toEqual([]);
    expect(a.saveState(workspace.id)).toBe('saved');
    expect((adapter.data.get(keys.workspace(workspace.id)) as { revision: number }).revision).toBe(
      2,
    );
    expect(journal.data.size).toBe(0);
  });
});

describe('a copy another tab saved that this tab cannot read', () => {
  it('is neither taken nor treated as a deletion', async () => {
    const adapter = createMemoryAdapter();
    const bus = channelBus();
    const a = await open({ adapter, tab: 'A', channel: bus.channel() });
    const workspace = solvik();
    await a.put(workspace);
    // A newer version of the app saves the workspace in another tab.
    await adapter.set(keys.workspace(workspace.id), {
      revision: 2,
      workspace: { ...workspace, schemaVersion: 99 },
    });
    bus.channel().post({ type: 'saved', id: workspace.id, revision: 2, tab: 'N' });
    await settle();
    expect(a.get(workspace.id)).toEqual(workspace);
    expect(a.problems()).toMatchObject([{ kind: 'unreadable', id: workspace.id }]);
    await a.update(workspace.id, rate5('strong'));
    expect(a.saveState(workspace.id)).toBe('conflict');
    expect(a.conflicts()).toMatchObject([{ id: workspace.id, unreadable: true }]);
    await a.resolveConflict(workspace.id, 'take-over'); // refused: never over what it cannot read
    expect(adapter.data.get(keys.workspace(workspace.id))).toMatchObject({
      revision: 2,
      workspace: { schemaVersion: 99 },
    });
  });
});
