import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type {
  BoardDocument,
  BoardKind,
  BoardNote,
  Lang,
  MoveTarget,
  NoteColor,
  ParseResult,
  VoteLedger,
} from '@mulighetsrom/core';
import { boardChecks, quickParseBoard } from '@mulighetsrom/core/board/board-schema.js';
import {
  addNote,
  arrowTarget,
  columnNotes,
  deleteNote,
  editNote,
  findNote,
  moveNote,
  setNotesHidden,
  sortBoardByVotes,
} from '@mulighetsrom/core/board/edit.js';
import {
  BOARD_LAYOUTS,
  NOTE_COLORS,
  NOTE_COLOR_KEYS,
  type BoardColumn,
} from '@mulighetsrom/core/board/layouts.js';
import {
  boardCaption,
  describeHidden,
  describeNoteCount,
  describeVotes,
} from '@mulighetsrom/core/board/summary.js';
import { castVote, roomVote, takeBackVote, votesLeft } from '@mulighetsrom/core/board/votes.js';
import { boardMessages, type BoardMessages } from '@mulighetsrom/core/i18n/board.js';
import { commonMessages } from '@mulighetsrom/core/i18n/common.js';
import { format } from '@mulighetsrom/core/i18n/format.js';
import { moveMessages } from '@mulighetsrom/core/i18n/move.js';
import type { MaybeLater } from '../internal/data-source.js';
import { byData } from '../internal/by-data.js';
import { lazy } from '../internal/lazy.js';
import { MoveMenuController } from '../internal/move-menu.js';
import { MulighetsromElement } from '../internal/mulighetsrom-element.js';
import { offerFile } from '../internal/offer-file.js';
import { printOnPage } from '../internal/print-page.js';
import { RovingFocusController } from '../internal/roving-focus.js';
import { boardStyles } from './board.styles.js';

const errorsPart = lazy(() => import('./board-errors.js'));
// The file writers load with the first export: a board is read and edited without them.
const writers = lazy(() => import('@mulighetsrom/core/board/export.js'));

type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';
const ARROWS: ReadonlySet<string> = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** A note's key across the widget: board index and note id (`0/n3`). */
const keyOf = (board: number, id: string): string => `${board}/${id}`;
/** A column's container name for the move menu: board index and column id (`0/strengths`). */
const containerOf = (board: number, column: string): string => `${board}/${column}`;
function split(key: string): [number, string] {
  const at = key.indexOf('/');
  return [Number(key.slice(0, at)), key.slice(at + 1)];
}

let instances = 0;

/**
 * The note-board engine every workshop board is a configuration of (`<mulighetsrom-swot>`,
 * `<mulighetsrom-assessment-cross>`, `<mulighetsrom-situation-board>`): columns of notes under
 * headings with counts and guiding questions, and with `editable` adding, editing in place,
 * deleting and moving notes (the kit's move menu, Alt+Arrow, drag and drop), every step
 * undoable. Dot voting (`vote-limit`, `room-mode`), the silent brainstorm (hidden notes),
 * exports, A3 poster print and form association are here too. A subclass names its `kind` and
 * renders its own header fields.
 *
 * @event mulighetsrom-change - The user changed the board (`detail.value`), or undid or redid it.
 * @event mulighetsrom-error - Input data was rejected (`detail.errors`); the last good data stays.
 *
 * @csspart board - One board (a poster; a page in print).
 * @csspart column - One column or quadrant.
 * @csspart note - One note.
 * @csspart toolbar - Exports, print, sort, hide and reveal.
 * @csspart errors - The box listing data errors.
 *
 * @cssprop --mulighetsrom-board-note-yellow - The stripe of a yellow note (also -green, -blue, -pink, -orange, -purple).
 * @cssprop --mulighetsrom-color-focus-ring - The focus ring.
 */
export abstract class NoteBoardElement<
  T extends BoardDocument | BoardDocument[],
