import { html, LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DataError, EditingMessages, Lang, ParseResult } from '@mulighetsrom/core';
import { commonMessages } from '@mulighetsrom/core/i18n/common.js';
import { AnnouncerController } from './announcer.js';
import { baseStyles } from './base.styles.js';
import { DataSourceController, copy, type PageSource } from './data-source-controller.js';
import { errorsPart, type MaybeLater } from './data-source.js';
import { ErrorsController } from './errors.js';
import { emit, type MulighetsromEventMap, type SelectDetail, type WidgetEvents } from './events.js';
import { HistoryController, type StepLabel } from './history.js';
import { LangController } from './lang.js';
import { lazy } from './lazy.js';
import { LazyPartsController } from './lazy-parts.js';
import { LoadingController } from './loading.js';
import type { SavedWorkController, SavedWorkOptions } from './saved-work.js';
import { SchemeController } from './scheme.js';
import { VERSION } from './version.js';
import type { widgetTypes } from './widget-types.js';

/** The arguments of add/removeEventListener for event `K` of the map `M`, typed. */
type WidgetListener<This, M, K extends keyof M, O> = [
  type: K,
  listener: (this: This, event: M[K]) => unknown,
  options?: boolean | O,
];
type AnyListener<O> = [
  type: string,
  listener: EventListenerOrEventListenerObject,
  options?: boolean | O,
];

/** Autosave and restore, loaded only by a widget with a `storage-key`. */
const savedWorkPart = lazy(() => import('./saved-work.js'));
/**
 * Its notices, defined here, not in saved-work.ts: a lazy part that imported `lazy` itself would
 * share that module with the first render, which esbuild then ships as a chunk of its own.
 */
const savedNotices = lazy(() => import('./saved-notice.js'));

function attachInternalsOf(element: HTMLElement): ElementInternals | undefined {
  try {
    return element.attachInternals();
  } catch {
    return undefined;
  }
}

/**
 * Typed listeners for the widget's own events: `detail.value` is `T`, not `unknown`. Declared by
 * merging with the class, so no runtime code stands behind them.
 */
export interface MulighetsromElement<T, S extends SelectDetail = SelectDetail> {
  readonly [widgetTypes]?: { readonly data: T; readonly select: S };
  addEventListener<K extends keyof WidgetEvents<T, S>>(
    ...args: WidgetListener<this, WidgetEvents<T, S>, K, AddEventListenerOptions>
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    ...args: WidgetListener<HTMLElement, HTMLElementEventMap, K, AddEventListenerOptions>
  ): void;
  addEventListener(...args: AnyListener<AddEventListenerOptions>): void;
  removeEventListener<K extends keyof WidgetEvents<T, S>>(
    ...args: WidgetListener<this, WidgetEvents<T, S>, K, EventListenerOptions>
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    ...args: WidgetListener<HTMLElement, HTMLElementEventMap, K, EventListenerOptions>
  ): void;
  removeEventListener(...args: AnyListener<EventListenerOptions>): void;
}

/**
 * Base of every Mulighetsrom widget: it composes the controllers (docs/architecture.md) and owns
 * the current data. Subclasses implement `parseData()` and `render()`, put `renderNotices()`
 * first in it, and change data only through `commitEdit()`.
 *
 * Data in, in order of precedence on first load: saved work under `storage-key` > the `.data`
 * property > the `data` attribute (JSON) > a child `<script type="application/json">` > `src`.
 * After that, whatever is set last wins. Invalid input never throws: it shows a localized
 * `role="alert"` box, dispatches `mulighetsrom-error` and keeps the last good data.
 *
 * Light DOM children (the inline script, and the stray `<p>`/`<br>` a CMS inserts) are never
 * rendered: widgets have no default slot. Subclasses that override lifecycle methods must call
 * `super`.
 *
 * @event mulighetsrom-change - The user edited the data (also undo and redo), or
 * `clearSavedWork()` went back to the page's data. `detail.value` is a copy of the new data.
 * @event mulighetsrom-error - Input data was rejected. `detail.errors` lists every problem.
 * @csspart errors - The box listing data errors.
 * @csspart notice - A notice about saved work (kept aside, or not saved).
 */
