import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Lang, Move, MoveTarget } from '@mulighetsrom/core';
import { availableMoves } from '@mulighetsrom/core/editing/move.js';
import { format } from '@mulighetsrom/core/i18n/format.js';
import { moveMessages } from '@mulighetsrom/core/i18n/move.js';
import { isRovingKey, nextInList } from './roving-keys.js';

export interface MoveMenuOptions {
  /** The number of items in every container (column, quadrant, section), in display order. */
  readonly sizes: () => ReadonlyMap<string, number>;
  /** The item's own text (announcements name items by their text, never by an id). */
  readonly itemText: (at: MoveTarget) => string;
  /** A container's visible name. */
  readonly containerText: (container: string) => string;
  /** Makes the move (one undo step). */
  readonly move: (from: MoveTarget, to: MoveTarget) => void;
  /** The handle button of the item now at `at`, to give focus back to it. */
  readonly handle: (at: MoveTarget) => HTMLElement | null | undefined;
  readonly announce: (text: string) => void;
  readonly lang: () => Lang;
}

let menus = 0;

/**
 * The move menu: a handle button on each item opens a menu of the moves that make sense (up,
 * down, first, last, to another container), the single-pointer and keyboard alternative to
 * dragging (WCAG 2.2 §2.5.7). Arrows, Home and End move in the menu, Enter or a click moves the
 * item, Escape closes it; focus comes back to the moved item's handle and the new place is
 * announced.
 */
export class MoveMenuController implements ReactiveController {
  private openAt?: MoveTarget;
  private readonly menuId = `mr-move-menu-${++menus}`;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MoveMenuOptions,
  ) {
    host.addController(this);
  }

  /** Where the item whose menu is open stands, if one is. */
  get open(): MoveTarget | undefined {
    return this.openAt;
  }

  /** Opens the menu of the item at `at`, its first move focused. */
  async show(at: MoveTarget): Promise<void> {
    this.openAt = at;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.menuItems()[0]?.focus();
  }

  /** Closes the menu; with `refocus` the focus goes back to the handle. */
  async close(refocus = true): Promise<void> {
    const at = this.openAt;
    if (!at) return;
    this.openAt = undefined;
    this.host.requestUpdate();
    if (!refocus) return;
    await this.host.updateComplete;
    this.options.handle(at)?.focus();
  }

  private async take(from: MoveTarget, move: Move): Promise<void> {
    const { options } = this;
    const item = options.itemText(from);
    this.openAt = undefined;
    options.move(from, move.target);
    const count = options.sizes().get(move.target.container) ?? 0;
    const index = Math.min(move.target.index, Math.max(0, count - 1));
    const m = moveMessages[options.lang()];
    const params = { item, position: index + 1, count };
    options.announce(
      move.target.container === from.container
        ? format(m.movedTo, params)
        : format(m.movedInto, { ...params, target: options.containerText(move.target.container) }),
    );
    this.host.requestUpdate();
    await this.host.updateComplete;
    options.handle({ container: move.target.container, index })?.focus();
  }

  private menuItems(): HTMLElement[] {
    const root = this.host.shadowRoot ?? this.host;
    const menu = root.querySelector(`#${this.menuId}`);
    return menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')] : [];
  }

  private onMenuKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      void this.close();
      return;
    }
    if (event.key === 'Tab') {
      void this.close(false);
      return;
    }
    if (!isRovingKey(event.key)) return;
    event.preventDefault();
    const items = this.menuItems();
    const index = items.indexOf(event.target as HTMLElement);
    const next = nextInList(index, items.length, event.key);
    if (next !== undefined) items[next]?.focus();
  };

  private onMenuFocusout = (event: FocusEvent): void => {
    const to = event.relatedTarget;
    const menu = event.currentTarget as HTMLElement;
    // Focus left for somewhere outside the menu (a click elsewhere): the menu goes.
    if (to instanceof Node && !menu.contains(to)) void this.close(false);
  };

  private label(move: Move, m: (typeof moveMessages)[Lang]): string {
    switch (move.kind) {
      case 'up':
        return m.moveUp;
      case 'down':
        return m.moveDown;
      case 'first':
        return m.moveFirst;
      case 'last':
        return m.moveLast;
      case 'to':
        return format(m.moveTo, { target: this.options.containerText(move.target.container) });
    }
  }

  /**
   * The handle of the item at `at`, and its menu while open. `tabbable: false` keeps the handle
   * out of the Tab order (a list where only the current item's buttons are Tab stops).
   */
  render(at: MoveTarget, lang: Lang, tabbable = true): TemplateResult {
    const m = moveMessages[lang];
    const item = this.options.itemText(at);
    const open =
      this.openAt !== undefined &&
      this.openAt.container === at.container &&
      this.openAt.index === at.index;
    const moves = open ? availableMoves(this.options.sizes(), at.container, at.index) : [];
    return html`<span class="move">
      <button
        type="button"
        class="move-handle"
        tabindex=${ifDefined(tabbable ? undefined : '-1')}
        aria-haspopup="menu"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? this.menuId : nothing}
        aria-label=${format(m.moveHandle, { item })}
        @click=${() => (open ? void this.close() : void this.show(at))}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 1 5 4h6zM8 15l-3-3h6zM1 8l3-3v6zM15 8l-3-3v6z"></path>
        </svg>
      </button>
      ${
        open
          ? html`<div
              id=${this.menuId}
              class="move-menu"
              role="menu"
              aria-label=${format(m.moveMenu, { item })}
              @keydown=${this.onMenuKeydown}
              @focusout=${this.onMenuFocusout}
            >
              ${moves.map(
                (move) =>
                  html`<button
                    type="button"
                    role="menuitem"
                    tabindex="-1"
                    @click=${() => void this.take(at, move)}
                  >
                    ${this.label(move, m)}
                  </button>`,
              )}
            </div>`
          : nothing
      }
    </span>`;
  }

  hostConnected(): void {}
}
