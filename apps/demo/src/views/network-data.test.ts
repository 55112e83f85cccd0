import { describe, expect, it } from 'vitest';
import { newWorkspace } from '../workspace/new-workspace.js';
import type { Workspace } from '../workspace/document.js';
import { changedModels, networkModels, stableData, withModelAreas } from './network-data.js';

const now = new Date('2026-12-04T12:00:00Z');
const own: Workspace = {
  ...newWorkspace({ name: 'NAV Solvik' }, 'nb', now),
  model: { title: 'Solvik', areas: [{ id: 3, status: 'strong', note: 'kept' }] },
};
const example: Workspace = {
  ...newWorkspace({ name: 'NAV Arendal' }, 'nb', now),
  example: true,
  model: { title: '', areas: [], extra: { kept: true } },
};

describe('the network of workspaces', () => {
  it('gives each model its workspace id and name, an example labelled in its title', () => {
    const models = networkModels([own, example], '{name} (eksempel)');
    expect(models.map((m) => [m.id, m.title])).toEqual([
      [own.id, 'NAV Solvik'],
      [example.id, 'NAV Arendal (eksempel)'],
    ]);
    expect(models[0]!.areas).toEqual(own.model.areas);
    expect(models[1]!['extra']).toEqual({ kept: true });
  });

  it('finds the workspaces whose statuses a matrix edit changed, by id, not by place', () => {
    const models = networkModels([own, example], '{name}');
    const edited = [
      models[1]!,
      { ...models[0]!, areas: [{ id: 3, status: 'improve' as const, note: 'kept' }] },
      { id: 'gone', areas: [{ id: 1, status: 'strong' as const }] },
    ];
    expect(changedModels([own, example], edited)).toEqual([
      { id: own.id, areas: [{ id: 3, status: 'improve', note: 'kept' }] },
    ]);
    expect(changedModels([own, example], models)).toEqual([]);
  });

  it('writes the statuses into the workspace and keeps the rest of its model', () => {
    const next = withModelAreas(example, [{ id: 1, status: 'strong' }]);
    expect(next.model).toEqual({
      title: '',
      areas: [{ id: 1, status: 'strong' }],
      extra: { kept: true },
    });
    expect(example.model.areas).toEqual([]);
  });
});

describe('stableData', () => {
  it('hands back the object given last while the widget holds the same data', () => {
    const data = stableData<{ n: number }>();
    const first = data.next({ n: 1 });
    expect(data.next({ n: 1 })).toBe(first);
    // The widget edits itself to n: 2; the store then says n: 2 too: no new object.
    data.heard({ n: 2 });
    expect(data.next({ n: 2 })).toBe(first);
    // A change from elsewhere gives the widget the new data.
    const third = data.next({ n: 3 });
    expect(third).toEqual({ n: 3 });
    expect(third).not.toBe(first);
  });

  it('gives the data again after heard(undefined) (a failed save)', () => {
    const data = stableData<{ n: number }>();
    const first = data.next({ n: 1 });
    data.heard(undefined);
    const again = data.next({ n: 1 });
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});
