// A follow-up plan as files: CSV (UTF-8 BOM, formula-safe, through csv.ts), plain text and
// Markdown. Every row, in section order, whatever the table shows.
import { toCsv, type CsvCell } from '../csv.js';
import { followUpMessages } from '../i18n/follow-up.js';
import type { Lang } from '../types.js';
import { followUpRows } from './plan.js';
import {
  followUpCellText,
  followUpColumnTitle,
  FOLLOW_UP_COLUMNS,
  groupFollowUpRows,
  followUpRowState,
  followUpSectionTitle,
} from './plan.js';
import type { FollowUpDocument, FollowUpRow } from './types.js';

const title = (doc: FollowUpDocument, lang: Lang): string =>
  doc.title?.trim() || followUpMessages[lang].defaultTitle;

const raw = (value: unknown): string => (typeof value === 'string' ? value : '');

function numbered(doc: FollowUpDocument) {
  const groups = groupFollowUpRows({ ...doc, rows: followUpRows(doc) });
  let n = 0;
  return groups.map((group) => ({ group, rows: group.rows.map((row) => ({ row, number: ++n })) }));
}

/**
 * The plan as CSV: Nr., section, the four text columns, start and end (ISO), free-text «når»,
 * status, area; one line per row. Cells starting like a formula are neutralised by csv.ts.
 */
export function followUpToCsv(
  doc: FollowUpDocument,
  lang: Lang,
  options: { bom?: boolean } = {},
): string {
  const m = followUpMessages[lang];
  const lines: CsvCell[][] = [
    [
      m.colNumber,
      m.colSection,
      m.colWhat,
      m.colResponsible,
      m.colInvolve,
      m.colInform,
      m.colStart,
      m.colEnd,
      m.colWhenText,
      m.colStatus,
      m.colArea,
    ],
  ];
  for (const { group, rows } of numbered(doc))
    for (const { row, number } of rows)
      lines.push([
        number,
        group.section ? followUpSectionTitle(group, lang) : '',
        raw(row.what),
        raw(row.responsible),
        raw(row.involve),
        raw(row.inform),
        raw(row.start),
        raw(row.end),
        raw(row.when),
        followUpCellText(row, 'status', lang),
        followUpCellText(row, 'area', lang),
      ]);
  return toCsv(lines, options);
}

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

function textLine(row: FollowUpRow, number: number, lang: Lang, today: string): string {
  const m = followUpMessages[lang];
  const parts = FOLLOW_UP_COLUMNS.slice(1)
    .map(
      (column) =>
        [followUpColumnTitle(column, lang), oneLine(followUpCellText(row, column, lang))] as const,
    )
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name} ${value}`);
  const state = followUpRowState(row, today);
  if (state.overdue) parts.push(m.overdue);
  if (state.endBeforeStart) parts.push(m.endBeforeStart);
  const what = oneLine(raw(row.what)) || '–';
  return `${number}. ${what}${parts.length ? `\n   ${parts.join('\n   ')}` : ''}`;
}

/** The plan as plain text: the title, each section's heading, one numbered entry per row. */
export function followUpToText(doc: FollowUpDocument, lang: Lang, today: string): string {
  const out = [title(doc, lang), ''];
  for (const { group, rows } of numbered(doc)) {
    if (group.section) out.push(followUpSectionTitle(group, lang), '');
    for (const { row, number } of rows) out.push(textLine(row, number, lang, today));
    out.push('');
  }
  return out.join('\n');
}

/** Markdown text: | and \ escaped, line ends as spaces, so a cell never breaks the table. */
const md = (text: string): string => oneLine(text).replace(/([\\|*_`[\]<>#])/g, '\\$1');

/** The plan as Markdown: a `#` title, a `##` heading per section, a table per group. */
export function followUpToMarkdown(doc: FollowUpDocument, lang: Lang, today: string): string {
  const m = followUpMessages[lang];
  const head = [m.colNumber, ...FOLLOW_UP_COLUMNS.map((c) => followUpColumnTitle(c, lang))];
  const out = [`# ${md(title(doc, lang))}`, ''];
  for (const { group, rows } of numbered(doc)) {
    if (group.section) out.push(`## ${md(followUpSectionTitle(group, lang))}`, '');
    if (rows.length === 0) continue;
    out.push(`| ${head.map(md).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`);
    for (const { row, number } of rows) {
      const state = followUpRowState(row, today);
      const cells = FOLLOW_UP_COLUMNS.map((c) => {
        let text = followUpCellText(row, c, lang);
        if (c === 'when' && state.overdue) text = `${text} (${m.overdue})`;
        return md(text);
      });
      out.push(`| ${number} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
