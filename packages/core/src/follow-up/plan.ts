// What the table shows of a plan: each row's state (overdue, end before start) against an
// injectable today, the summary counts, cell texts, sections as groups, sort and filters.
import { AREA_BASICS } from '../catalog/areas.js';
import { followUpMessages, type FollowUpMessages } from '../i18n/follow-up.js';
import { format } from '../i18n/format.js';
import type { Lang } from '../types.js';
import { formatWhen, isoDay } from './dates.js';
import { FOLLOW_UP_STATUSES } from './schema.js';
import type { TimelineItem } from './timeline.js';
import type {
  FollowUpColumn,
  FollowUpDocument,
  FollowUpRow,
  FollowUpSection,
  FollowUpStatus,
} from './types.js';

/** The table's columns in display and paste order. */
export const FOLLOW_UP_COLUMNS: readonly FollowUpColumn[] = [
  'what',
  'responsible',
  'involve',
  'inform',
  'when',
  'status',
  'area',
];

const COLUMN_KEYS = {
  what: 'colWhat',
  responsible: 'colResponsible',
  involve: 'colInvolve',
  inform: 'colInform',
  when: 'colWhen',
  status: 'colStatus',
  area: 'colArea',
} as const satisfies Record<FollowUpColumn, keyof FollowUpMessages>;

const STATUS_KEYS = {
  todo: 'statusTodo',
  doing: 'statusDoing',
  done: 'statusDone',
} as const satisfies Record<FollowUpStatus, keyof FollowUpMessages>;

/** A column's title. */
export const followUpColumnTitle = (column: FollowUpColumn, lang: Lang): string =>
  followUpMessages[lang][COLUMN_KEYS[column]];

/** A status's name. */
export const followUpStatusName = (status: FollowUpStatus, lang: Lang): string =>
  followUpMessages[lang][STATUS_KEYS[status]];

/** The row's status if it is one of the three (a missing status is «todo»), else undefined. */
export function followUpRowStatus(row: FollowUpRow): FollowUpStatus | undefined {
  const status: unknown = row.status ?? 'todo';
  return FOLLOW_UP_STATUSES.includes(status as FollowUpStatus)
    ? (status as FollowUpStatus)
    : undefined;
}

/** A row's state on the day `today` (ISO). */
export interface FollowUpRowState {
  readonly status: FollowUpStatus | undefined;
  /** The end date has passed and the task is not done. */
  readonly overdue: boolean;
  readonly endBeforeStart: boolean;
}

export function followUpRowState(row: FollowUpRow, today: string): FollowUpRowState {
  const status = followUpRowStatus(row);
  const start = isoDay(row.start);
  const end = isoDay(row.end);
  const now = isoDay(today);
  return {
    status,
    overdue: end !== undefined && now !== undefined && end < now && status !== 'done',
    endBeforeStart: start !== undefined && end !== undefined && end < start,
  };
}

/** How many tasks are done, in progress and overdue. */
export interface FollowUpSummary {
  readonly total: number;
  readonly todo: number;
  readonly doing: number;
  readonly done: number;
  readonly overdue: number;
}

export function summarizeFollowUp(rows: readonly FollowUpRow[], today: string): FollowUpSummary {
  const counts = { total: rows.length, todo: 0, doing: 0, done: 0, overdue: 0 };
  for (const row of rows) {
    const state = followUpRowState(row, today);
    if (state.status) counts[state.status]++;
    if (state.overdue) counts.overdue++;
  }
  return counts;
}

/** «12 oppgaver: 3 ferdige, 4 pågår, 2 forsinket.» */
export function followUpSummaryText(summary: FollowUpSummary, lang: Lang): string {
  return format(followUpMessages[lang].summary, { ...summary });
}

/** The name of a built-in area (1–20), undefined for another number. @internal */
export function builtInAreaName(id: number, lang: Lang): string | undefined {
  return AREA_BASICS.find((area) => area.id === id)?.name[lang];
}

/** The 20 areas as [id, name] in a language, for a filter or an editor's suggestions. */
export function followUpAreaChoices(lang: Lang): [number, string][] {
  return AREA_BASICS.map((area) => [area.id, `${area.id}. ${area.name[lang]}`]);
}

