// Types of the workshop boards' documents (`<mulighetsrom-swot>`, `<mulighetsrom-assessment-cross>`,
// `<mulighetsrom-situation-board>`, issue 12): columns of notes, plus each board's header fields.
// Types only: no runtime code.

/** The three boards that share one note-board engine. */
export type BoardKind = 'swot' | 'cross' | 'situation';

/** The optional colour of a note; never its only signal (the widget names it in text). */
export type NoteColor = 'yellow' | 'green' | 'blue' | 'pink' | 'orange' | 'purple';

/** One note. A note without `id` in the input gets one when parsed (kept in `.value`). */
export interface BoardNote {
  id: string;
  text: string;
  /** Dot votes it has (room mode counts everyone's). */
  votes?: number;
  author?: string;
  color?: NoteColor;
  /** Hidden from the room (silent brainstorm) until revealed. */
  hidden?: boolean;
  [extra: string]: unknown;
}

/** A SWOT of one `subject` (a municipal service in the office's portfolio). */
export interface SwotDocument {
  title?: string;
  subject?: string;
  strengths?: BoardNote[];
  weaknesses?: BoardNote[];
  opportunities?: BoardNote[];
  threats?: BoardNote[];
  [extra: string]: unknown;
}

/** One SWOT, or a portfolio: one SWOT per service. */
export type SwotData = SwotDocument | SwotDocument[];

/** The assessment cross («Vurderingskrysset», gathering 1) of one office. */
export interface AssessmentCrossDocument {
  title?: string;
  office?: string;
  worksWell?: BoardNote[];
  why?: BoardNote[];
  couldImprove?: BoardNote[];
  how?: BoardNote[];
  [extra: string]: unknown;
}

/** A development area: one of the 20 by number, or a custom one by name. */
export type SituationArea = number | { name: string; [extra: string]: unknown };

/** «Vi har valgt utviklingsområdet … fordi …», then desired situation, barriers, drivers. */
export interface SituationBoardDocument {
  title?: string;
  area?: SituationArea;
  because?: string;
  desired?: BoardNote[];
  barriers?: BoardNote[];
  drivers?: BoardNote[];
  [extra: string]: unknown;
}

/** Any one board's document. */
export type BoardDocument = SwotDocument | AssessmentCrossDocument | SituationBoardDocument;

/** Where a note stands: its column's key and its index there. */
export interface NotePlace {
  readonly column: string;
  readonly index: number;
  readonly note: BoardNote;
}

/** Counts of one column. */
export interface ColumnCount {
  readonly column: string;
  readonly notes: number;
  readonly hidden: number;
  readonly votes: number;
}

/** The votes one person gave on this device, by note id (personal voting). */
export type VoteLedger = Readonly<Record<string, number>>;
