import type { Lang } from '../types.js';

/**
 * The move menu (the single-pointer alternative to dragging) and what a screen reader hears
 * after a move. `{item}` is always the item's own text, never an id.
 */
const nb = {
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
} as const;

export type MoveMessages = { readonly [K in keyof typeof nb]: string };

const nn: MoveMessages = {
  moveHandle: 'Flytt «{item}»',
  moveMenu: 'Flytt «{item}» til',
  moveUp: 'Opp eitt steg',
  moveDown: 'Ned eitt steg',
  moveFirst: 'Først',
  moveLast: 'Sist',
  moveTo: 'Til «{target}»',
  movedTo: '«{item}» flytt til plass {position} av {count}',
  movedInto: '«{item}» flytt til «{target}», plass {position} av {count}',
};

const en: MoveMessages = {
  moveHandle: 'Move “{item}”',
  moveMenu: 'Move “{item}” to',
  moveUp: 'Up one place',
  moveDown: 'Down one place',
  moveFirst: 'First',
  moveLast: 'Last',
  moveTo: 'To “{target}”',
  movedTo: '“{item}” moved to place {position} of {count}',
  movedInto: '“{item}” moved to “{target}”, place {position} of {count}',
};

export const moveMessages: Readonly<Record<Lang, MoveMessages>> = { nb, nn, en };
