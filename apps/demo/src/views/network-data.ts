// The facilitator's network from the workspaces' own models: what the compare view and the
// derived network-status matrix get, and a matrix edit written back as the model of the
// workspace it belongs to. Pure: the view (network.ts) does the store calls.
import { format, type ModelAreaEntry, type ModelDocument } from '@mulighetsrom/core';
import type { Workspace } from '../workspace/document.js';

/**
 * One model document per workspace, in the given order: the workspace's model with the
 * workspace id as its `id` (the matrix's row id) and the workspace name as its title, an
 * example's name with `exampleTitle` («{name} (eksempel)») so the label is in the widgets too.
 */
export function networkModels(
  workspaces: readonly Workspace[],
  exampleTitle: string,
): ModelDocument[] {
  return workspaces.map((workspace) => ({
    ...workspace.model,
    id: workspace.id,
    title: workspace.example ? format(exampleTitle, { name: workspace.name }) : workspace.name,
  }));
}

/** The statuses a matrix edit gave each workspace, for those whose statuses it changed. */
export function changedModels(
  workspaces: readonly Workspace[],
  models: readonly ModelDocument[],
): { id: string; areas: ModelAreaEntry[] }[] {
  const byId = new Map(workspaces.map((workspace) => [workspace.id, workspace]));
  const changes: { id: string; areas: ModelAreaEntry[] }[] = [];
  for (const model of models) {
    const workspace = typeof model.id === 'string' ? byId.get(model.id) : undefined;
    if (!workspace) continue;
    const areas = model.areas ?? [];
    if (JSON.stringify(areas) !== JSON.stringify(workspace.model.areas ?? []))
      changes.push({ id: workspace.id, areas });
  }
  return changes;
}

/** A workspace with its model's statuses replaced (the rest of the model kept). */
export function withModelAreas(workspace: Workspace, areas: ModelAreaEntry[]): Workspace {
  return { ...workspace, model: { ...workspace.model, areas } };
}

/**
 * What to hand an editable widget as `.data`, so that a redraw after its own edit does not set
 * its data again (which would start its undo history over): `next(fresh)` returns the object
 * given last while `fresh` equals what the widget is known to hold, and `heard(value)` records
 * the value of the widget's own change event.
 */
export function stableData<T>(): { next(fresh: T): T; heard(value: unknown): void } {
  let given: T | undefined;
  let known = '';
  return {
    next(fresh) {
      const text = JSON.stringify(fresh);
      if (given !== undefined && text === known) return given;
      given = fresh;
      known = text;
      return fresh;
    },
    heard(value) {
      known = JSON.stringify(value);
    },
  };
}
