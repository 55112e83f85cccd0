// Test-only widget (excluded from the build): two columns of notes, editable, with a roving
// focus over the notes (a grid: one row per column) and the move menu on each note.
import { html } from 'lit';
import type { MoveTarget, ParseResult } from '@mulighetsrom/core';
import { moveItem } from '@mulighetsrom/core/editing/move.js';
import { define } from './define.js';
import { MoveMenuController } from './move-menu.js';
import { MulighetsromElement } from './mulighetsrom-element.js';
import { RovingFocusController } from './roving-focus.js';

export interface BoardDoc {
  columns: Record<string, string[]>;
}

const NAMES: Record<string, string> = { a: 'Styrker', b: 'Svakheter' };

export class BoardFixture extends MulighetsromElement<BoardDoc> {
  protected parseData(input: unknown): ParseResult<BoardDoc> {
    return { ok: true, value: structuredClone(input) as BoardDoc };
  }

  private columns(): [string, string[]][] {
    return Object.entries(this.current?.columns ?? {});
  }

  private note(at: MoveTarget): string {
    return this.current?.columns[at.container]?.[at.index] ?? '';
  }

  readonly roving = new RovingFocusController<string>(this, {
    layout: 'grid',
    rows: () => this.columns().map(([, notes]) => notes),
    element: (text) =>
      [...this.renderRoot.querySelectorAll<HTMLElement>('.note')].find(
        (note) => note.dataset.text === text,
      ),
  });

  readonly moves = new MoveMenuController(this, {
    sizes: () => new Map(this.columns().map(([id, notes]) => [id, notes.length])),
    itemText: (at) => this.note(at),
    containerText: (id) => NAMES[id] ?? id,
    move: (from, to) => {
      const moved = moveItem(this.current!.columns, from, to);
      if (moved) this.commitEdit({ columns: moved }, `«${this.note(from)}» flyttet`);
    },
    handle: (at) =>
      this.renderRoot.querySelector<HTMLElement>(
        `[data-column="${at.container}"] li:nth-child(${at.index + 1}) .move-handle`,
      ),
    announce: (text) => this.announcer.announce(text),
    lang: () => this.language,
  });

  /** Test hook: what the live region said last. */
  get announced(): string {
    return this.announcer.message;
  }

  override render() {
    const lang = this.language;
    return html`${this.renderNotices()}${this.history.renderButtons(lang)}
    ${this.columns().map(
      ([id, notes]) =>
        html`<section data-column=${id} aria-label=${NAMES[id] ?? id}>
          <ul>
            ${notes.map(
              (text, index) =>
                html`<li>
                  <span
                    class="note"
                    data-text=${text}
                    tabindex=${this.roving.tabIndex(text)}
                    @keydown=${(event: KeyboardEvent) => this.roving.onKeydown(event, text)}
                    @focus=${() => this.roving.activate(text)}
                    >${text}</span
                  >
                  ${this.moves.render({ container: id, index }, lang)}
                </li>`,
            )}
          </ul>
        </section>`,
    )}`;
  }
}

define('mulighetsrom-test-board', BoardFixture);

declare global {
  interface HTMLElementTagNameMap {
    'mulighetsrom-test-board': BoardFixture;
  }
}
