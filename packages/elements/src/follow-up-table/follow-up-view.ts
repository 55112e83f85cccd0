// What the table and its editing part share: the view of a plan that the table works out once
// per change, and the keys of its cells. Types and two tiny helpers only, so the editing part
// (loaded with `editable`) brings no code of the first render along.
import type { FollowUpColumn, FollowUpDocument, FollowUpRow } from '@mulighetsrom/core';

const SEP = '\u001f';

/** A cell's key for the roving focus: its row's id and its column. */
export const cellKey = (id: string, column: FollowUpColumn): string => `${id}${SEP}${column}`;

export const splitKey = (key: string): [string, FollowUpColumn] => {
  const at = key.lastIndexOf(SEP);
  return [key.slice(0, at), key.slice(at + 1) as FollowUpColumn];
};

/** Whether `key` is a cell of the row `id`. */
export const inRow = (key: string | undefined, id: string): boolean =>
  key !== undefined && key.startsWith(`${id}${SEP}`);

export interface ViewGroup {
  readonly id: string;
  readonly title: string;
  readonly heading: boolean;
  /** The rows shown (filtered, sorted). */
  readonly rows: readonly FollowUpRow[];
  /** Every row of the section, in plan order (for moves). */
  readonly size: number;
}

export interface TableView {
  readonly doc: FollowUpDocument;
  readonly rows: readonly FollowUpRow[];
  readonly groups: readonly ViewGroup[];
  readonly numbers: ReadonlyMap<string, number>;
  readonly visibleIds: readonly string[];
  /** The same ids as a set, for the Tab stop's quick check. */
  readonly visible: ReadonlySet<string>;
  readonly sections: ReadonlySet<string>;
  /** The rows of each section in plan order (unsorted, unfiltered): what moves count in. */
  readonly planGroups: ReadonlyMap<string, readonly FollowUpRow[]>;
  /** Where each row stands for moves: its section's id and its index there, in plan order. */
  readonly places: ReadonlyMap<string, { readonly container: string; readonly index: number }>;
  readonly summary: string;
  readonly shown: number;
}
