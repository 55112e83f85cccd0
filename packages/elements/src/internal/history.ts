import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { EditingMessages, Lang } from '@mulighetsrom/core';
import { lazy } from './lazy.js';
import type { LazyPartsController } from './lazy-parts.js';

/** The buttons and the words of undo and redo, loaded when first needed. */
const historyTexts = lazy(() => import('./history-texts.js'));

/** What a step did, in words: a text, or one picked from the editing catalog in any language. */
export type StepLabel = string | ((messages: EditingMessages) => string);

/** One user action: the data before and after it, and what it did in words («Status endret»). */
export interface HistoryStep<T> {
  readonly before: T;
  readonly after: T;
  readonly label: StepLabel;
}

export interface HistoryOptions<T> {
  /** Shows `value` as the current data (saved and announced by `change`, but not recorded). */
  readonly apply: (value: T) => void;
  readonly announce: (text: string) => void;
  readonly lang: () => Lang;
  readonly parts: LazyPartsController;
  /** Steps kept; the oldest go first. */
  readonly limit?: number;
}

const isMac = (): boolean => /Mac|iP(hone|ad|od)/.test(globalThis.navigator?.platform ?? '');

/** Keys typed into these are the field's own undo, not the widget's. */
function isTextField(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * Undo and redo over a stack of values: one user action is one step (a paste, a move, a reset).
 * Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z and Ctrl+Y redo, anywhere in the widget except in a text
 * field; `renderButtons()` gives the two buttons for an editable widget's toolbar. Each undo and
 * redo is announced with what it undid.
 */
export class HistoryController<T> implements ReactiveController {
  private done: HistoryStep<T>[] = [];
  private undone: HistoryStep<T>[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: HistoryOptions<T>,
  ) {
    host.addController(this);
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Records a step the user just took; a new step drops what was undone. */
  record(step: HistoryStep<T>): void {
    this.done.push(step);
    const limit = this.options.limit ?? 100;
    if (this.done.length > limit) this.done.splice(0, this.done.length - limit);
    this.undone = [];
    this.host.requestUpdate();
  }

  /** Forgets every step: the data was replaced from outside (the page set new data). */
  clear(): void {
    if (!this.canUndo && !this.canRedo) return;
    this.done = [];
    this.undone = [];
    this.host.requestUpdate();
  }

  undo(): void {
    this.travel(this.done, this.undone, 'before', 'undo');
  }

  redo(): void {
    this.travel(this.undone, this.done, 'after', 'redo');
  }

  private travel(
    from: HistoryStep<T>[],
    to: HistoryStep<T>[],
    side: 'before' | 'after',
    kind: 'undo' | 'redo',
  ): void {
    const step = from.pop();
    if (step) {
      to.push(step);
      this.options.apply(step[side]);
      this.host.requestUpdate();
    }
    const lang = this.options.lang();
    this.options.parts.with(historyTexts, (texts) =>
      this.options.announce(texts.travelText(kind, step?.label, lang)),
    );
  }

  private onKeydown = (event: KeyboardEvent): void => {
    const modifier = isMac() ? event.metaKey : event.ctrlKey;
    if (!modifier || event.altKey || isTextField(event.composedPath()[0])) return;
    const key = event.key.toLowerCase();
    if (key === 'z') {
      event.preventDefault();
      if (event.shiftKey) this.redo();
      else this.undo();
    } else if (key === 'y' && !event.shiftKey) {
      event.preventDefault();
      this.redo();
    }
  };

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
  }

  /** The undo and redo buttons (nothing until their code has loaded: the host re-renders). */
  renderButtons(lang: Lang): unknown {
    return (
      this.options.parts.get(historyTexts)?.renderHistoryButtons(this, lang, isMac()) ?? nothing
    );
  }
}