> extends MulighetsromElement<T> {
  /** Takes part in a surrounding form: `name` submits the JSON value. */
  static readonly formAssociated = true;

  static override styles = [MulighetsromElement.styles, boardStyles];

  /** The quick check returns a deep copy of its input. */
  protected static override readonly parseCopiesInput = true;

  /** Which board this is: its columns and texts. */
  protected abstract readonly kind: BoardKind;

  /** Dot votes each person has (on their own device); 0: no voting. */
  @property({ type: Number, attribute: 'vote-limit' }) voteLimit = 0;

  /** With voting on: this one device counts the room's votes (+ for each raised hand). */
  @property({ type: Boolean, reflect: true, attribute: 'room-mode' }) roomMode = false;

  /** Silent brainstorm: notes added are hidden from the room until revealed. */
  @property({ type: Boolean, reflect: true }) silent = false;

  /** Shows the buttons to download JSON, CSV and Markdown and to print. */
  @property({ type: Boolean, reflect: true }) toolbar = false;

  /** The form field's name: a surrounding `<form>` submits the board's JSON under it. */
  @property({ reflect: true }) name: string | null = null;

  /** A form with this board cannot be submitted while the board has no note. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** The board shown (a SWOT portfolio in tabs). */
  @state() protected activeBoard = 0;
  @state() private editingKey: string | undefined;
  /** A disabled `<fieldset>` or form around the board: no edits and no votes, like a field. */
  @state() private formDisabled = false;
  @state() private dropContainer: string | undefined;
  private dragging: { board: number; id: string } | undefined;
  private dropAt: MoveTarget | undefined;
  private movingBoard = 0;
  /** This device's personal votes, per board, for each state of the data (undo keeps them). */
  private readonly ledgers = new WeakMap<object, Readonly<Record<number, VoteLedger>>>();
  private formValue: T | undefined | null = null;
  protected readonly uid = `mr-board-${++instances}`;

  protected parseData(input: unknown): MaybeLater<ParseResult<T>> {
    const value = quickParseBoard(input, this.kind);
    if (value !== undefined) return { ok: true, value: value as T };
    return errorsPart
      .load()
      .then(({ boardErrors }) => boardErrors(input, this.kind, boardChecks[this.kind]));
  }

  // ---------------------------------------------------------------- subclass hooks

  /** The board's own header fields (read-only text, or inputs when editable). */
  protected abstract renderHeader(board: BoardDocument, index: number, lang: Lang): unknown;

  /** A tab's name in a portfolio. */
  protected boardLabel(board: BoardDocument, _index: number, lang: Lang): string {
    return boardCaption(board, this.kind, lang);
  }

  /** A portfolio shows its boards side by side instead of in tabs. */
  protected get sideBySide(): boolean {
    return false;
  }

  /** What follows the boards (the SWOT portfolio's summary). */
  protected renderAfter(_lang: Lang): unknown {
    return nothing;
  }

  // ---------------------------------------------------------------- public API

  /** The data as JSON text (unknown fields and generated note ids included). */
  async exportJSON(): Promise<string> {
    const [{ boardToJson }] = await Promise.all([writers.load(), this.updateComplete]);
    return this.current === undefined ? '' : boardToJson(this.current);
  }

  /** One CSV row per note (formula-safe), headings in the widget's language. */
  async exportCSV(): Promise<string> {
    const [{ boardToCsv }] = await Promise.all([writers.load(), this.updateComplete]);
    return this.current === undefined ? '' : boardToCsv(this.current, this.kind, this.language);
  }

  /** The board as Markdown: headings, guiding questions, notes. */
  async exportMarkdown(): Promise<string> {
    const [{ boardToMarkdown }] = await Promise.all([writers.load(), this.updateComplete]);
    return this.current === undefined
      ? ''
      : boardToMarkdown(this.current, this.kind, this.language);
  }

  /** Prints the boards as A3 landscape posters, one board per page. */
  printPoster(): void {
    printOnPage('A3 landscape');
  }

  /** The surrounding form, if any. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }

  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }

  get willValidate(): boolean {
    return this.internals?.willValidate ?? false;
  }

  checkValidity(): boolean {
    this.syncForm();
    return this.internals?.checkValidity() ?? true;
  }

  reportValidity(): boolean {
    this.syncForm();
    return this.internals?.reportValidity() ?? true;
  }

  /** The form owner changed: give the (new) form the value. */
  formAssociatedCallback(): void {
    this.formValue = null;
    this.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Edits are on: `editable`, and not disabled by the surrounding form. */
  protected get canEdit(): boolean {
    return this.editable && !this.formDisabled;
  }

  /** A form reset goes back to the page's data (see `clearSavedWork()`). */
  formResetCallback(): void {
    this.clearSavedWork();
  }

  // ---------------------------------------------------------------- data helpers

  /** The boards of the data: one, or a portfolio's. */
  protected get boards(): readonly BoardDocument[] {
    const value = this.current;
    if (value === undefined) return [];
    return Array.isArray(value) ? value : [value];
  }

  /** The board of the tab shown (the active one, within the portfolio's length). */
  private get shownBoard(): number {
    return Math.min(this.activeBoard, Math.max(0, this.boards.length - 1));
  }

  protected get isPortfolio(): boolean {
    return Array.isArray(this.current);
  }

  private get columns(): readonly BoardColumn[] {
    return BOARD_LAYOUTS[this.kind];
  }

  private get voting(): boolean {
    return this.voteLimit > 0 && !this.formDisabled;
  }

  private withBoard(index: number, next: BoardDocument): T {
    const value = this.current;
    if (!Array.isArray(value)) return next as T;
    const copy = [...value];
    copy[index] = next;
    return copy as T;
  }

  private ledger(board: number): VoteLedger {
    const value = this.current;
    return (value !== undefined && this.ledgers.get(value)?.[board]) || {};
  }

  /**
   * One edit of board `index`: an undo step named `label`, announced (unless `quiet`: the move
   * menu says its own). Returns whether anything changed.
   */
  protected editBoard(
    index: number,
    change: (doc: BoardDocument) => BoardDocument,
    label: string,
    options: { quiet?: boolean; ledger?: VoteLedger } = {},
  ): boolean {
    const doc = this.boards[index];
    const before = this.current;
    if (!doc || before === undefined) return false;
    const next = change(doc);
    if (next === doc) return false;
    const value = this.withBoard(index, next);
    const ledgers = this.ledgers.get(before) ?? {};
    this.ledgers.set(value, options.ledger ? { ...ledgers, [index]: options.ledger } : ledgers);
    this.commitEdit(value, label);
    if (!options.quiet) this.announcer.announce(label);
    return true;
  }

  /** The same edit of every board, as one undo step. */
  private editAll(change: (doc: BoardDocument) => BoardDocument, label: string): void {
    const before = this.current;
    if (before === undefined) return;
    const boards = this.boards;
    const next = boards.map(change);
    if (next.every((doc, i) => doc === boards[i])) return;
    const value = (Array.isArray(before) ? next : next[0]) as T;
    this.ledgers.set(value, this.ledgers.get(before) ?? {});
    this.commitEdit(value, label);
    this.announcer.announce(label);
  }

  /** A note's name in announcements and labels: its text (a hidden note is not read out). */
  private noteName(note: BoardNote | undefined, m: BoardMessages): string {
    if (!note) return '';
    return note.hidden ? m.hiddenNote : note.text;
  }

  private noteAt(at: MoveTarget): BoardNote | undefined {
    const [board, column] = split(at.container);
    const doc = this.boards[board];
    return doc ? columnNotes(doc, column)[at.index] : undefined;
  }

  private heading(container: string): string {
    const [, column] = split(container);
    const m = boardMessages[this.language];
    const found = this.columns.find((c) => c.id === column);
    return found ? m[found.heading] : column;
  }

  // ---------------------------------------------------------------- controllers

  /** One Tab stop over the notes; the arrows move spatially (columns side by side). */
  private readonly roving = new RovingFocusController<string>(this, {
    layout: 'grid',
    // In tabs, only the shown board's notes: a Tab stop in a hidden panel would be unreachable.
    rows: () =>
      this.boards.flatMap((doc, b) =>
        this.isPortfolio && !this.sideBySide && b !== this.shownBoard
          ? []
          : this.columns.map(({ id }) => columnNotes(doc, id).map((note) => keyOf(b, note.id))),
      ),
    element: (key) => this.noteBody(key),
    arrow: (key, arrow) => this.arrowFrom(key, arrow),
  });

  private noteBody(key: string): HTMLElement | undefined {
    return byData(this.renderRoot, '.note-body', 'key', key);
  }

  private arrowFrom(key: string, arrow: Arrow): string | undefined {
    const [board, id] = split(key);
    const doc = this.boards[board];
    const place = doc && findNote(doc, this.kind, id);
    if (!doc || !place) return undefined;
    const ids = this.columns.map((c) => c.id);
    let at = ids.indexOf(place.column);
    if (arrow === 'ArrowUp' || arrow === 'ArrowDown') {
      const notes = columnNotes(doc, place.column);
      const next = notes[place.index + (arrow === 'ArrowUp' ? -1 : 1)];
      return next ? keyOf(board, next.id) : undefined;
    }
    // Left and right: the nearest column that has notes, at the same index or its last.
    for (;;) {
      at += arrow === 'ArrowLeft' ? -1 : 1;
      const column = ids[at];
      if (column === undefined) return undefined;
      const notes = columnNotes(doc, column);
      const next = notes[Math.min(place.index, notes.length - 1)];
      if (next) return keyOf(board, next.id);
    }
  }

  /** The kit's move menu on each note: within its column, or to another of the same board. */
  private readonly moves: MoveMenuController = new MoveMenuController(this, {
    sizes: () => {
      const open = this.moves.open;
      const board = open ? split(open.container)[0] : this.movingBoard;
      const doc = this.boards[board];
      return new Map(
        this.columns.map(({ id }) => [
          containerOf(board, id),
          doc ? columnNotes(doc, id).length : 0,
        ]),
      );
    },
    itemText: (at) => this.noteName(this.noteAt(at), boardMessages[this.language]),
    containerText: (container) => this.heading(container),
    move: (from, to) => {
      this.movingBoard = split(from.container)[0];
      this.moveAt(from, to, true);
    },
    handle: (at) =>
      this.renderRoot.querySelector<HTMLElement>(
        `ul[data-container="${at.container}"] > li:nth-child(${at.index + 1}) .move-handle`,
      ),
    announce: (text) => this.announcer.announce(text),
    lang: () => this.language,
  });

  /** Moves a note (menu, keys or drag): one undo step; announced unless the menu does it. */
  private moveAt(from: MoveTarget, to: MoveTarget, quiet: boolean): boolean {
    const [board, fromColumn] = split(from.container);
    const [toBoard, toColumn] = split(to.container);
    if (board !== toBoard) return false;
    const note = this.noteAt(from);
    if (!note) return false;
    const lang = this.language;
    const name = this.noteName(note, boardMessages[lang]);
    const done = this.editBoard(
      board,
      (doc) =>
        moveNote(
          doc,
          this.kind,
          { container: fromColumn, index: from.index },
          { container: toColumn, index: to.index },
        ),
      format(boardMessages[lang].noteMoved, { note: name }),
      { quiet: true },
    );
    if (done && !quiet) {
      const doc = this.boards[board]!;
      const place = findNote(doc, this.kind, note.id)!;
      const m = moveMessages[lang];
      const params = {
        item: name,
        position: place.index + 1,
        count: columnNotes(doc, place.column).length,
      };
      this.announcer.announce(
        place.column === fromColumn
          ? format(m.movedTo, params)
          : format(m.movedInto, { ...params, target: this.heading(to.container) }),
      );
    }
    return done;
  }

  // ---------------------------------------------------------------- form

  /** The note that had focus before an update (undo may move it to another column). */
  private focusedKey: string | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (isServer) return; // Lit SSR: no DOM, nothing focused
    const focused = this.renderRoot?.querySelector?.('.note-body:focus');
    this.focusedKey = focused instanceof HTMLElement ? focused.dataset['key'] : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
    // A note re-rendered in another column (undo, redo) gets its focus back.
    const key = this.focusedKey;
    this.focusedKey = undefined;
    if (key !== undefined && !this.renderRoot.querySelector('.note-body:focus'))
      this.noteBody(key)?.focus();
  }

  /** The form value (the JSON) and validity (`required`: at least one note). */
  private syncForm(): void {
    const internals = this.internals;
    if (!internals || typeof internals.setFormValue !== 'function') return;
    const value = this.current;
    // Only a field in a form has a value to submit (the JSON of 200 notes is not free).
    if (value !== this.formValue && (internals.form || this.name)) {
      this.formValue = value;
      internals.setFormValue(value === undefined ? null : JSON.stringify(value));
    }
    if (!this.required) {
      internals.setValidity({});
      return;
    }
    const empty = this.boards.every((doc) =>
      this.columns.every(({ id }) => columnNotes(doc, id).length === 0),
    );
    if (empty) {
      const anchor = this.renderRoot.querySelector<HTMLElement>('.add input[name="text"]');
      internals.setValidity(
        { valueMissing: true },
        boardMessages[this.language].required,
        anchor ?? undefined,
      );
    } else internals.setValidity({});
  }

  // ---------------------------------------------------------------- note actions

  private startEdit(key: string): void {
    if (!this.canEdit) return;
    this.editingKey = key;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLTextAreaElement>('.editor textarea')?.focus(),
    );
  }

  private stopEdit(key: string): void {
    this.editingKey = undefined;
    void this.roving.focus(key);
  }

  private onEditorSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const key = form.dataset['key'] ?? '';
    const [board, id] = split(key);
    const data = new FormData(form);
    const text = String(data.get('text') ?? '');
    const color = String(data.get('color') ?? '');
    const lang = this.language;
    if (text.trim())
      this.editBoard(
        board,
        (doc) =>
          editNote(doc, this.kind, id, {
            text,
            author: String(data.get('author') ?? ''),
            color: (color || null) as NoteColor | null,
          }),
        format(boardMessages[lang].noteEdited, { note: text.trim() }),
      );
    this.stopEdit(key);
  };

  private onEditorKeydown = (event: KeyboardEvent): void => {
    const form = event.currentTarget as HTMLFormElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.stopEdit(form.dataset['key'] ?? '');
    } else if (
      event.key === 'Enter' &&
      !event.shiftKey &&
      (event.target as HTMLElement).tagName === 'TEXTAREA'
    ) {
      event.preventDefault();
      form.requestSubmit();
    }
  };

  private deleteAt(key: string): void {
    const [board, id] = split(key);
    const doc = this.boards[board];
    const place = doc && findNote(doc, this.kind, id);
    if (!doc || !place) return;
    const m = boardMessages[this.language];
    const done = this.editBoard(
      board,
      (d) => deleteNote(d, this.kind, id),
      format(m.noteDeleted, { note: this.noteName(place.note, m) }),
    );
    if (!done) return;
    // Focus the note now in its place, else the one before, else the column's add field.
    const notes = columnNotes(this.boards[board]!, place.column);
    const near = notes[Math.min(place.index, notes.length - 1)];
    if (near) void this.roving.focus(keyOf(board, near.id));
    else
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLElement>(
            `form.add[data-container="${containerOf(board, place.column)}"] input`,
          )
          ?.focus(),
      );
  }

  private onAdd = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const [board, column] = split(form.dataset['container'] ?? '');
    const data = new FormData(form);
    const text = String(data.get('text') ?? '').trim();
    if (!text) return;
    const color = String(data.get('color') ?? '');
    const m = boardMessages[this.language];
    const done = this.editBoard(
      board,
      (doc) =>
        addNote(doc, this.kind, column, {
          text,
          author: String(data.get('author') ?? ''),
          color: (color || undefined) as NoteColor | undefined,
          hidden: this.silent,
        })?.doc ?? doc,
      format(m.noteAdded, {
        note: this.silent ? m.hiddenNote : text,
        column: this.heading(form.dataset['container'] ?? ''),
      }),
    );
    if (done) (form.elements.namedItem('text') as HTMLInputElement).value = '';
  };

  private vote(key: string, action: string): void {
    const [board, id] = split(key);
    const doc = this.boards[board];
    const place = doc && findNote(doc, this.kind, id);
    if (!doc || !place) return;
    const m = boardMessages[this.language];
    const note = this.noteName(place.note, m);
    const count = (d: BoardDocument): number => findNote(d, this.kind, id)?.note.votes ?? 0;
    if (action === 'room-add' || action === 'room-remove') {
      const delta = action === 'room-add' ? 1 : -1;
      this.editBoard(
        board,
        (d) => roomVote(d, this.kind, id, delta),
        format(m[delta > 0 ? 'voted' : 'tookBack'], {
          note,
          count: Math.max(0, count(doc) + delta),
        }),
      );
      return;
    }
    const ledger = this.ledger(board);
    const result =
      action === 'vote'
        ? castVote(doc, this.kind, id, ledger, this.voteLimit)
        : takeBackVote(doc, this.kind, id, ledger);
    if (!result) {
      if (action === 'vote')
        this.announcer.announce(format(m.noVotesLeft, { limit: this.voteLimit }));
      return;
    }
    this.editBoard(
      board,
      () => result.doc,
      format(m[action === 'vote' ? 'voted' : 'tookBack'], { note, count: count(result.doc) }),
      { ledger: result.ledger },
    );
  }

  // ---------------------------------------------------------------- delegated events

  private keyOfEvent(event: Event): string | undefined {
    const target = event.target instanceof Element ? event.target.closest('[data-key]') : null;
    return target instanceof HTMLElement ? target.dataset['key'] : undefined;
  }

  private onNotesClick = (event: MouseEvent): void => {
    const button =
      event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    const key = this.keyOfEvent(event);
    if (!(button instanceof HTMLElement) || key === undefined) return;
    const action = button.dataset['action'] ?? '';
    if (action === 'edit') this.startEdit(key);
    else if (action === 'delete') this.deleteAt(key);
    else if (action === 'cancel') this.stopEdit(key);
    else this.vote(key, action);
  };

  private onNoteKeydown = (event: KeyboardEvent): void => {
    const body = event.target as HTMLElement;
    if (!body.classList?.contains('note-body')) return;
    const key = body.dataset['key'];
    if (key === undefined) return;
    if (event.altKey && ARROWS.has(event.key)) {
      event.preventDefault();
      if (this.canEdit) this.arrowMove(key, event.key as Arrow);
      return;
    }
    if (this.canEdit && (event.key === 'Enter' || event.key === 'F2')) {
      const [board, id] = split(key);
      const note = this.boards[board] && findNote(this.boards[board], this.kind, id)?.note;
      if (note && !note.hidden) {
        event.preventDefault();
        this.startEdit(key);
      }
      return;
    }
    if (this.canEdit && event.key === 'Delete') {
      event.preventDefault();
      this.deleteAt(key);
      return;
    }
    this.roving.onKeydown(event, key);
  };

  private arrowMove(key: string, arrow: Arrow): void {
    const [board, id] = split(key);
    const doc = this.boards[board];
    const place = doc && findNote(doc, this.kind, id);
    if (!doc || !place) return;
    const from = { container: place.column, index: place.index };
    const to = arrowTarget(doc, this.kind, from, arrow);
    if (!to) return;
    const done = this.moveAt(
      { container: containerOf(board, from.container), index: from.index },
      { container: containerOf(board, to.container), index: to.index },
      false,
    );
    if (done) void this.roving.focus(key);
  }

  private onNoteFocus = (event: FocusEvent): void => {
    const body = event.target as HTMLElement;
    if (!body.classList?.contains('note-body')) return;
    const key = body.dataset['key'];
    if (key !== undefined) this.roving.activate(key);
  };

  // Native drag and drop: drop on a note goes before it (after it in its lower half), on a
  // column's free space at its end. The move menu and Alt+Arrow are the alternatives.
  private onDragStart = (event: DragEvent): void => {
    const li = event.target instanceof Element ? event.target.closest('li[data-key]') : null;
    const key = li instanceof HTMLElement ? li.dataset['key'] : undefined;
    if (!this.canEdit || key === undefined) return;
    const [board, id] = split(key);
    this.dragging = { board, id };
    const note = findNote(this.boards[board]!, this.kind, id)?.note;
    event.dataTransfer?.setData('text/plain', this.noteName(note, boardMessages[this.language]));
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  };

  private onDragOver = (event: DragEvent): void => {
    const drag = this.dragging;
    const column = event.currentTarget as HTMLElement;
    const container = column.dataset['container'] ?? '';
    const [board, columnId] = split(container);
    if (!drag || drag.board !== board) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    const doc = this.boards[board]!;
    const notes = columnNotes(doc, columnId);
    const li = event.target instanceof Element ? event.target.closest('li[data-key]') : null;
    let index = notes.length;
    if (li instanceof HTMLElement) {
      const over = notes.findIndex((n) => keyOf(board, n.id) === li.dataset['key']);
      const box = li.getBoundingClientRect();
      if (over >= 0) index = over + (event.clientY > box.top + box.height / 2 ? 1 : 0);
    }
    // moveNote() takes the index after the move: within a column, later places shift by one.
    const from = findNote(doc, this.kind, drag.id);
    if (from && from.column === columnId && from.index < index) index--;
    this.dropAt = { container, index };
    this.dropContainer = container;
  };

  private onDragLeave = (event: DragEvent): void => {
    const column = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && column.contains(event.relatedTarget)) return;
    if (this.dropContainer === column.dataset['container']) this.dropContainer = undefined;
  };

  private onDrop = (event: DragEvent): void => {
    const drag = this.dragging;
    const to = this.dropAt;
    this.endDrag();
    if (!drag || !to) return;
    event.preventDefault();
    const doc = this.boards[drag.board];
    const place = doc && findNote(doc, this.kind, drag.id);
    if (!place) return;
    const done = this.moveAt(
      { container: containerOf(drag.board, place.column), index: place.index },
      to,
      false,
    );
    if (done) void this.roving.focus(keyOf(drag.board, drag.id));
  };

  private endDrag = (): void => {
    this.dragging = undefined;
    this.dropAt = undefined;
    this.dropContainer = undefined;
  };

  // ---------------------------------------------------------------- toolbar

  private download(kind: 'json' | 'csv' | 'md'): void {
    const types = { json: 'application/json', csv: 'text/csv;charset=utf-8', md: 'text/markdown' };
    const make = {
      json: () => this.exportJSON(),
      csv: () => this.exportCSV(),
      md: () => this.exportMarkdown(),
    };
    const first = this.boards[this.activeBoard] ?? this.boards[0];
    void offerFile(
      async () => new Blob([await make[kind]()], { type: types[kind] }),
      first ? boardCaption(first, this.kind, this.language) : undefined,
      kind,
    );
  }

  private onToolbarClick = (event: MouseEvent): void => {
    const button =
      event.target instanceof Element ? event.target.closest('button[data-tool]') : null;
    if (!(button instanceof HTMLElement)) return;
    const m = boardMessages[this.language];
    switch (button.dataset['tool']) {
      case 'json':
      case 'csv':
      case 'md':
        this.download(button.dataset['tool']);
        break;
      case 'print':
        this.printPoster();
        break;
      case 'sort':
        this.editAll((doc) => sortBoardByVotes(doc, this.kind), m.sorted);
        break;
      case 'reveal':
        this.editAll((doc) => setNotesHidden(doc, this.kind, false), m.revealed);
        break;
      case 'hide':
        this.editAll((doc) => setNotesHidden(doc, this.kind, true), m.hidden);
        break;
    }
  };

  // ---------------------------------------------------------------- portfolio tabs

  private selectBoard(index: number, focus: boolean): void {
    this.activeBoard = index;
    if (focus)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#${this.uid}-tab-${index}`)?.focus(),
      );
  }

  /** The APG tabs keys: Left and Right wrap around, Home and End go to the ends. */
  private onTabKeydown = (event: KeyboardEvent): void => {
    const count = this.boards.length;
    const at = this.activeBoard;
    const next = {
      ArrowLeft: (at - 1 + count) % count,
      ArrowRight: (at + 1) % count,
      Home: 0,
      End: count - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.selectBoard(next, true);
  };

  // ---------------------------------------------------------------- render

  override render() {
    const boards = this.boards;
    if (boards.length === 0) return html`${this.renderNotices()}`;
    const lang = this.language;
    const m = boardMessages[lang];
    const tabs = this.isPortfolio && !this.sideBySide;
    const active = this.shownBoard;
    return html`${this.renderNotices()}
      <div class="widget ${this.canEdit ? 'editable' : 'readonly'}">
        ${this.renderToolbar(lang)}
        ${
          this.canEdit
            ? html`<div class="edit-bar">${this.history.renderButtons(lang)}</div>
                <p class="help" id="${this.uid}-help">${m.editHelp}</p>`
            : nothing
        }
        ${this.voting && this.roomMode ? html`<p class="help">${m.roomHelp}</p>` : nothing}
        ${
          tabs
            ? html`<div role="tablist" aria-label=${m.portfolioLabel} @keydown=${this.onTabKeydown}>
                ${boards.map(
                  (doc, b) =>
                    html`<button
                      type="button"
                      role="tab"
                      id="${this.uid}-tab-${b}"
                      aria-selected=${b === active ? 'true' : 'false'}
                      aria-controls="${this.uid}-panel-${b}"
                      tabindex=${b === active ? 0 : -1}
                      @click=${() => this.selectBoard(b, false)}
                    >
                      ${this.boardLabel(doc, b, lang)}
                    </button>`,
                )}
              </div>`
            : nothing
        }
        <div
          class="boards ${this.isPortfolio && !tabs ? 'side-by-side' : ''}"
          @click=${this.onNotesClick}
          @keydown=${this.onNoteKeydown}
          @focusin=${this.onNoteFocus}
          @dragstart=${this.onDragStart}
          @dragend=${this.endDrag}
        >
          ${boards.map((doc, b) => this.renderBoard(doc, b, lang, tabs, active))}
        </div>
        ${this.renderAfter(lang)}
      </div>`;
  }

  private renderToolbar(lang: Lang): unknown {
    const m = boardMessages[lang];
    const facilitator = this.canEdit || this.toolbar;
    const notes = this.boards.flatMap((doc) =>
      this.columns.flatMap(({ id }) => columnNotes(doc, id)),
    );
    const anyHidden = notes.some((n) => n.hidden);
    const anyShown = notes.some((n) => !n.hidden);
    if (!this.toolbar && !this.voting && !(facilitator && (anyHidden || anyShown))) return nothing;
    return html`<div
      class="toolbar"
      part="toolbar"
      role="group"
      aria-label=${m.toolbarLabel}
      @click=${this.onToolbarClick}
    >
      ${
        this.toolbar
          ? html`<button type="button" data-tool="json">${m.exportJson}</button>
              <button type="button" data-tool="csv">${m.exportCsv}</button>
              <button type="button" data-tool="md">${m.exportMarkdown}</button>
              <button type="button" data-tool="print">${commonMessages[lang].print}</button>`
          : nothing
      }
      ${this.voting ? html`<button type="button" data-tool="sort">${m.sortByVotes}</button>` : nothing}
      ${facilitator && anyHidden ? html`<button type="button" data-tool="reveal">${m.revealAll}</button>` : nothing}
      ${facilitator && anyShown && (this.silent || this.toolbar || anyHidden) ? html`<button type="button" data-tool="hide">${m.hideAll}</button>` : nothing}
    </div>`;
  }

  private renderBoard(
    doc: BoardDocument,
    b: number,
    lang: Lang,
    tabs: boolean,
    active: number,
  ): TemplateResult {
    const m = boardMessages[lang];
    const captionId = `${this.uid}-caption-${b}`;
    const personal = this.voting && !this.roomMode;
    const left = votesLeft(this.ledger(b), this.voteLimit);
    return html`<section
      class="board"
      part="board"
      id="${this.uid}-panel-${b}"
      role=${ifDefined(tabs ? 'tabpanel' : undefined)}
      aria-labelledby=${tabs ? `${this.uid}-tab-${b}` : captionId}
      tabindex=${ifDefined(tabs ? '0' : undefined)}
      ?hidden=${tabs && b !== active}
    >
      <h2 id=${captionId}>${boardCaption(doc, this.kind, lang)}</h2>
      ${this.renderHeader(doc, b, lang)}
      ${
        personal
          ? html`<p class="status">
              ${
                left > 0
                  ? format(m.votesLeft, { count: left, limit: this.voteLimit })
                  : format(m.noVotesLeft, { limit: this.voteLimit })
              }
            </p>`
          : nothing
      }
      <div class="columns columns-${this.columns.length}">
        ${this.columns.map((column) => this.renderColumn(doc, b, column, lang))}
      </div>
    </section>`;
  }

  private renderColumn(
    doc: BoardDocument,
    b: number,
    column: BoardColumn,
    lang: Lang,
  ): TemplateResult {
    const m = boardMessages[lang];
    const notes = columnNotes(doc, column.id);
    const container = containerOf(b, column.id);
    const headingId = `${this.uid}-h-${b}-${column.id}`;
    const hidden = notes.filter((n) => n.hidden).length;
    const editable = this.canEdit;
    const active = this.roving.active;
    const open = this.moves.open;
    const here = (key: string | undefined): string | undefined =>
      key !== undefined && key.startsWith(`${b}/`) && notes.some((n) => keyOf(b, n.id) === key)
        ? key
        : undefined;
    return html`<div
      class="column ${this.dropContainer === container ? 'drop' : ''}"
      part="column"
      role="group"
      data-column=${column.id}
      data-container=${container}
      aria-labelledby=${headingId}
      @dragover=${editable ? this.onDragOver : nothing}
      @dragleave=${editable ? this.onDragLeave : nothing}
      @drop=${editable ? this.onDrop : nothing}
    >
      <h3 id=${headingId}>
        ${m[column.heading]}
        <span class="count">(${describeNoteCount(notes.length, lang)})</span>
      </h3>
      <p class="question">${m[column.question]}</p>
      ${hidden > 0 ? html`<p class="hidden-count">${describeHidden(hidden, lang)}</p>` : nothing}
      ${guard(
        [
          notes,
          lang,
          editable,
          this.voting,
          this.roomMode,
          this.voting && !this.roomMode ? this.ledger(b) : undefined,
          this.voting && !this.roomMode ? votesLeft(this.ledger(b), this.voteLimit) : 0,
          here(this.editingKey),
          here(active),
          open?.container === container ? open.index : -1,
        ],
        () => this.renderNotes(notes, b, container, lang),
      )}
      ${editable ? this.renderAdd(b, column, container, lang) : nothing}
    </div>`;
  }

  private renderNotes(
    notes: readonly BoardNote[],
    b: number,
    container: string,
    lang: Lang,
  ): TemplateResult {
    if (notes.length === 0) return html`<p class="empty">${boardMessages[lang].emptyColumn}</p>`;
    const interactive = this.canEdit || this.voting;
    const personal = this.voting && !this.roomMode;
    const ledger = personal ? this.ledger(b) : {};
    const left = personal ? votesLeft(ledger, this.voteLimit) : 0;
    return html`<ul class="notes" data-container=${container}>
      ${repeat(
        notes,
        (note) => note.id,
        (note, index) => {
          // Read-only, nothing moves: the column's guard is enough, and a first render of many
          // notes need not pay for a guard on each.
          if (!interactive) return this.renderNote(note, b, container, lang);
          // Each note renders again only when something it shows changed: a move re-renders
          // the moved note, not every note whose place shifted.
          const key = keyOf(b, note.id);
          const open = this.moves.open;
          return guard(
            [
              note,
              lang,
              this.canEdit,
              this.voting,
              this.roomMode,
              personal ? (ledger[note.id] ?? 0) : 0,
              personal ? left > 0 : false,
              this.roving.tabIndex(key),
              this.editingKey === key,
              open?.container === container && open.index === index,
            ],
            () => this.renderNote(note, b, container, lang),
          );
        },
      )}
    </ul>`;
  }

  private renderNote(note: BoardNote, b: number, container: string, lang: Lang): TemplateResult {
    const m = boardMessages[lang];
    const key = keyOf(b, note.id);
    const editable = this.canEdit;
    const colorClass = note.color ? ` color-${note.color}` : '';
    if (editable && this.editingKey === key) return this.renderEditor(note, key, lang);
    const name = this.noteName(note, m);
    const meta: string[] = [];
    if (!note.hidden) {
      if (note.author) meta.push(format(m.byAuthor, { author: note.author }));
      if (note.color) meta.push(format(m.colorName, { color: m[NOTE_COLOR_KEYS[note.color]] }));
    }
    const votes = note.votes ?? 0;
    if (votes > 0 || this.voting) meta.push(describeVotes(votes, lang));
    // Only the current note's buttons are Tab stops (arrows go from note to note), so a board
    // of 50 notes is not 150 Tab presses long; screen readers still list every button.
    const current = this.roving.tabIndex(key) === 0;
    const tab = current ? undefined : -1;
    return html`<li
      class="note${colorClass}${note.hidden ? ' is-hidden' : ''}"
      part="note"
      data-key=${key}
      draggable=${ifDefined(editable ? 'true' : undefined)}
    >
      <div
        class="note-body"
        data-key=${key}
        tabindex=${this.roving.tabIndex(key)}
        aria-describedby=${ifDefined(editable ? `${this.uid}-help` : undefined)}
      >
        ${
          note.hidden
            ? html`<span class="blur" aria-hidden="true">▇▇▇ ▇▇▇▇ ▇▇</span
                ><span class="text">${m.hiddenNote}</span>`
            : html`<span class="text">${note.text}</span>`
        }
        ${meta.length > 0 ? html`<span class="meta">${meta.join(' · ')}</span>` : nothing}
      </div>
      ${
        editable || this.voting
          ? html`<div class="actions">
              ${this.voting ? this.renderVoteButtons(note, b, name, m, tab) : nothing}
              ${
                editable
                  ? html`${this.moves.render(this.placeOf(b, container, note.id), lang, current)}
                      ${
                        note.hidden
                          ? nothing
                          : html`<button
                              type="button"
                              data-action="edit"
                              tabindex=${ifDefined(tab)}
                              aria-label=${format(m.editNote, { note: name })}
                            >
                              ${commonMessages[lang].edit}
                            </button>`
                      }
                      <button
                        type="button"
                        data-action="delete"
                        tabindex=${ifDefined(tab)}
                        aria-label=${format(m.deleteNote, { note: name })}
                      >
                        ✕
                      </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </li>`;
  }

  /**
   * Where note `id` stands now, for the move menu: its index is read when used, so a note whose
   * place shifted (another note moved) need not render again.
   */
  private placeOf(board: number, container: string, id: string): MoveTarget {
    const column = split(container)[1];
    const boards = (): readonly BoardDocument[] => this.boards;
    return {
      container,
      get index(): number {
        const doc = boards()[board];
        return doc ? columnNotes(doc, column).findIndex((note) => note.id === id) : -1;
      },
    };
  }

  private renderVoteButtons(
    note: BoardNote,
    b: number,
    name: string,
    m: BoardMessages,
    tab: number | undefined,
  ): TemplateResult {
    if (this.roomMode)
      return html`<button
          type="button"
          data-action="room-add"
          tabindex=${ifDefined(tab)}
          aria-label=${format(m.roomAdd, { note: name })}
        >
          +
        </button>
        <button
          type="button"
          data-action="room-remove"
          tabindex=${ifDefined(tab)}
          aria-label=${format(m.roomRemove, { note: name })}
          aria-disabled=${(note.votes ?? 0) > 0 ? 'false' : 'true'}
        >
          −
        </button>`;
    const ledger = this.ledger(b);
    const left = votesLeft(ledger, this.voteLimit);
    return html`<button
        type="button"
        data-action="vote"
        tabindex=${ifDefined(tab)}
        aria-label=${format(m.vote, { note: name })}
        aria-disabled=${left > 0 ? 'false' : 'true'}
      >
        ${m.voteShort}
      </button>
      ${
        (ledger[note.id] ?? 0) > 0
          ? html`<button
              type="button"
              data-action="take-back"
              tabindex=${ifDefined(tab)}
              aria-label=${format(m.takeBack, { note: name })}
            >
              ${m.takeBackShort}
            </button>`
          : nothing
      }`;
  }

  private renderColorOptions(m: BoardMessages, selected: NoteColor | undefined): TemplateResult {
    return html`<option value="" ?selected=${selected === undefined}>${m.colorNone}</option>
      ${NOTE_COLORS.map(
        (color) =>
          html`<option value=${color} ?selected=${selected === color}>
            ${m[NOTE_COLOR_KEYS[color]]}
          </option>`,
      )}`;
  }

  private renderEditor(note: BoardNote, key: string, lang: Lang): TemplateResult {
    const m = boardMessages[lang];
    return html`<li class="note editing" data-key=${key}>
      <form
        class="editor"
        data-key=${key}
        @submit=${this.onEditorSubmit}
        @keydown=${this.onEditorKeydown}
      >
        <label>${m.noteText} <textarea name="text" rows="3" .value=${note.text}></textarea></label>
        <div class="more">
          <label
            >${m.authorLabel} <input name="author" type="text" .value=${note.author ?? ''}
          /></label>
          <label
            >${m.colorLabel}
            <select name="color">
              ${this.renderColorOptions(m, note.color)}
            </select></label
          >
          <button type="submit">${m.saveNote}</button>
          <button type="button" data-action="cancel">${m.cancelEdit}</button>
        </div>
      </form>
    </li>`;
  }

  private renderAdd(b: number, column: BoardColumn, container: string, lang: Lang): TemplateResult {
    const m = boardMessages[lang];
    const heading = m[column.heading];
    return html`<form class="add" data-container=${container} @submit=${this.onAdd}>
      <label>${format(m.newNote, { column: heading })} <input name="text" type="text" /></label>
      <div class="more">
        <label>${m.authorLabel} <input name="author" type="text" /></label>
        <label
          >${m.colorLabel}
          <select name="color">
            ${this.renderColorOptions(m, undefined)}
          </select></label
        >
        <button type="submit">${m.addNote}</button>
      </div>
    </form>`;
  }

  // ---------------------------------------------------------------- header helpers

  /**
   * A header text field of board `index` (`title`, `subject`, `office`, `because`): an input
   * when editable, committing on change as one undo step.
   */
  protected renderTextField(
    doc: BoardDocument,
    index: number,
    key: string,
    label: string,
    multiline = false,
  ): TemplateResult {
    const value = typeof doc[key] === 'string' ? (doc[key] as string) : '';
    const change = (event: Event): void => {
      const text = (event.target as HTMLInputElement).value;
      this.editBoard(
        index,
        (d) => {
          if ((d[key] ?? '') === text) return d;
          const next: Record<string, unknown> = { ...d };
          if (text === '') delete next[key];
          else next[key] = text;
          return next as BoardDocument;
        },
        format(boardMessages[this.language].fieldChanged, { field: label }),
      );
    };
    return html`<label class=${multiline ? 'wide' : ''}
      >${label}
      ${
        multiline
          ? html`<textarea rows="2" .value=${value} @change=${change}></textarea>`
          : html`<input type="text" .value=${value} @change=${change} />`
      }</label
    >`;
  }
}