const anyText = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'string'
      ? value
      : (JSON.stringify(value) ?? String(value));

/** The area as text: «16. Name» for a built-in one, a custom area's name as given. */
export function followUpAreaText(area: unknown, lang: Lang): string {
  if (typeof area === 'number') {
    const name = builtInAreaName(area, lang);
    return name ? `${area}. ${name}` : String(area);
  }
  return anyText(area);
}

/** What a cell shows (and what its editor starts from). Values of the wrong kind show as JSON. */
export function followUpCellText(row: FollowUpRow, column: FollowUpColumn, lang: Lang): string {
  switch (column) {
    case 'when':
      return formatWhen(row, lang);
    case 'status': {
      const status = followUpRowStatus(row);
      return status ? followUpStatusName(status, lang) : anyText(row.status);
    }
    case 'area':
      return followUpAreaText(row.area, lang);
    default:
      return anyText(row[column]);
  }
}

// ------------------------------------------------------------------ sections

/** The container id of rows without a (known) section. @internal */
export const NO_SECTION = '';

/** One group of rows: a section (undefined: rows without one) and its rows' indexes. */
export interface FollowUpGroup {
  readonly id: string;
  readonly section?: FollowUpSection;
  readonly rows: readonly FollowUpRow[];
}

/**
 * The rows by section, in the sections' order; rows without a section (or with one that does
 * not exist) first, in a group with id ''. Without sections: one group of every row. Groups of
 * sections without rows are kept (a heading to add rows under); the '' group only when it has
 * rows or there are no sections.
 */
export function groupFollowUpRows(doc: FollowUpDocument): FollowUpGroup[] {
  const sections = doc.sections ?? [];
  const rows = doc.rows ?? [];
  const known = new Set(sections.map((s) => s.id));
  const loose = rows.filter((row) => typeof row.section !== 'string' || !known.has(row.section));
  const groups: FollowUpGroup[] = [];
  if (loose.length > 0 || sections.length === 0) groups.push({ id: NO_SECTION, rows: loose });
  for (const section of sections)
    groups.push({
      id: section.id,
      section,
      rows: rows.filter((row) => row.section === section.id),
    });
  return groups;
}

/** Rows of the printed template: five, numbered, empty. */
const TEMPLATE_ROWS = 5;

/** The plan's rows, or the empty template's five when it has no `rows` at all. */
export function followUpRows(doc: FollowUpDocument): FollowUpRow[] {
  return doc.rows ?? Array.from({ length: TEMPLATE_ROWS }, (_, i) => ({ id: `row-${i + 1}` }));
}

/** The display number of a row: its place in the plan's group order, from 1. */
export function followUpRowNumbers(doc: FollowUpDocument): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const group of groupFollowUpRows({ ...doc, rows: followUpRows(doc) }))
    for (const row of group.rows) numbers.set(row.id, numbers.size + 1);
  return numbers;
}

/** A section's heading. */
export const followUpSectionTitle = (group: FollowUpGroup, lang: Lang): string =>
  group.section
    ? group.section.title?.trim() || group.section.id
    : followUpMessages[lang].noSection;

// ------------------------------------------------------------------ sort and filter

export interface FollowUpSort {
  readonly column: FollowUpColumn;
  readonly direction: 'ascending' | 'descending';
}

const collators = new Map<Lang, Intl.Collator>();
const collator = (lang: Lang): Intl.Collator => {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang === 'en' ? 'en' : 'nb', { numeric: true, sensitivity: 'base' });
    collators.set(lang, c);
  }
  return c;
};

/** A sort key: [number or undefined, text]. Empty cells sort last in either direction. */
function sortKey(
  row: FollowUpRow,
  column: FollowUpColumn,
  lang: Lang,
): [number | undefined, string] {
  switch (column) {
    case 'when': {
      const day = isoDay(row.start) ?? isoDay(row.end);
      return [day, followUpCellText(row, column, lang)];
    }
    case 'status': {
      const status = followUpRowStatus(row);
      return [
        status ? FOLLOW_UP_STATUSES.indexOf(status) : undefined,
        followUpCellText(row, column, lang),
      ];
    }
    case 'area':
      return [
        typeof row.area === 'number' ? row.area : undefined,
        followUpCellText(row, column, lang),
      ];
    default:
      return [undefined, followUpCellText(row, column, lang)];
  }
}

