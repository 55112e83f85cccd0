// What a widget shows when saved work no longer reads or cannot be saved: loaded only then
// (see saved-work.ts), so a page whose saving works never downloads these texts.
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '@mulighetsrom/core';
import { savedWorkMessages } from '@mulighetsrom/core/i18n/saved-work.js';
import { download } from './download.js';

export type KeptKind = 'unreadable' | 'newer';

/** Why the saved work was kept aside, in words. */
export function keptText(kind: KeptKind, lang: Lang): string {
  const m = savedWorkMessages[lang];
  return kind === 'newer' ? m.savedNewer : m.savedUnreadable;
}

export function saveFailedText(lang: Lang): string {
  return savedWorkMessages[lang].saveFailed;
}

/** Offers the kept text as a JSON file. */
export function downloadKept(text: string, lang: Lang): void {
  const name = `${savedWorkMessages[lang].savedFileName}.json`;
  download(new Blob([text], { type: 'application/json' }), name);
}

/** The notices: work kept aside (with download and dismiss), and a save that failed. */
export function renderSavedNotices(
  kept: { readonly kind: KeptKind; readonly text: string } | undefined,
  saveFailed: boolean,
  lang: Lang,
  dismiss: () => void,
): TemplateResult {
  const m = savedWorkMessages[lang];
  return html`${
    kept
      ? html`<div class="mulighetsrom-notice" part="notice">
          <p>${keptText(kept.kind, lang)}</p>
          <p class="mulighetsrom-notice-actions">
            <button type="button" @click=${() => downloadKept(kept.text, lang)}>
              ${m.savedDownload}
            </button>
            <button type="button" @click=${dismiss}>${m.dismiss}</button>
          </p>
        </div>`
      : nothing
  }${
    saveFailed
      ? html`<div class="mulighetsrom-notice" part="notice"><p>${m.saveFailed}</p></div>`
      : nothing
  }`;
}
