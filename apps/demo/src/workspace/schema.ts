// The saved shape of a workspace, checked when anything comes in from outside this tab's memory
// (IndexedDB at start, another tab's save, an imported file, a restored version). The widgets'
// own documents are checked loosely as objects here: each widget validates its part itself and
// shows its own localized errors. Unknown fields are kept everywhere (looseObject).
import * as v from 'valibot';
import { plainObject, toDataErrors, type DataError } from '@mulighetsrom/core';
import { SCHEMA_VERSION, type Workspace } from './document.js';

const text = v.string();
// plainObject: a loose object that is not an array (valibot's looseObject takes arrays).
const poster = plainObject({});
const posters = v.record(v.string(), poster);

const developmentPlan = plainObject({
  why: v.optional(text),
  what: v.optional(text),
  how: v.optional(text),
  involve: v.optional(text),
  responsible: v.optional(text),
  evaluate: v.optional(text),
});

export const WorkspaceSchema = plainObject({
  schemaVersion: v.literal(SCHEMA_VERSION),
  id: v.pipe(text, v.nonEmpty()),
  name: text,
  office: text,
  municipality: text,
  owners: v.array(text),
  participants: v.array(text),
  year: v.pipe(v.number(), v.integer()),
  example: v.optional(v.boolean()),
  createdAt: text,
  updatedAt: text,
  workPlan: poster,
  assessmentCross: poster,
  expectationsRadmann: poster,
  expectationsFylkesdirektor: poster,
  followUpPlan: poster,
  localWorkNotes: text,
  model: poster,
  situationBoards: posters,
  developmentPlans: v.record(v.string(), developmentPlan),
  businessPlan: poster,
  helpsAndHinders: poster,
  ideas: poster,
  nextSteps: poster,
  wheel: poster,
});

export type CheckedWorkspace =
  { ok: true; workspace: Workspace } | { ok: false; errors: DataError[] };

/** Checks a workspace of the current schema version; errors are localized, with their paths. */
export function checkWorkspace(input: unknown): CheckedWorkspace {
  const result = v.safeParse(WorkspaceSchema, input);
  if (result.success) return { ok: true, workspace: result.output as Workspace };
  return { ok: false, errors: toDataErrors(result.issues) };
}