/** The rows sorted by a column (stable; empty cells last). Without `sort`, the same array. */
export function sortFollowUpRows(
  rows: readonly FollowUpRow[],
  sort: FollowUpSort | undefined,
  lang: Lang,
): readonly FollowUpRow[] {
  if (!sort) return rows;
  const c = collator(lang);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, i) => ({ row, i, key: sortKey(row, sort.column, lang) }));
  keyed.sort((a, b) => {
    const [an, at] = a.key;
    const [bn, bt] = b.key;
    const aEmpty = an === undefined && at === '';
    const bEmpty = bn === undefined && bt === '';
    if (aEmpty !== bEmpty) return aEmpty ? 1 : -1;
    let order = 0;
    if (an !== undefined && bn !== undefined) order = an - bn;
    else if (an !== undefined || bn !== undefined) order = an !== undefined ? -1 : 1;
    if (order === 0) order = c.compare(at, bt);
    return order === 0 ? a.i - b.i : order * sign;
  });
  return keyed.map((k) => k.row);
}

/** Filters; an undefined field lets every row through. */
export interface FollowUpFilter {
  readonly status?: FollowUpStatus | 'overdue';
  /** A built-in area's number or a custom area's name. */
  readonly area?: number | string;
  /** The responsible text, compared without case and outer spaces. */
  readonly responsible?: string;
}

const norm = (text: string): string => text.trim().toLocaleLowerCase('nb');

/** Whether a row passes the filter on the day `today`. */
export function followUpRowMatches(
  row: FollowUpRow,
  filter: FollowUpFilter,
  today: string,
): boolean {
  if (filter.status === 'overdue') {
    if (!followUpRowState(row, today).overdue) return false;
  } else if (filter.status !== undefined && followUpRowStatus(row) !== filter.status) return false;
  if (filter.area !== undefined) {
    if (
      typeof filter.area === 'number'
        ? row.area !== filter.area
        : typeof row.area !== 'string' || norm(row.area) !== norm(filter.area)
    )
      return false;
  }
  if (filter.responsible !== undefined) {
    if (typeof row.responsible !== 'string' || norm(row.responsible) !== norm(filter.responsible))
      return false;
  }
  return true;
}

/** The distinct responsible texts and custom areas of a plan, for the filter's choices. */
export function followUpFilterChoices(
  doc: FollowUpDocument,
  lang: Lang,
): { responsible: string[]; areas: (number | string)[] } {
  const c = collator(lang);
  const responsible = new Map<string, string>();
  const numbers = new Set<number>();
  const custom = new Map<string, string>();
  for (const row of doc.rows ?? []) {
    if (typeof row.responsible === 'string' && row.responsible.trim())
      if (!responsible.has(norm(row.responsible)))
        responsible.set(norm(row.responsible), row.responsible.trim());
    if (typeof row.area === 'number' && builtInAreaName(row.area, lang)) numbers.add(row.area);
    else if (typeof row.area === 'string' && row.area.trim())
      if (!custom.has(norm(row.area))) custom.set(norm(row.area), row.area.trim());
  }
  return {
    responsible: [...responsible.values()].sort(c.compare),
    areas: [...[...numbers].sort((a, b) => a - b), ...[...custom.values()].sort(c.compare)],
  };
}

/** The rows as the timeline needs them: dates as day numbers and each row's state on `today`. */
export function followUpTimelineItems(rows: readonly FollowUpRow[], today: string): TimelineItem[] {
  return rows.map((row) => {
    const state = followUpRowState(row, today);
    const start = isoDay(row.start);
    const end = isoDay(row.end);
    return {
      row,
      ...(start === undefined ? {} : { start }),
      ...(end === undefined ? {} : { end }),
      overdue: state.overdue,
      done: state.status === 'done',
      endBeforeStart: state.endBeforeStart,
    };
  });
}
