import { describe, expect, it } from 'vitest';
import { compareWorkspaces } from './compare.js';
import { describeComparison, posterName } from './describe.js';
import type { Workspace } from './document.js';
import { newWorkspace } from './new-workspace.js';
import { createMemoryAdapter, keys } from './persistence.js';
import { createSavedStore } from './saved-store.js';

const base = (): Workspace => ({
  ...newWorkspace({ name: 'NAV Solvik' }, 'nb', new Date('2026-01-05T10:00:00Z')),
  id: 'solvik',
  model: {
    title: 'NAV Solvik',
    areas: [
      { id: 1, status: 'strong' },
      { id: 2, status: 'improve' },
    ],
  },
  assessmentCross: { worksWell: [{ id: 'n1', text: 'Korte veier' }], how: [] },
  followUpPlan: {
    rows: [
      { id: 'r1', what: 'Felles plan' },
      { id: 'r2', what: 'Møteplan' },
    ],
  },
});

describe('compareWorkspaces', () => {
  it('finds nothing between a workspace and its copy (save time aside)', () => {
    const a = base();
    const b = { ...structuredClone(a), updatedAt: '2030-01-01T00:00:00Z' };
    expect(compareWorkspaces(a, b)).toEqual({ same: true, details: [], posters: [] });
  });

  it('counts the model’s status changes and added areas, with their ids', () => {
    const a = base();
    const b: Workspace = {
      ...a,
      model: {
        ...a.model,
        areas: [
          { id: 1, status: 'strong' },
          { id: 2, status: 'strong' },
          { id: 7, status: 'improve', planned: true },
        ],
      },
    };
    expect(compareWorkspaces(a, b).posters).toEqual([
      { poster: 'model', unit: 'areas', added: 1, removed: 0, changed: 1, areas: [2, 7] },
    ]);
  });

  it('counts notes added and removed per board, and rows added, removed and changed', () => {
    const a = base();
    const b: Workspace = {
      ...a,
      assessmentCross: {
        worksWell: [],
        how: [
          { id: 'n2', text: 'Faste møter' },
          { id: 'n3', text: 'Felles mål' },
        ],
      },
      followUpPlan: {
        rows: [
          { id: 'r1', what: 'Felles plan', responsible: 'NAV-leder' },
          { id: 'r3', what: 'Ny rad' },
        ],
      },
      situationBoards: { '6': { area: 6, desired: [{ id: 'd1', text: 'Én plan' }] } },
    };
    const { posters } = compareWorkspaces(a, b);
    expect(posters).toEqual([
      { poster: 'followUpPlan', unit: 'rows', added: 1, removed: 1, changed: 1 },
      { poster: 'assessmentCross', unit: 'notes', added: 2, removed: 1, changed: 0 },
      { poster: 'situationBoards', area: '6', unit: 'notes', added: 1, removed: 0, changed: 0 },
    ]);
    expect(describeComparison(compareWorkspaces(a, b), 'nb')).toEqual([
      'Plan for oppfølging: 1 rad lagt til, 1 rad fjernet, 1 rad endret',
      'Vurderingskrysset: 2 lapper lagt til, 1 lapp fjernet',
      'Ønsket situasjon, barrierer og drivere for 6. Felles plan- og målstruktur: 1 lapp lagt til',
    ]);
    expect(describeComparison(compareWorkspaces(a, b), 'en')[1]).toBe(
      'The assessment cross: 2 notes added, 1 note removed',
    );
  });

  it("names a poster as the step views and print do, one area's board or plan by its area", () => {
    const board = { poster: 'situationBoards', area: '6', unit: 'notes' } as const;
    const plan = { poster: 'developmentPlans', area: '16', unit: 'fields' } as const;
    const counts = { added: 1, removed: 0, changed: 0 };
    expect(posterName({ ...board, ...counts }, 'nn')).toBe(
      'Ønskt situasjon, barrierar og drivarar for 6. Felles plan- og målstruktur',
    );
    expect(posterName({ ...plan, ...counts }, 'nb')).toBe(
      'Utviklingsplan for 16. Økonomisk handlingsrom',
    );
    // A key that is no area (a hand-edited file) is shown as it is, never as «NaN».
    expect(posterName({ ...plan, area: 'x', ...counts }, 'en')).toBe('Development plan for x');
    expect(posterName({ poster: 'model', unit: 'areas', ...counts }, 'nb')).toBe('Modellen');
    expect(posterName({ poster: 'helpsAndHinders', unit: 'notes', ...counts }, 'en')).toBe(
      'What helps, and what hinders?',
    );
  });

  it('notices a note moved to another column, matrix cells, wheel activities, details, notes', () => {
    const a = base();
    const b: Workspace = {
      ...a,
      name: 'NAV Solvik og Nes',
      owners: ['Rådmann'],
      assessmentCross: { worksWell: [], how: [{ id: 'n1', text: 'Korte veier' }] },
      expectationsRadmann: { preset: 'radmann', cells: [{ row: 'a', column: 'b', value: 'yes' }] },
      wheel: {
        ...a.wheel,
        activities: [{ id: 'w1', ring: 'r', title: 'Møte', start: '2026-03-01' }],
      },
      localWorkNotes: 'Vi har snakket med skolene.',
      model: { ...a.model, title: 'Ny tittel' },
    };
    const comparison = compareWorkspaces(a, b);
    expect(comparison.same).toBe(false);
    expect(comparison.details).toEqual(['name', 'owners']);
    expect(
      comparison.posters.map((p) => [p.poster, p.unit, p.added, p.removed, p.changed]),
    ).toEqual([
      ['model', 'text', 0, 0, 1],
      ['assessmentCross', 'notes', 0, 0, 1],
      ['expectationsRadmann', 'cells', 1, 0, 0],
      ['wheel', 'activities', 1, 0, 0],
      ['localWorkNotes', 'text', 0, 0, 1],
    ]);
    expect(describeComparison(comparison, 'nn')[0]).toBe('Opplysningar endra: namn, eigarar');
  });
});

