import type { Lang } from '../types.js';

/**
 * Strings of the editing kit every widget shares: undo and redo, the move menu, saved work and
 * the announcements a screen reader hears. The nb object defines the shape. Placeholders in
 * `{braces}` are filled with `format()`; `{item}` is always the item's own text, never an id.
 */
const nb = {
  /** The group of undo and redo buttons. */
  historyLabel: 'Angre og gjør om',
  undo: 'Angre',
  redo: 'Gjør om',
  /** Announced after undo/redo; `{action}` is what the step did («Status endret …»). */
  undone: 'Angret: {action}',
  redone: 'Gjort om: {action}',
  nothingToUndo: 'Ingenting å angre',
  nothingToRedo: 'Ingenting å gjøre om',
  /** The history step of clearSavedWork(): back to the page's data. */
  resetAction: 'Tilbake til sidens data',
  /** The history step of restoreWork(). */
  restoreAction: 'Arbeid hentet inn igjen',
  /** The move menu (the single-pointer alternative to dragging). */
  moveHandle: 'Flytt «{item}»',
  moveMenu: 'Flytt «{item}» til',
  moveUp: 'Opp ett trinn',
  moveDown: 'Ned ett trinn',
  moveFirst: 'Først',
  moveLast: 'Sist',
  moveTo: 'Til «{target}»',
  /** Announced after a move. */
  movedTo: '«{item}» flyttet til plass {position} av {count}',
  movedInto: '«{item}» flyttet til «{target}», plass {position} av {count}',
  /** Saved work that no longer reads: kept aside, never overwritten. */
  savedUnreadable:
    'Det lagrede arbeidet ditt kunne ikke leses, så du ser sidens data. Det lagrede er tatt vare på.',
  savedNewer:
    'Det lagrede arbeidet ditt er fra en nyere versjon og kan ikke åpnes her, så du ser sidens data. Det lagrede er tatt vare på.',
  savedDownload: 'Last ned det lagrede arbeidet',
  saveFailed:
    'Endringene kunne ikke lagres i nettleseren (lagringen er full eller ikke tillatt). De blir borte når du lukker siden.',
  dismiss: 'Lukk meldingen',
  /** File name (without extension) of downloaded kept work. */
  savedFileName: 'lagret-arbeid',
} as const;

export type EditingMessages = { readonly [K in keyof typeof nb]: string };

const nn: EditingMessages = {
  historyLabel: 'Angre og gjer om',
  undo: 'Angre',
  redo: 'Gjer om',
  undone: 'Angra: {action}',
  redone: 'Gjort om: {action}',
  nothingToUndo: 'Ingenting å angre',
  nothingToRedo: 'Ingenting å gjere om',
  resetAction: 'Tilbake til dataa på sida',
  restoreAction: 'Arbeid henta inn att',
  moveHandle: 'Flytt «{item}»',
  moveMenu: 'Flytt «{item}» til',
  moveUp: 'Opp eitt steg',
  moveDown: 'Ned eitt steg',
  moveFirst: 'Først',
  moveLast: 'Sist',
  moveTo: 'Til «{target}»',
  movedTo: '«{item}» flytt til plass {position} av {count}',
  movedInto: '«{item}» flytt til «{target}», plass {position} av {count}',
  savedUnreadable:
    'Det lagra arbeidet ditt kunne ikkje lesast, så du ser dataa på sida. Det lagra er teke vare på.',
  savedNewer:
    'Det lagra arbeidet ditt er frå ein nyare versjon og kan ikkje opnast her, så du ser dataa på sida. Det lagra er teke vare på.',
  savedDownload: 'Last ned det lagra arbeidet',
  saveFailed:
    'Endringane kunne ikkje lagrast i nettlesaren (lagringa er full eller ikkje tillaten). Dei blir borte når du lukkar sida.',
  dismiss: 'Lukk meldinga',
  savedFileName: 'lagra-arbeid',
};

const en: EditingMessages = {
  historyLabel: 'Undo and redo',
  undo: 'Undo',
  redo: 'Redo',
  undone: 'Undone: {action}',
  redone: 'Redone: {action}',
  nothingToUndo: 'Nothing to undo',
  nothingToRedo: 'Nothing to redo',
  resetAction: "Back to the page's data",
  restoreAction: 'Work brought back',
  moveHandle: 'Move “{item}”',
  moveMenu: 'Move “{item}” to',
  moveUp: 'Up one place',
  moveDown: 'Down one place',
  moveFirst: 'First',
  moveLast: 'Last',
  moveTo: 'To “{target}”',
  movedTo: '“{item}” moved to place {position} of {count}',
  movedInto: '“{item}” moved to “{target}”, place {position} of {count}',
  savedUnreadable:
    "Your saved work could not be read, so you see the page's data. The saved work has been kept.",
  savedNewer:
    "Your saved work is from a newer version and cannot be opened here, so you see the page's data. The saved work has been kept.",
  savedDownload: 'Download the saved work',
  saveFailed:
    'Your changes could not be saved in the browser (storage is full or not allowed). They will be lost when you close the page.',
  dismiss: 'Dismiss',
  savedFileName: 'saved-work',
};

export const editingMessages: Readonly<Record<Lang, EditingMessages>> = { nb, nn, en };
