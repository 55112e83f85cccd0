import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DataError, Lang } from '@mulighetsrom/core';
import { errorsPart } from './data-source.js';
import { emit } from './events.js';
import type { LazyPartsController } from './lazy-parts.js';

/**
 * The errors of the last rejected input: the localized role="alert" box (from the error part,
 * loaded only for bad data) and the `mulighetsrom-error` event, dispatched once the box is in
 * the DOM so that listeners can see it.
 */
export class ErrorsController implements ReactiveController {
  private current: readonly DataError[] = [];
  private unannounced?: readonly DataError[];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parts: LazyPartsController,
  ) {
    host.addController(this);
  }

  get errors(): readonly DataError[] {
    return this.current;
  }

  /** Shows `errors` and announces them with `mulighetsrom-error`. */
  show(errors: readonly DataError[]): void {
    this.current = errors;
    this.unannounced = errors;
    this.host.requestUpdate();
  }

  /** Good data arrived: the box goes, and a rejection not yet announced is dropped. */
  clear(): void {
    if (this.current.length > 0) this.host.requestUpdate();
    this.current = [];
    this.unannounced = undefined;
  }

  /** The box, or nothing; `keptPrevious` says the last good data is still shown. */
  render(lang: Lang, keptPrevious: boolean): unknown {
    if (this.current.length === 0) return nothing;
    const part = this.parts.get(errorsPart);
    return part ? part.renderErrorBox(this.current, lang, keptPrevious) : nothing;
  }

  hostUpdated(): void {
    const errors = this.unannounced;
    // Only once the box is really rendered: the error part may still have been loading.
    if (errors && errorsPart.get()) {
      this.unannounced = undefined;
      emit(this.host, 'mulighetsrom-error', { errors });
    }
  }
}