describe('named versions', () => {
  async function open(adapter = createMemoryAdapter()) {
    let tick = Date.parse('2026-03-01T09:00:00Z');
    const store = createSavedStore({ adapter, now: () => new Date((tick += 60_000)) });
    await store.ready;
    return { store, adapter };
  }

  it('snapshots a workspace under a name and step, saved under its own key, newest first', async () => {
    const { store, adapter } = await open();
    await store.put(base());
    const first = await store.versions.create('solvik', { name: 'Samling 1', step: 'gathering-1' });
    await store.update('solvik', (w) => ({ ...w, localWorkNotes: 'notat' }));
    const second = await store.versions.create('solvik', { name: 'Etter lokalt arbeid' });
    expect(store.versions.list('solvik').map((v) => v.name)).toEqual([
      'Etter lokalt arbeid',
      'Samling 1',
    ]);
    expect(first).toMatchObject({ name: 'Samling 1', step: 'gathering-1', workspaceId: 'solvik' });
    expect(first.workspace.localWorkNotes).toBe('');
    expect(adapter.data.has(keys.version('solvik', first.id))).toBe(true);
    expect(adapter.data.has(keys.version('solvik', second.id))).toBe(true);

    const { store: reopened } = await open(adapter);
    expect(reopened.versions.list('solvik').map((v) => v.id)).toEqual([second.id, first.id]);
  });

  it('restores a version after keeping the current state as «Før gjenoppretting» (undoable)', async () => {
    const { store } = await open();
    await store.put(base());
    const gathering = await store.versions.create('solvik', { name: 'Samling 1' });
    await store.update('solvik', (w) => ({ ...w, localWorkNotes: 'etterpå' }));

    const before = await store.versions.restore('solvik', gathering.id, 'Før gjenoppretting');
    expect(store.get('solvik')?.localWorkNotes).toBe('');
    expect(before.name).toBe('Før gjenoppretting');
    expect(before.workspace.localWorkNotes).toBe('etterpå');
    expect(compareWorkspaces(gathering.workspace, store.get('solvik')!).same).toBe(true);

    // Undo: restore the snapshot the restore made.
    await store.versions.restore('solvik', before.id, 'Før gjenoppretting');
    expect(store.get('solvik')?.localWorkNotes).toBe('etterpå');
    expect(store.versions.list('solvik')).toHaveLength(3);
  });

  it('deletes a version; a deleted workspace keeps its versions for an undo, until removeAll', async () => {
    const { store, adapter } = await open();
    await store.put(base());
    const one = await store.versions.create('solvik', { name: 'En' });
    await store.versions.create('solvik', { name: 'To' });
    await store.versions.remove('solvik', one.id);
    expect(store.versions.list('solvik').map((v) => v.name)).toEqual(['To']);
    const workspace = store.get('solvik')!;
    await store.remove('solvik');
    await store.put(workspace); // the home page's undo
    expect(store.versions.list('solvik').map((v) => v.name)).toEqual(['To']);
    await store.versions.removeAll('solvik');
    expect(store.versions.list('solvik')).toEqual([]);
    expect([...adapter.data.keys()].filter((k) => k.startsWith('version:'))).toEqual([]);
  });
});
