// The four built-in matrices (issue 10 «Presets», domain.md §2). Rows, columns and their
// texts come from the catalog (catalog/expectations.ts, catalog/example-offices.ts), which
// takes them from the report «Mulighetsrommet i NAV-partnerskapet»
// (seeds/001_e241e8882b4e5b18.txt): ch. 3 for the expectations, appendix A for the network.
import { EXPECTATION_PRESETS, ROLE_GROUPS, type Expectation } from '../catalog/expectations.js';
import { EXAMPLE_NETWORK, type ExampleColumn } from '../catalog/example-offices.js';
import { commonMessages } from '../i18n/common.js';
import { localize } from '../i18n/localize.js';
import { localized, sameText } from '../i18n/localized.js';
import { matrixMessages } from '../i18n/matrix.js';
import type { Localized } from '../types.js';
import type { MatrixPresetId, MatrixTone } from './types.js';

/** A row or column of a preset, in every language. */
export interface MatrixPresetItem {
  readonly id: string;
  readonly label: Localized;
  readonly group?: Localized;
}

/** A scale value of a preset. */
export interface MatrixPresetScaleItem {
  readonly id: string;
  readonly label: Localized;
  readonly symbol: string;
  readonly tone: MatrixTone;
}

export interface MatrixPreset {
  readonly id: MatrixPresetId;
  readonly title: Localized;
  readonly rowHeading: Localized;
  readonly columnHeading: Localized;
  readonly rows: readonly MatrixPresetItem[];
  readonly columns: readonly MatrixPresetItem[];
  readonly scale: readonly MatrixPresetScaleItem[];
  /** What an empty cell means. */
  readonly empty: Localized;
  /** One cell per row may be starred as the main area (appendix A, table 2). */
  readonly main: boolean;
}

/** Every preset id, in the order the issue lists them. */
export const MATRIX_PRESET_IDS: readonly MatrixPresetId[] = [
  'radmann',
  'fylkesdirektor',
  'network-status',
  'network-priorities',
];

/** Every tone a scale value may have (the status tokens' names). */
export const MATRIX_TONES: readonly MatrixTone[] = [
  'marked',
  'strong',
  'improve',
  'planned',
  'prioritised',
  'discussed',
  'unknown',
];

/** Symbols that tell values apart without colour: the model's check, triangle and diamond. */
const SYMBOL = { check: '✓', triangle: '▲', diamond: '◆', openDiamond: '◇' } as const;

/** The main-area star and the «no answer» mark. @internal */
export const MAIN_SYMBOL = '★';
/** @internal */
export const NO_ANSWER_SYMBOL = '—';

const m = (key: keyof (typeof matrixMessages)['nb']) => localize(matrixMessages, key);

const roleGroups: readonly MatrixPresetItem[] = ROLE_GROUPS.map((g) => ({
  id: g.id,
  label: g.name,
}));

const expectations = (list: readonly Expectation[]): MatrixPresetItem[] =>
  list.map((e) => ({ id: e.id, label: e.text }));

// Ch. 3 prints the 20 expectations of the fylkesdirektør as three tables and names their
// themes: «myndiggjøring av Nav-kontor» (the first 6), «prioritering av det enkelte
// partnerskap» (the next 8) and «lederskap» (the last 6, from «Utfordre det lokale
// eierskapet»). The rådmann's 12 are split 7 + 5 only to fit the page, so they have no groups.
const FYLKESDIREKTOR_GROUPS: readonly (readonly [count: number, label: Localized])[] = [
  [
    6,
    localized(
      'Myndiggjøring av NAV-kontor',
      'Myndiggjering av NAV-kontor',
      'Empowering the NAV office',
    ),
  ],
  [
    8,
    localized(
      'Prioritering av det enkelte partnerskap',
      'Prioritering av det einskilde partnarskapet',
      'Priority for each partnership',
    ),
  ],
  [6, localized('Lederskap', 'Leiarskap', 'Leadership')],
];

