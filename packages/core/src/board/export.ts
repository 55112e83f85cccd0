// Exports of a board (or a SWOT portfolio): JSON as it came in, CSV through core's formula-safe
// writer, and Markdown for minutes and wikis. Hidden notes are exported too, marked as such:
// the export is the facilitator's.
import { toCsv, type CsvCell } from '../csv.js';
import { boardMessages } from '../i18n/board.js';
import { format } from '../i18n/format.js';
import type { Lang } from '../types.js';
import { columnNotes } from './edit.js';
import { BOARD_LAYOUTS, NOTE_COLOR_KEYS } from './layouts.js';
import { boardCaption, situationSentence } from './summary.js';
import type { BoardDocument, BoardKind, SituationBoardDocument } from './types.js';

const list = (docs: BoardDocument | readonly BoardDocument[]): readonly BoardDocument[] =>
  Array.isArray(docs) ? docs : [docs as BoardDocument];

/** The data as indented JSON text (unknown fields and all). */
export function boardToJson(data: BoardDocument | readonly BoardDocument[]): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** One row per note: board, field, text, votes, author, colour, hidden. Formula-safe. */
export function boardToCsv(
  data: BoardDocument | readonly BoardDocument[],
  kind: BoardKind,
  lang: Lang,
): string {
  const m = boardMessages[lang];
  const rows: CsvCell[][] = [
    [m.csvBoard, m.csvColumn, m.csvText, m.csvVotes, m.csvAuthor, m.csvColor, m.csvHidden],
  ];
  for (const doc of list(data)) {
    const caption = boardCaption(doc, kind, lang);
    for (const column of BOARD_LAYOUTS[kind]) {
      for (const note of columnNotes(doc, column.id)) {
        rows.push([
          caption,
          m[column.heading],
          note.text,
          note.votes ?? 0,
          note.author ?? '',
          note.color ? m[NOTE_COLOR_KEYS[note.color]] : '',
          note.hidden ? m.yes : '',
        ]);
      }
    }
  }
  return toCsv(rows);
}

/** Text for a Markdown line: the characters Markdown reads as markup are escaped. */
function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()#+\-.!<>|~])/g, '\\$1');
}

/** Each board as a `##` heading, each field as `###` with its question and its notes. */
export function boardToMarkdown(
  data: BoardDocument | readonly BoardDocument[],
  kind: BoardKind,
  lang: Lang,
): string {
  const m = boardMessages[lang];
  const out: string[] = [];
  for (const doc of list(data)) {
    out.push(`## ${markdownText(boardCaption(doc, kind, lang))}`, '');
    if (kind === 'situation') {
      const sentence = situationSentence(doc as SituationBoardDocument, lang);
      if (sentence) out.push(markdownText(sentence), '');
    }
    for (const column of BOARD_LAYOUTS[kind]) {
      out.push(
        `### ${markdownText(m[column.heading])}`,
        '',
        `*${markdownText(m[column.question])}*`,
        '',
      );
      const notes = columnNotes(doc, column.id);
      if (notes.length === 0) out.push(`- ${markdownText(m.emptyColumn)}`);
      for (const note of notes) {
        const extra: string[] = [];
        if (note.votes)
          extra.push(note.votes === 1 ? m.votesOne : format(m.votesMany, { count: note.votes }));
        if (note.author) extra.push(format(m.byAuthor, { author: note.author }));
        if (note.hidden) extra.push(m.hiddenNote);
        const tail = extra.length > 0 ? ` (${markdownText(extra.join(', '))})` : '';
        out.push(`- ${markdownText(note.text)}${tail}`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}
