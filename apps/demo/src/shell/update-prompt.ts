// The «new version ready» prompt's logic. The service worker is registered with `prompt`: a new
// version installs in the background and waits, and the reader decides when it takes over.
// Reload now: this tab's typing and pending writes are saved first, then the waiting worker is
// told to take over, and the page reloads once it controls the page. Nothing reloads by itself:
// another tab taking the new version, or a dismissed notice, never reloads this one. Pure: the
// source is a Workbox (register-sw.ts) or, in tests, a fake with the same events.

/** What the prompt needs of Workbox's `Workbox` object. */
export interface UpdateSource {
  addEventListener(type: 'waiting' | 'controlling', listener: (event: object) => void): void;
  messageSkipWaiting(): void;
}

/**
 * `none`: no new version. `ready`: one is waiting (the notice shows). `saving`: the reader chose
 * to reload; the changes are being saved. `unsaved`: a change could not be saved, so nothing
 * reloads (the notice says so; the store's own notice offers the retry). `dismissed`: hidden
 * until the next new version. `reloading`: told the new version to take over.
 */
export type UpdateState = 'none' | 'ready' | 'saving' | 'unsaved' | 'dismissed' | 'reloading';

export interface UpdatePrompt {
  readonly state: UpdateState;
  /** Saves, then lets the new version take over and reloads. */
  reload(): Promise<void>;
  dismiss(): void;
}

export interface UpdatePromptOptions {
  /** Saves every pending change; resolves true when all is saved. */
  save(): Promise<boolean>;
  /** Reloads the page (location.reload). */
  reloadPage(): void;
  /** Called after every change of state. */
  changed(state: UpdateState): void;
}

export function createUpdatePrompt(
  source: UpdateSource,
  { save, reloadPage, changed }: UpdatePromptOptions,
): UpdatePrompt {
  let state: UpdateState = 'none';
  /** The reader asked this tab to reload once the new version controls it. */
  let asked = false;
  /** Another tab already let the new version take over: it controls this page too. */
  let controlled = false;
  const set = (next: UpdateState) => {
    state = next;
    changed(next);
  };

  source.addEventListener('waiting', () => {
    if (state === 'none' || state === 'dismissed') set('ready');
  });
  source.addEventListener('controlling', () => {
    if (asked) reloadPage();
    else controlled = true;
  });

  return {
    get state() {
      return state;
    },
    async reload() {
      if (state === 'saving' || state === 'reloading') return;
      set('saving');
      let saved = false;
      try {
        saved = await save();
      } catch {
        saved = false;
      }
      if (!saved) return set('unsaved');
      set('reloading');
      asked = true;
      if (controlled) reloadPage();
      else source.messageSkipWaiting();
    },
    dismiss() {
      if (state !== 'saving' && state !== 'reloading') set('dismissed');
    },
  };
}
