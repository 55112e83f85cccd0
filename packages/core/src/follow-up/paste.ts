// Pasting from a spreadsheet: tab-separated text (Excel, LibreOffice, Google Sheets) fills the
// table from the focused cell to the right and down, adding rows as needed. Excel ends every
// line with CRLF (the last one too) and quotes cells holding line ends, tabs or quotes;
// parseDelimited() reads all of that, so no cell keeps a stray \r, none is split, and no empty
// row is added. planFollowUpPaste() works out the whole paste first, for the preview and one undo step.
import { parseDelimited } from '../delimited.js';
import { format } from '../i18n/format.js';
import { followUpMessages } from '../i18n/follow-up.js';
import type { Lang } from '../types.js';
import { addFollowUpRow, followUpRows, rowWithCell } from './edit.js';
import { followUpCellText, followUpColumnTitle, FOLLOW_UP_COLUMNS } from './plan.js';
import type { FollowUpColumn, FollowUpDocument, FollowUpRow } from './types.js';

/** Where a paste lands: the rows in the order shown, and the focused cell. */
export interface PasteTarget {
  /** Ids of the rows as the table shows them (sorted, filtered). */
  readonly rowIds: readonly string[];
  /** Index in rowIds of the focused row. */
  readonly row: number;
  readonly column: FollowUpColumn;
}

/** One row the paste changes or adds: its number as shown and the cells' new texts. */
export interface PasteRowChange {
  readonly id: string;
  readonly number: number;
  readonly added: boolean;
  readonly cells: readonly { readonly column: FollowUpColumn; readonly after: string }[];
}

export interface PastePlan {
  /** The plan after the paste (the same object when nothing changes). */
  readonly doc: FollowUpDocument;
  readonly rows: readonly PasteRowChange[];
  /** Cells to the right of the last column, left out. */
  readonly ignored: number;
}

/** The cells of pasted text: tab separated, whatever the text looks like. @internal */
export const pastedCells = (text: string): string[][] => parseDelimited(text, { delimiter: '\t' });

/** Works out a paste of `text` at `target`. Adds rows below the last shown one as needed. */
export function planFollowUpPaste(
  doc: FollowUpDocument,
  text: string,
  target: PasteTarget,
  lang: Lang,
): PastePlan {
  const cells = pastedCells(text);
  const first = FOLLOW_UP_COLUMNS.indexOf(target.column);
  let next: FollowUpDocument = doc;
  const ids = [...target.rowIds];
  const changes: PasteRowChange[] = [];
  let ignored = 0;
  const lastShown = ids[ids.length - 1];
  const sectionOfLast = followUpRows(doc).find((r) => r.id === lastShown)?.section;
  let after = lastShown;
  cells.forEach((line, i) => {
    const at = target.row + i;
    let added = false;
    if (at >= ids.length) {
      const made = addFollowUpRow(next, {
        ...(typeof sectionOfLast === 'string' ? { section: sectionOfLast } : {}),
        ...(after === undefined ? {} : { after }),
      });
      next = made.doc;
      ids.push(made.id);
      after = made.id;
      added = true;
    }
    const id = ids[at]!;
    const rows = followUpRows(next);
    const index = rows.findIndex((r) => r.id === id);
    if (index < 0) return;
    let row: FollowUpRow = rows[index]!;
    const changed: { column: FollowUpColumn; after: string }[] = [];
    line.forEach((value, j) => {
      const column = FOLLOW_UP_COLUMNS[first + j];
      if (!column) {
        if (value !== '') ignored++;
        return;
      }
      const before = followUpCellText(row, column, lang);
      row = rowWithCell(row, column, value);
      const shown = followUpCellText(row, column, lang);
      if (shown !== before || added) changed.push({ column, after: shown });
    });
    if (changed.length === 0 && !added) return;
    const copy = [...rows];
    copy[index] = row;
    next = { ...next, rows: copy };
    changes.push({ id, number: at + 1, added, cells: changed });
  });
  return { doc: changes.length > 0 ? next : doc, rows: changes, ignored };
}

/** What a paste will change, for its preview: a summary line and one line per row. */
export function describeFollowUpPaste(
  plan: PastePlan,
  lang: Lang,
): { summary: string; rows: string[] } {
  const m = followUpMessages[lang];
  const added = plan.rows.filter((r) => r.added).length;
  const parts = [
    format(m.previewSummary, { changed: plan.rows.length - added, added }),
    ...(plan.ignored > 0 ? [format(m.previewIgnored, { count: plan.ignored })] : []),
  ];
  return {
    summary: parts.join(' '),
    rows: plan.rows.map((row) =>
      format(row.added ? m.previewNewRow : m.previewRow, {
        number: row.number,
        changes: row.cells
          .map((c) =>
            format(m.previewChange, {
              column: followUpColumnTitle(c.column, lang),
              after: c.after,
            }),
          )
          .join('; '),
      }),
    ),
  };
}

/** What a paste did, as announced and as its undo step's name. */
export function followUpPastedText(plan: PastePlan, lang: Lang): string {
  const added = plan.rows.filter((r) => r.added).length;
  return format(followUpMessages[lang].pasted, { changed: plan.rows.length - added, added });
}
