// What changed between two copies of one workspace, poster by poster, counted in the units the
// posters have (the model's areas, a board's notes, a plan's rows, a matrix's cells, the wheel's
// activities). Pure: used by named versions (a version against now) and by the import preview
// (the file's copy against the saved one).
import type { Workspace } from './document.js';

/** The workspace's own details (name, people, year). */
export const DETAIL_FIELDS = [
  'name',
  'office',
  'municipality',
  'owners',
  'participants',
  'year',
] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

const PLANS = ['workPlan', 'followUpPlan', 'businessPlan', 'nextSteps'] as const;
const BOARDS = ['assessmentCross', 'helpsAndHinders', 'ideas'] as const;
const MATRICES = ['expectationsRadmann', 'expectationsFylkesdirektor'] as const;

export type PosterKey =
  | (typeof PLANS)[number]
  | (typeof BOARDS)[number]
  | (typeof MATRICES)[number]
  | 'model'
  | 'wheel'
  | 'localWorkNotes'
  | 'situationBoards'
  | 'developmentPlans';

/** What a poster's changes are counted in. */
export type ChangeUnit = 'areas' | 'notes' | 'rows' | 'cells' | 'activities' | 'fields' | 'text';

export interface PosterChange {
  readonly poster: PosterKey;
  /** The area a situation board or development plan belongs to (its key). */
  readonly area?: string;
  readonly unit: ChangeUnit;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  /** The model: the ids of the areas whose entry changed, was added or removed. */
  readonly areas?: readonly number[];
}

export interface WorkspaceComparison {
  /** True when nothing but the save time differs. */
  readonly same: boolean;
  readonly details: readonly DetailField[];
  readonly posters: readonly PosterChange[];
}

/** JSON with sorted keys: two copies that differ only in key order are the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const fields = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const equal = (a: unknown, b: unknown) => canonical(a) === canonical(b);

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const asList = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.map(asRecord) : [];

interface Counts {
  added: number;
  removed: number;
  changed: number;
  keys: string[];
}

/** Items of two lists matched by key: how many were added, removed and changed. */
function diffBy(before: Map<string, unknown>, after: Map<string, unknown>): Counts {
  const counts: Counts = { added: 0, removed: 0, changed: 0, keys: [] };
  for (const [key, item] of after) {
    if (!before.has(key)) counts.added += 1;
    else if (!equal(before.get(key), item)) counts.changed += 1;
    else continue;
    counts.keys.push(key);
  }
  for (const key of before.keys()) {
    if (after.has(key)) continue;
    counts.removed += 1;
    counts.keys.push(key);
  }
  return counts;
}

const byKey = (
  items: Record<string, unknown>[],
  key: (item: Record<string, unknown>, i: number) => string,
) => new Map(items.map((item, i) => [key(item, i), item]));

const idOr = (item: Record<string, unknown>, i: number) =>
  typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : `#${i}`;

/** A board's notes: every list of notes in the document, each note keyed by its id. */
function notesOf(board: unknown): Map<string, unknown> {
  const notes = new Map<string, unknown>();
  for (const [column, value] of Object.entries(asRecord(board))) {
    if (!Array.isArray(value)) continue;
    asList(value).forEach((note, i) => notes.set(idOr(note, i), { column, ...note }));
  }
  return notes;
}

const rowsOf = (plan: unknown) => byKey(asList(asRecord(plan).rows), idOr);
const cellsOf = (matrix: unknown) =>
  byKey(
    asList(asRecord(matrix).cells),
    (cell) => `${String(cell.row)}\u0000${String(cell.column)}`,
  );
const activitiesOf = (wheel: unknown) => byKey(asList(asRecord(wheel).activities), idOr);
const areasOf = (model: unknown) => byKey(asList(asRecord(model).areas), idOr);

/** Everything in a poster that the counted items do not cover (titles, sections, rings …). */
function restOf(poster: unknown, counted: readonly string[]): unknown {
  const rest = { ...asRecord(poster) };
  for (const key of counted) delete rest[key];
  return rest;
}

function posterChange(
  poster: PosterKey,
  unit: ChangeUnit,
  counts: Counts,
  restChanged: boolean,
  area?: string,
): PosterChange | undefined {
  const { added, removed, changed } = counts;
  const counted = added + removed + changed;
  if (counted === 0 && !restChanged) return undefined;
  const place = area === undefined ? {} : { area };
  // Only something outside the counted items changed (e.g. a title): one change of its text.
  if (counted === 0) return { poster, ...place, unit: 'text', added: 0, removed: 0, changed: 1 };
  return { poster, ...place, unit, added, removed, changed };
}