function grouped(
  items: readonly MatrixPresetItem[],
  groups: readonly (readonly [number, Localized])[],
): MatrixPresetItem[] {
  const out: MatrixPresetItem[] = [];
  let start = 0;
  for (const [count, group] of groups) {
    for (const item of items.slice(start, start + count)) out.push({ ...item, group });
    start += count;
  }
  return out;
}

// Appendix A: the 15 offices of the Agder pilot network (both tables have the same rows).
const offices: readonly MatrixPresetItem[] = EXAMPLE_NETWORK.offices.map((o) => ({
  id: o.id,
  label: sameText(o.name),
}));

const exampleColumns = (list: readonly ExampleColumn[]): MatrixPresetItem[] =>
  list.map((c) => ({ id: c.id, label: c.name }));

const marked: MatrixPresetScaleItem = {
  id: 'marked',
  label: m('scaleMarked'),
  symbol: SYMBOL.check,
  tone: 'marked',
};

const expectationPreset = (
  id: 'radmann' | 'fylkesdirektor',
  title: Localized,
  columns: readonly MatrixPresetItem[],
): MatrixPreset => ({
  id,
  title,
  rowHeading: m('headingRoleGroup'),
  columnHeading: m('headingExpectation'),
  rows: roleGroups,
  columns,
  // «markert med grønt» = held; «markert med hvitt» = not discussed (ch. 3).
  scale: [marked],
  empty: m('scaleNotDiscussed'),
  main: false,
});

/** The built-in matrices, by id. */
export const MATRIX_PRESETS: Readonly<Record<MatrixPresetId, MatrixPreset>> = {
  radmann: expectationPreset(
    'radmann',
    m('titleRadmann'),
    expectations(EXPECTATION_PRESETS.radmann),
  ),
  fylkesdirektor: expectationPreset(
    'fylkesdirektor',
    m('titleFylkesdirektor'),
    grouped(expectations(EXPECTATION_PRESETS.fylkesdirektor), FYLKESDIREKTOR_GROUPS),
  ),
  // Appendix A, table 1: «sterke (grønne)», «kan styrkes (gule)», white «ikke vurdert».
  'network-status': {
    id: 'network-status',
    title: m('titleNetworkStatus'),
    rowHeading: m('headingOffice'),
    columnHeading: m('headingTheme'),
    rows: offices,
    columns: exampleColumns(EXAMPLE_NETWORK.statusThemes),
    scale: [
      {
        id: 'strong',
        label: localize(commonMessages, 'statusStrong'),
        symbol: SYMBOL.check,
        tone: 'strong',
      },
      {
        id: 'improve',
        label: localize(commonMessages, 'statusImprove'),
        symbol: SYMBOL.triangle,
        tone: 'improve',
      },
    ],
    empty: localize(commonMessages, 'statusUnknown'),
    main: false,
  },
  // Appendix A, table 2: «prioritert» (dark green), «diskutert, men ikke prioritert» (light
  // green), white «ikke eksplisitt vurdert», and a star on each office's main area.
  'network-priorities': {
    id: 'network-priorities',
    title: m('titleNetworkPriorities'),
    rowHeading: m('headingOffice'),
    columnHeading: m('headingArea'),
    rows: offices,
    columns: exampleColumns(EXAMPLE_NETWORK.developmentAreas),
    scale: [
      {
        id: 'prioritised',
        label: m('scalePrioritised'),
        symbol: SYMBOL.diamond,
        tone: 'prioritised',
      },
      {
        id: 'discussed',
        label: m('scaleDiscussed'),
        symbol: SYMBOL.openDiamond,
        tone: 'discussed',
      },
    ],
    empty: localize(commonMessages, 'statusUnknown'),
    main: true,
  },
};

/** The preset of a document, if it names a known one. @internal */
export const presetOf = (id: unknown): MatrixPreset | undefined =>
  typeof id === 'string' && Object.prototype.hasOwnProperty.call(MATRIX_PRESETS, id)
    ? MATRIX_PRESETS[id as MatrixPresetId]
    : undefined;
