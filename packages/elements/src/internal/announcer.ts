import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { keyed } from 'lit/directives/keyed.js';

/**
 * One polite live region per widget for what a screen reader should hear after an action
 * (an edit, an undo, a move, a paste) that does not move focus. Put `render()` once in the
 * widget's template; `announce()` says a text. The same text twice is said twice: each
 * announcement is a new node, which screen readers read as new content.
 */
export class AnnouncerController implements ReactiveController {
  private text = '';
  private count = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The last text said (for tests and for apps that mirror it). */
  get message(): string {
    return this.text;
  }

  announce(text: string): void {
    this.text = text;
    this.count++;
    this.host.requestUpdate();
  }

  hostConnected(): void {}

  render(): TemplateResult {
    return html`<div class="visually-hidden mulighetsrom-announcer" role="status">
      ${keyed(this.count, html`<span>${this.text}</span>`)}
    </div>`;
  }
}
