// The boards' layouts: the columns (quadrants) of each kind, in display order, with the keys of
// their heading and guiding question in `boardMessages`, and the note colours.
import type { BoardMessages } from '../i18n/board.js';
import type { BoardKind, NoteColor } from './types.js';

type MessageKey = keyof BoardMessages;

/** One column of a board: its key in the document and its texts' keys. */
export interface BoardColumn {
  readonly id: string;
  readonly heading: MessageKey;
  readonly question: MessageKey;
}

/** Every board kind. */
export const BOARD_KINDS: readonly BoardKind[] = ['swot', 'cross', 'situation'];

/** The columns of each board kind, in display order. */
export const BOARD_LAYOUTS: Readonly<Record<BoardKind, readonly BoardColumn[]>> = {
  swot: [
    { id: 'strengths', heading: 'swotStrengths', question: 'swotStrengthsQuestion' },
    { id: 'weaknesses', heading: 'swotWeaknesses', question: 'swotWeaknessesQuestion' },
    { id: 'opportunities', heading: 'swotOpportunities', question: 'swotOpportunitiesQuestion' },
    { id: 'threats', heading: 'swotThreats', question: 'swotThreatsQuestion' },
  ],
  cross: [
    { id: 'worksWell', heading: 'crossWorksWell', question: 'crossWorksWellQuestion' },
    { id: 'why', heading: 'crossWhy', question: 'crossWhyQuestion' },
    { id: 'couldImprove', heading: 'crossCouldImprove', question: 'crossCouldImproveQuestion' },
    { id: 'how', heading: 'crossHow', question: 'crossHowQuestion' },
  ],
  situation: [
    { id: 'desired', heading: 'situationDesired', question: 'situationDesiredQuestion' },
    { id: 'barriers', heading: 'situationBarriers', question: 'situationBarriersQuestion' },
    { id: 'drivers', heading: 'situationDrivers', question: 'situationDriversQuestion' },
  ],
};

/** The column keys of a kind. */
export function boardColumnIds(kind: BoardKind): string[] {
  return BOARD_LAYOUTS[kind].map((column) => column.id);
}

/** Every note colour, in the order a picker lists them. */
export const NOTE_COLORS: readonly NoteColor[] = [
  'yellow',
  'green',
  'blue',
  'pink',
  'orange',
  'purple',
];

/** The key of a colour's name in `boardMessages`. */
export const NOTE_COLOR_KEYS: Readonly<Record<NoteColor, MessageKey>> = {
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  pink: 'colorPink',
  orange: 'colorOrange',
  purple: 'colorPurple',
};
