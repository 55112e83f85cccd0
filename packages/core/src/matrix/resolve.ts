// A matrix document merged with its preset, in one language: what a widget renders.
import { commonMessages } from '../i18n/common.js';
import { matrixMessages } from '../i18n/matrix.js';
import { givenText } from '../schema/util.js';
import type { Lang, Localized } from '../types.js';
import { MAIN_SYMBOL, NO_ANSWER_SYMBOL, presetOf, type MatrixPresetScaleItem } from './presets.js';
import type {
  MatrixCell,
  MatrixColumn,
  MatrixDocument,
  MatrixRow,
  MatrixScaleItem,
  MatrixTone,
  ResolvedCell,
  ResolvedMatrix,
  ResolvedMatrixItem,
  ResolvedScaleItem,
} from './types.js';

// A scale of the document's own: symbols and tones by position, distinct in shape and colour.
const OWN_SYMBOLS = ['●', '▲', '◆', '■', '✚', '✱'] as const;
const OWN_TONES: readonly MatrixTone[] = [
  'marked',
  'improve',
  'planned',
  'discussed',
  'prioritised',
  'strong',
];

interface PresetEntry {
  readonly id: string;
  readonly label: Localized;
  readonly group?: Localized;
}

/** Map by id, the first of each id (a document that failed parsing may repeat one). */
function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function resolveAxis(
  own: readonly (MatrixRow | MatrixColumn)[] | undefined,
  preset: readonly PresetEntry[],
  noAnswer: ReadonlySet<string>,
  lang: Lang,
): ResolvedMatrixItem[] {
  const known = byId(preset);
  const entries: readonly (MatrixRow | PresetEntry)[] = own ?? preset;
  return [...byId(entries).values()].map((entry) => {
    const base = known.get(entry.id);
    const label = typeof entry.label === 'string' ? entry.label : undefined;
    const ownGroup = typeof entry.group === 'string' ? entry.group : undefined;
    // A group the document gives wins, a blank one means none; else the preset's.
    const group =
      ownGroup !== undefined ? (givenText(ownGroup) ? ownGroup : undefined) : base?.group?.[lang];
    return {
      id: entry.id,
      label: givenText(label) ? label : (base?.label[lang] ?? entry.id),
      ...(group !== undefined ? { group } : {}),
      noAnswer: noAnswer.has(entry.id),
    };
  });
}

function resolveScale(
  own: readonly MatrixScaleItem[] | undefined,
  preset: readonly MatrixPresetScaleItem[],
  lang: Lang,
): ResolvedScaleItem[] {
  const known = byId(preset);
  const entries = own ?? preset;
  return [...byId<MatrixScaleItem | MatrixPresetScaleItem>(entries).values()].map((entry, i) => {
    const base = known.get(entry.id);
    const label = typeof entry.label === 'string' ? entry.label : undefined;
    return {
      id: entry.id,
      label: givenText(label) ? label : (base?.label[lang] ?? entry.id),
      symbol: givenText(entry.symbol)
        ? entry.symbol
        : (base?.symbol ?? (OWN_SYMBOLS[i % OWN_SYMBOLS.length] as string)),
      tone: entry.tone ?? base?.tone ?? (OWN_TONES[i % OWN_TONES.length] as MatrixTone),
    };
  });
}

function resolveCells(
  cells: readonly MatrixCell[],
  rows: readonly ResolvedMatrixItem[],
  columns: readonly ResolvedMatrixItem[],
  scale: readonly ResolvedScaleItem[],
): Map<string, Map<string, ResolvedCell>> {
  const rowIds = new Set(rows.map((r) => r.id));
  const columnIds = new Set(columns.map((c) => c.id));
  const values = byId(scale);
  const out = new Map<string, Map<string, ResolvedCell>>();
  for (const cell of cells) {
    if (!rowIds.has(cell.row) || !columnIds.has(cell.column)) continue;
    const inRow = out.get(cell.row) ?? new Map<string, ResolvedCell>();
    if (inRow.has(cell.column)) continue;
    const value = cell.value === undefined ? undefined : values.get(cell.value);
    const main = cell.main === true;
    const note = givenText(cell.note) ? cell.note : undefined;
    if (!value && !main && note === undefined) continue;
    inRow.set(cell.column, {
      ...(value ? { value } : {}),
      main,
      ...(note !== undefined ? { note } : {}),
    });
    out.set(cell.row, inRow);
  }
  return out;
}

/**
 * Merge a (parsed) matrix document with its preset in one language. The document's rows,
 * columns and scale, where given, are the lists in display order; an entry with a preset id
 * and no label of its own gets the preset's text. Cells that refer to nothing are skipped, so
 * this never throws on data parseMatrix() accepts. A network of model documents (`models`) is
 * resolved after networkOfModels() (derive.ts) has made its rows and cells; without it, it has none.
 */
export function resolveMatrix(doc: MatrixDocument, lang: Lang): ResolvedMatrix {
  const preset = presetOf(doc.preset);
  const m = matrixMessages[lang];
  const noAnswer = new Set(doc.noAnswer ?? []);
  const rows = resolveAxis(doc.rows, preset?.rows ?? [], noAnswer, lang);
  const columns = resolveAxis(doc.columns, preset?.columns ?? [], new Set(), lang);
  const scale = resolveScale(doc.scale, preset?.scale ?? [], lang);
  const cells = resolveCells(doc.cells ?? [], rows, columns, scale);
  const starred = [...cells.values()].some((inRow) => [...inRow.values()].some((c) => c.main));
  return {
    lang,
    title: givenText(doc.title) ? doc.title : (preset?.title[lang] ?? m.untitled),
    ...(preset ? { preset: preset.id } : {}),
    rowHeading: preset?.rowHeading[lang] ?? '',
    columnHeading: preset?.columnHeading[lang] ?? '',
    rows,
    columns,
    scale,
    empty: {
      label: preset?.empty[lang] ?? commonMessages[lang].statusUnknown,
      symbol: '',
      tone: 'unknown',
    },
    ...(preset?.main || starred
      ? { main: { label: m.mainArea, symbol: MAIN_SYMBOL, tone: 'main' } as const }
      : {}),
    noAnswer: { label: m.noAnswer, symbol: NO_ANSWER_SYMBOL, tone: 'no-answer' },
    cells,
    transposed: false,
  };
}

/**
 * The same matrix with rows and columns swapped (cells too): the widget's transpose toggle, a
 * view of the data that leaves the document as it is. Twice gives back an equal matrix.
 */
export function transposeMatrix(matrix: ResolvedMatrix): ResolvedMatrix {
  const cells = new Map<string, Map<string, ResolvedCell>>();
  for (const [row, inRow] of matrix.cells) {
    for (const [column, cell] of inRow) {
      const inColumn = cells.get(column) ?? new Map<string, ResolvedCell>();
      cells.set(column, inColumn.set(row, cell));
    }
  }
  return {
    ...matrix,
    rowHeading: matrix.columnHeading,
    columnHeading: matrix.rowHeading,
    rows: matrix.columns,
    columns: matrix.rows,
    cells,
    transposed: !matrix.transposed,
  };
}