const BOARD_COLUMNS = [
  'worksWell',
  'why',
  'couldImprove',
  'how',
  'strengths',
  'weaknesses',
  'opportunities',
  'threats',
  'desired',
  'barriers',
  'drivers',
];

function compareBoard(poster: PosterKey, a: unknown, b: unknown, area?: string) {
  const counts = diffBy(notesOf(a), notesOf(b));
  const listed = [...new Set([...Object.keys(asRecord(a)), ...Object.keys(asRecord(b))])].filter(
    (key) =>
      BOARD_COLUMNS.includes(key) ||
      Array.isArray(asRecord(a)[key]) ||
      Array.isArray(asRecord(b)[key]),
  );
  return posterChange(poster, 'notes', counts, !equal(restOf(a, listed), restOf(b, listed)), area);
}

/** The summary of what differs from `before` to `after` (e.g. a saved version → now). */
export function compareWorkspaces(before: Workspace, after: Workspace): WorkspaceComparison {
  const details = DETAIL_FIELDS.filter((field) => !equal(before[field], after[field]));
  const posters: (PosterChange | undefined)[] = [];

  const model = diffBy(areasOf(before.model), areasOf(after.model));
  const modelChange = posterChange(
    'model',
    'areas',
    model,
    !equal(restOf(before.model, ['areas']), restOf(after.model, ['areas'])),
  );
  posters.push(
    modelChange && modelChange.unit === 'areas'
      ? { ...modelChange, areas: model.keys.map(Number).sort((x, y) => x - y) }
      : modelChange,
  );

  for (const poster of PLANS) {
    const counts = diffBy(rowsOf(before[poster]), rowsOf(after[poster]));
    const rest = !equal(restOf(before[poster], ['rows']), restOf(after[poster], ['rows']));
    posters.push(posterChange(poster, 'rows', counts, rest));
  }
  for (const poster of BOARDS) posters.push(compareBoard(poster, before[poster], after[poster]));
  for (const poster of MATRICES) {
    const counts = diffBy(cellsOf(before[poster]), cellsOf(after[poster]));
    const rest = !equal(restOf(before[poster], ['cells']), restOf(after[poster], ['cells']));
    posters.push(posterChange(poster, 'cells', counts, rest));
  }

  const boardAreas = new Set([
    ...Object.keys(before.situationBoards ?? {}),
    ...Object.keys(after.situationBoards ?? {}),
  ]);
  for (const area of [...boardAreas].sort(byArea)) {
    const a = before.situationBoards?.[area];
    const b = after.situationBoards?.[area];
    if (a === undefined || b === undefined) {
      const notes = notesOf(a ?? b).size;
      posters.push({
        poster: 'situationBoards',
        area,
        unit: 'notes',
        added: a === undefined ? notes : 0,
        removed: b === undefined ? notes : 0,
        changed: notes === 0 ? 1 : 0,
      });
    } else posters.push(compareBoard('situationBoards', a, b, area));
  }

  const planAreas = new Set([
    ...Object.keys(before.developmentPlans ?? {}),
    ...Object.keys(after.developmentPlans ?? {}),
  ]);
  for (const area of [...planAreas].sort(byArea)) {
    const a = new Map(Object.entries(asRecord(before.developmentPlans?.[area])));
    const b = new Map(Object.entries(asRecord(after.developmentPlans?.[area])));
    posters.push(posterChange('developmentPlans', 'fields', diffBy(a, b), false, area));
  }

  posters.push(
    posterChange(
      'wheel',
      'activities',
      diffBy(activitiesOf(before.wheel), activitiesOf(after.wheel)),
      !equal(restOf(before.wheel, ['activities']), restOf(after.wheel, ['activities'])),
    ),
  );
  if (before.localWorkNotes !== after.localWorkNotes)
    posters.push({ poster: 'localWorkNotes', unit: 'text', added: 0, removed: 0, changed: 1 });

  const found = posters.filter((change): change is PosterChange => change !== undefined);
  return { same: details.length === 0 && found.length === 0, details, posters: found };
}

/** Area keys in number order (the 20 areas), custom names after them. */
function byArea(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y;
  if (Number.isFinite(x)) return -1;
  if (Number.isFinite(y)) return 1;
  return a.localeCompare(b);
}