// Safe merging: the interface's methods exist at runtime (HTMLElement's), only narrowed.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class MulighetsromElement<
  T,
  S extends SelectDetail = SelectDetail,
> extends LitElement {
  /** The library version, named by `define()` when two copies meet on one page. */
  static readonly version: string = VERSION;

  /** Shared styles; subclasses: `static styles = [MulighetsromElement.styles, css`…`]`. */
  static override styles: CSSResultGroup = baseStyles;

  /**
   * The version of the shape this widget saves under `storage-key`. Raise it when the data
   * shape changes, and bring older work up to date in `migrateSavedWork()`.
   */
  static readonly savedWorkVersion: number = 1;

  /**
   * Set to true in a subclass whose parseData() returns a deep copy of every array and plain
   * object of its input (the parsers of `@mulighetsrom/core` do): JSON-like `.data` is then
   * not deep-copied first.
   */
  protected static readonly parseCopiesInput: boolean = false;

  /**
   * Data as a JS value (same shape as the JSON inputs), or JSON text read like the `data`
   * attribute. Setting it parses it.
   */
  @property({ attribute: false }) data: unknown;

  /** The `data` attribute: JSON text, the safest input for CMS editors. */
  @property({ attribute: 'data' }) dataJson: string | null = null;

  /** URL to fetch the data (JSON) from. */
  @property({ reflect: true }) src?: string;

  /** Lets the user edit the data. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /**
   * Autosaves edits in localStorage under this key and restores them on load, and when the key
   * is set or changed later. Without it nothing is saved.
   */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  /** The last good data (never replaced by invalid input). */
  @state() protected current: T | undefined;

  /** The element's ElementInternals (attachInternals() may be called once only). */
  protected readonly internals: ElementInternals | undefined = attachInternalsOf(this);
  /** Mirrors an ancestor's `data-color-scheme` into custom states the token sheet reads. */
  protected readonly colorScheme = new SchemeController(this, this.internals?.states);
  private readonly langController = new LangController(this);
  /** Work `updateComplete` waits for: lazy parts, late parse results, a fetch. */
  protected readonly loading = new LoadingController(this);
  /** Parts loaded on first use; `this.parts.use(part)` in render(). */
  protected readonly parts = new LazyPartsController(this, this.loading);
  /** The polite live region: say what an action did that focus does not show. */
  protected readonly announcer = new AnnouncerController(this);
  private readonly errorBox = new ErrorsController(this, this.parts);
  private readonly input = new DataSourceController<T>(this, this.loading, {
    parse: (input) => this.parseSafely(input),
    copiesInput: (this.constructor as typeof MulighetsromElement).parseCopiesInput,
    accepted: (value, source) => this.accepted(value, source),
    rejected: (errors) => this.rejected(errors),
  });
  /** Saved work under `storage-key`: its code loads only for a widget that has a key. */
  private saved?: SavedWorkController<T>;
  /** Undo and redo of the user's edits; `this.history.renderButtons(lang)` in the toolbar. */
  protected readonly history = new HistoryController<T>(this, {
    apply: (value) => this.show(value),
    announce: (text) => this.announcer.announce(text),
    lang: () => this.language,
    parts: this.parts,
  });
  /** Set by clearSavedWork(): the data it discarded, until the page's data has been read. */
  private resetFrom?: { readonly value: T | undefined };

  /** Current data (a deep copy, JSON-serializable, unknown fields preserved), or undefined. */
  get value(): T | undefined {
    return this.current === undefined ? undefined : copy(this.current);
  }

  /** Same as setting `.data`. */
  set value(next: T) {
    this.data = next;
  }

  /** Errors of the last rejected input (empty when the last input was good). */
  get errors(): readonly DataError[] {
    return this.errorBox.errors;
  }

  /** The resolved language: own `lang`, else the closest ancestor's, else 'nb'. */
  protected get language(): Lang {
    return this.langController.lang;
  }

  /**
   * Validate raw input. Must never throw for user data. May answer with a promise (e.g. to load
   * the code that explains bad data only when there is some); saved work is restored only when
   * it validates without one.
   */
  protected abstract parseData(input: unknown): MaybeLater<ParseResult<T>>;

  /**
   * Brings saved work of version `from` (0: saved before versions existed) up to
   * `savedWorkVersion`. The default keeps the value: so far every version reads the same data.
   * Throwing makes the work unreadable (kept aside, never overwritten).
   */
  protected migrateSavedWork(value: unknown, _from: number): unknown {
    return value;
  }

  /** Resolves after rendering and after the work the widget waits for (fetch, parts). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.loading.pendingWork) {
      await this.loading.settled();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    try {
      if (this.input.update(changed) === 'first') {
        if (this.storageKey) this.withSaved(() => this.restoreSaved() || this.input.readPage());
        else this.input.readPage();
      } else if (changed.has('storageKey') && this.storageKey) {
        // A key set or changed later: its saved work beats the page's data, as on first load.
        this.withSaved(() => this.restoreSaved());
      }
    } catch (error) {
      this.input.unexpected(error);
    }
  }

  /**
   * A failing update must not break the page: log it and keep the last rendered DOM. The next
   * change updates the element as usual (renders read current state, not `changed`).
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      console.error(`[mulighetsrom] <${this.localName}> failed to render`, error);
    }
  }

  /**
   * Commit one user action: becomes one undo step named `label` (what it did, in the widget's
   * language), is autosaved and dispatches mulighetsrom-change.
   */
  /**
   * One edit by the user: `change` of the current data, an undo step named `label` (worked out
   * from the new data when a function), announced unless `announce` is false (the move menu
   * says its own). Nothing happens when the widget is read-only or `change` returns the data as
   * it was. Returns whether the data changed.
   */
  protected applyEdit(
    change: (current: T) => T,
    label: string | ((next: T) => string),
    announce = true,
  ): boolean {
    const current = this.current;
    if (current === undefined || !this.editable) return false;
    const next = change(current);
    if (next === current) return false;
    const text = typeof label === 'function' ? label(next) : label;
    this.commitEdit(next, text);
    if (announce) this.announcer.announce(text);
    return true;
  }

  protected commitEdit(next: T, label: StepLabel = ''): void {
    const before = this.current;
    this.resetFrom = undefined;
    if (before !== undefined) this.history.record({ before, after: next, label });
    this.show(next);
  }

  /**
   * Discard the work saved under `storage-key` and go back to the page's data (the input it set
   * last), dispatching `mulighetsrom-change` once it is read. One undo step, so a mistaken
   * reset can be undone. Never throws. Returns the data shown before (a copy), for
   * `restoreWork()`.
   */
  clearSavedWork(): T | undefined {
    const discarded = this.value;
    const key = this.storageKey;
    if (key) this.withSaved((saved) => saved.clear(key));
    // Before the first load, loading will find nothing saved and read the page's data anyway.
    if (!this.input.hasStarted) return discarded;
    try {
      this.resetFrom = { value: this.current };
      this.current = undefined;
      this.errorBox.clear();
      this.input.supersede('none');
      if (!this.input.readPage()) this.finishReset();
    } catch (error) {
      this.input.unexpected(error);
    }
    return discarded;
  }

  /**
   * Take `value` as the user's own work: checked like `.data`; good data replaces the current
   * data as one undo step, is saved and dispatches `mulighetsrom-change`; bad data shows the
   * error box and changes nothing. For undoing `clearSavedWork()` or opening saved files.
   */
  restoreWork(value: T): void {
    this.input.check(copy(value), (result) =>
      result.ok
        ? this.commitEdit(result.value, (m: EditingMessages) => m.restoreAction)
        : this.rejected(result.errors),
    );
  }

  /** Dispatches a widget event (bubbling, composed). */
  protected emit<K extends keyof MulighetsromEventMap<T, S>>(
    type: K,
    detail: MulighetsromEventMap<T, S>[K],
  ): void {
    emit<K, T, S>(this, type, detail);
  }

  /**
   * What every widget says about its data and work; put it first in render(): the error box,
   * the saved-work notices, «Laster …» while `src` is fetched, and the announcer's live region.
   * The regions stay in the DOM empty, so screen readers hear text arrive.
   */
  protected renderNotices(): unknown {
    const lang = this.language;
    const loading = this.input.fetchingSrc ? commonMessages[lang].loading : '';
    return html`${this.errorBox.render(lang, this.current !== undefined)}${this.saved?.render(lang)}
      <p class="mulighetsrom-loading" role="status">${loading}</p>
      ${this.announcer.render()}`;
  }

  /** Shows `next` as the user's data: saved, and announced with mulighetsrom-change. */
  private show(next: T): void {
    this.current = next;
    this.errorBox.clear();
    this.input.supersede('edit');
    const key = this.storageKey;
    if (key) this.withSaved((saved) => saved.save(key, next));
    this.emit('mulighetsrom-change', { value: copy(next) });
  }

  /**
   * Runs `use` with the saved-work controller: at once when its code is there, else once it
   * has loaded (in call order; `updateComplete` waits for it). Never throws.
   */
  private withSaved(use: (saved: SavedWorkController<T>) => unknown): void {
    this.parts.with(savedWorkPart, (part) => {
      try {
        this.saved ??= new part.SavedWorkController<T>(this, this.savedWorkOptions());
        use(this.saved);
      } catch (error) {
        this.input.unexpected(error);
      }
    });
  }

  private savedWorkOptions(): SavedWorkOptions<T> {
    return {
      shape: () => {
        const ctor = this.constructor as typeof MulighetsromElement;
        return {
          widget: this.localName,
          version: ctor.savedWorkVersion,
          migrate: (value, from) => this.migrateSavedWork(value, from),
        };
      },
      check: (value) => {
        const result = this.parseSafely(value);
        return result instanceof Promise || !result.ok ? undefined : result.value;
      },
      announce: (text) => this.announcer.announce(text),
      lang: () => this.language,
      parts: this.parts,
      notices: savedNotices,
    };
  }

  /** Restores the work saved under `storage-key` if it reads. Returns whether it did. */
  private restoreSaved(): boolean {
    if (!this.storageKey || !this.saved) return false;
    const value = this.saved.restore(this.storageKey);
    if (value === undefined) return false;
    this.input.supersede('storage');
    this.resetFrom = undefined;
    this.history.clear();
    this.current = value;
    this.errorBox.clear();
    return true;
  }

  private accepted(value: T, _source: PageSource): void {
    this.current = value;
    this.errorBox.clear();
    if (this.resetFrom) this.finishReset();
    else this.history.clear(); // the page replaced the data: old steps would undo its change
  }

  private rejected(errors: readonly DataError[]): void {
    this.errorBox.show(errors);
    this.finishReset();
  }

  /** After clearSavedWork(): one undo step back to the discarded work, and the change event. */
  private finishReset(): void {
    const from = this.resetFrom;
    if (!from) return;
    this.resetFrom = undefined;
    const after = this.current;
    if (from.value !== undefined && after !== undefined)
      this.history.record({
        before: from.value,
        after,
        label: (m: EditingMessages) => m.resetAction,
      });
    this.emit('mulighetsrom-change', { value: this.value });
  }

  private parseSafely(input: unknown): MaybeLater<ParseResult<T>> {
    try {
      return this.parseData(input);
    } catch (error) {
      console.error(`[mulighetsrom] <${this.localName}> parseData threw`, error);
      return errorsPart.load().then((part) => ({ ok: false, errors: part.unexpectedErrors() }));
    }
  }
}
