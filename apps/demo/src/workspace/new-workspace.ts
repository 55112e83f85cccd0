// A new, empty workspace: every poster present and empty, the matrices on their presets, so each
// step opens on the paper form's empty template.
import type { Lang } from '@mulighetsrom/core';
import { SCHEMA_VERSION, type Workspace } from './document.js';

export interface NewWorkspace {
  name: string;
  office?: string;
  municipality?: string;
  year?: number;
  owners?: string[];
  participants?: string[];
}

/** Lower-case ASCII letters, digits and dashes of a name («NAV Ålesund» → «nav-alesund»). */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A readable, unique id: the name's letters, then a random suffix. */
export function workspaceId(name: string): string {
  const slug = slugify(name).slice(0, 40);
  return `${slug || 'workspace'}-${crypto.randomUUID().slice(0, 8)}`;
}

export function newWorkspace(init: NewWorkspace, lang: Lang, now = new Date()): Workspace {
  void lang; // the widgets bring their own texts; kept for titles in the reader's language later
  const stamp = now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id: workspaceId(init.name),
    name: init.name,
    office: init.office ?? init.name,
    municipality: init.municipality ?? '',
    owners: init.owners ?? [],
    participants: init.participants ?? [],
    year: init.year ?? now.getFullYear(),
    createdAt: stamp,
    updatedAt: stamp,
    workPlan: { rows: [] },
    assessmentCross: { office: init.name },
    expectationsRadmann: { preset: 'radmann' },
    expectationsFylkesdirektor: { preset: 'fylkesdirektor' },
    followUpPlan: { rows: [] },
    localWorkNotes: '',
    model: { title: init.name, areas: [] },
    situationBoards: {},
    developmentPlans: {},
    businessPlan: { rows: [] },
    helpsAndHinders: {},
    ideas: {},
    nextSteps: { rows: [] },
    wheel: { year: init.year ?? now.getFullYear(), rings: [], activities: [] },
  };
}
