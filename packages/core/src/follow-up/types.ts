// Types of the follow-up plan (`<mulighetsrom-follow-up-table>`, issue 11 «Data»): «Plan for
// oppfølging», the joint business plan and the development plans. Types only: no runtime code.

/** Where a task stands. */
export type FollowUpStatus = 'todo' | 'doing' | 'done';

/** A group of rows with a heading («Flere i arbeid», «Bedre brukermøter» …). */
export interface FollowUpSection {
  id: string;
  title?: string;
  [extra: string]: unknown;
}

/**
 * One task. `start`/`end` are ISO `YYYY-MM-DD`; `when` is free text («fortløpende», «2. halvår»).
 * `area` is one of the 20 development areas (1–20) or a custom area's name. Every field may be
 * missing; a field of the wrong kind is kept and flagged on the row, never dropped.
 */
export interface FollowUpRow {
  id: string;
  what?: string;
  responsible?: string;
  involve?: string;
  inform?: string;
  start?: string;
  end?: string;
  when?: string;
  status?: FollowUpStatus;
  area?: number | string;
  section?: string;
  [extra: string]: unknown;
}

/** The plan. Unknown fields are kept. Rows without an id get one when the plan is read. */
export interface FollowUpDocument {
  title?: string;
  sections?: FollowUpSection[];
  rows?: FollowUpRow[];
  [extra: string]: unknown;
}

/** The table's columns, in display (and paste) order. */
export type FollowUpColumn =
  'what' | 'responsible' | 'involve' | 'inform' | 'when' | 'status' | 'area';
