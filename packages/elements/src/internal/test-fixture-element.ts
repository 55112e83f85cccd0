// Test-only widget on the shared base (excluded from the build). Its data: `{ title: string }`
// plus any unknown fields; `{ "explode": true }` parses but makes render() throw.
import { html } from 'lit';
import type { DataError, ParseResult } from '@mulighetsrom/core';
import { errorMessages } from '@mulighetsrom/core/i18n/errors.js';
import { localize } from '@mulighetsrom/core/i18n/localize.js';
import { MulighetsromElement } from './mulighetsrom-element.js';
import { define } from './define.js';

export interface FixtureDoc {
  title: string;
  explode?: boolean;
  [extra: string]: unknown;
}

export function parseFixture(input: unknown): ParseResult<FixtureDoc> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      errors: [{ path: '$', message: localize(errorMessages, 'expectedObject') }],
    };
  }
  const record = input as Record<string, unknown>;
  const errors: DataError[] = [];
  if (!('title' in record)) {
    errors.push({
      path: '$.title',
      message: localize(errorMessages, 'required', { key: 'title' }),
    });
  } else if (typeof record.title !== 'string') {
    errors.push({ path: '$.title', message: localize(errorMessages, 'expectedString') });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: record as FixtureDoc };
}

export class FixtureElement extends MulighetsromElement<FixtureDoc> {
  protected parseData(input: unknown): ParseResult<FixtureDoc> {
    return parseFixture(input);
  }

  /** Test hook: commit an edit as a user action would (one undo step named `label`). */
  edit(next: FixtureDoc, label = 'Tittel endret'): void {
    this.commitEdit(next, label);
  }

  /** Test hook: what the live region said last. */
  get announced(): string {
    return this.announcer.message;
  }

  /** Test hook: the resolved language. */
  get resolvedLang(): string {
    return this.language;
  }

  override render() {
    if (this.current?.explode) throw new Error('render exploded (test)');
    return html`${this.renderNotices()}
      <h2 class="title">${this.current?.title ?? ''}</h2>
      <p class="lang">${this.language}</p>
      ${
        this.editable
          ? html`<button
                type="button"
                class="edit"
                @click=${() => this.edit({ ...this.current, title: 'Edited' })}
              >
                Edit
              </button>
              <input class="field" aria-label="Field" />
              ${this.history.renderButtons(this.language)}`
          : null
      }`;
  }
}

define('mulighetsrom-test-fixture', FixtureElement);

declare global {
  interface HTMLElementTagNameMap {
    'mulighetsrom-test-fixture': FixtureElement;
  }
}
