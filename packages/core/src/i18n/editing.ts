import type { Lang } from '../types.js';

/**
 * Undo and redo, which every editable widget shows. The nb object defines the shape;
 * placeholders in `{braces}` are filled with `format()`. The move menu's strings are in
 * move.ts and the saved-work notices in saved-work.ts, so a widget downloads only those it uses.
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
};

export const editingMessages: Readonly<Record<Lang, EditingMessages>> = { nb, nn, en };
