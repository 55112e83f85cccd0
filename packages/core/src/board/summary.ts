// Counts per column, the texts of a board (captions, counts, area sentence), and the SWOT
// portfolio's summary: which services have the most strengths and the most threats.
import { AREA_BASICS } from '../catalog/areas.js';
import { boardMessages, type BoardMessages } from '../i18n/board.js';
import { format } from '../i18n/format.js';
import type { Lang } from '../types.js';
import { columnNotes } from './edit.js';
import { BOARD_LAYOUTS } from './layouts.js';
import type {
  BoardDocument,
  BoardKind,
  ColumnCount,
  SituationArea,
  SituationBoardDocument,
  SwotDocument,
} from './types.js';

/** Notes, hidden notes and votes of every column, in display order. */
export function boardCounts(doc: BoardDocument, kind: BoardKind): ColumnCount[] {
  return BOARD_LAYOUTS[kind].map(({ id }) => {
    const notes = columnNotes(doc, id);
    return {
      column: id,
      notes: notes.length,
      hidden: notes.filter((note) => note.hidden === true).length,
      votes: notes.reduce((sum, note) => sum + (note.votes ?? 0), 0),
    };
  });
}

/** «1 lapp» / «3 lapper». */
export function describeNoteCount(count: number, lang: Lang): string {
  const m = boardMessages[lang];
  return count === 1 ? m.notesOne : format(m.notesMany, { count });
}

/** «1 stemme» / «3 stemmer». */
export function describeVotes(count: number, lang: Lang): string {
  const m = boardMessages[lang];
  return count === 1 ? m.votesOne : format(m.votesMany, { count });
}

/** «1 skjult lapp» / «3 skjulte lapper». */
export function describeHidden(count: number, lang: Lang): string {
  const m = boardMessages[lang];
  return count === 1 ? m.hiddenOne : format(m.hiddenMany, { count });
}

const KIND_NAMES: Readonly<Record<BoardKind, keyof BoardMessages>> = {
  swot: 'swotName',
  cross: 'crossName',
  situation: 'situationName',
};

/** The board's name in a language («SWOT-analyse», «Vurderingskrysset» …). */
export function boardKindName(kind: BoardKind, lang: Lang): string {
  return boardMessages[lang][KIND_NAMES[kind]];
}

/** The name of a development area in a language (a custom area's own name), if there is one. */
export function situationAreaName(area: SituationArea | undefined, lang: Lang): string | undefined {
  if (area === undefined) return undefined;
  if (typeof area === 'number') return AREA_BASICS.find((a) => a.id === area)?.name[lang];
  return area.name.trim() || undefined;
}

/** «Vi har valgt utviklingsområdet «…» fordi …» (undefined without an area). */
export function situationSentence(doc: SituationBoardDocument, lang: Lang): string | undefined {
  const area = situationAreaName(doc.area, lang);
  if (area === undefined) return undefined;
  const m = boardMessages[lang];
  const because = doc.because?.trim();
  return because
    ? format(m.areaSentence, { area, because })
    : format(m.areaSentenceNoReason, { area });
}

/**
 * A board's caption: its title, else what it is about (the SWOT's subject, the cross's office,
 * the situation board's area), else the kind's name.
 */
export function boardCaption(doc: BoardDocument, kind: BoardKind, lang: Lang): string {
  const title = typeof doc.title === 'string' ? doc.title.trim() : '';
  if (title) return title;
  const about =
    kind === 'swot'
      ? (doc as SwotDocument).subject
      : kind === 'cross'
        ? (doc as { office?: string }).office
        : situationAreaName((doc as SituationBoardDocument).area, lang);
  const name = boardKindName(kind, lang);
  return about?.trim() ? `${name}: ${about.trim()}` : name;
}

/** One service's line of the portfolio summary. */
export interface PortfolioRow {
  readonly subject: string;
  readonly strengths: number;
  readonly weaknesses: number;
  readonly opportunities: number;
  readonly threats: number;
}

/** The portfolio summary: a row per service, and who leads in strengths and in threats. */
export interface PortfolioSummary {
  readonly rows: readonly PortfolioRow[];
  /** Services with the most strengths (ties: all of them); empty when none has any. */
  readonly mostStrengths: readonly string[];
  readonly mostThreats: readonly string[];
  readonly maxStrengths: number;
  readonly maxThreats: number;
}

/** A service's name: its subject, else its title, else «Tjeneste 2». */
export function serviceName(doc: SwotDocument, index: number, lang: Lang): string {
  return (
    doc.subject?.trim() ||
    doc.title?.trim() ||
    format(boardMessages[lang].untitledService, { number: index + 1 })
  );
}

function leaders(rows: readonly PortfolioRow[], key: 'strengths' | 'threats'): [string[], number] {
  const max = Math.max(0, ...rows.map((row) => row[key]));
  return [max === 0 ? [] : rows.filter((row) => row[key] === max).map((r) => r.subject), max];
}

/** Counts per quadrant of every service of a SWOT portfolio. */
export function swotPortfolioSummary(docs: readonly SwotDocument[], lang: Lang): PortfolioSummary {
  const rows = docs.map((doc, i) => ({
    subject: serviceName(doc, i, lang),
    strengths: columnNotes(doc, 'strengths').length,
    weaknesses: columnNotes(doc, 'weaknesses').length,
    opportunities: columnNotes(doc, 'opportunities').length,
    threats: columnNotes(doc, 'threats').length,
  }));
  const [mostStrengths, maxStrengths] = leaders(rows, 'strengths');
  const [mostThreats, maxThreats] = leaders(rows, 'threats');
  return { rows, mostStrengths, mostThreats, maxStrengths, maxThreats };
}

/** The summary's sentences: «Flest styrker: Rus (4)», «Flest trusler: …», or «none yet». */
export function describePortfolio(summary: PortfolioSummary, lang: Lang): string[] {
  const m = boardMessages[lang];
  const out: string[] = [];
  if (summary.maxStrengths > 0)
    out.push(
      format(m.mostStrengths, {
        subjects: summary.mostStrengths.join(', '),
        count: summary.maxStrengths,
      }),
    );
  if (summary.maxThreats > 0)
    out.push(
      format(m.mostThreats, {
        subjects: summary.mostThreats.join(', '),
        count: summary.maxThreats,
      }),
    );
  return out.length > 0 ? out : [m.summaryEmpty];
}
