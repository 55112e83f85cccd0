// The notice of a new version, in the shell above every view: what is ready, «Reload now» and
// «Not now». Its text is announced politely when it appears (the live region); the focus
// stays where the reader is.
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '@mulighetsrom/core';
import { shellMessages } from '../messages/shell.js';
import type { UpdatePrompt, UpdateState } from './update-prompt.js';

/** What the notice says in each state, by its catalog key; hidden in the others. */
const TEXT: Partial<Record<UpdateState, 'ready' | 'saving' | 'unsaved'>> = {
  ready: 'ready',
  saving: 'saving',
  unsaved: 'unsaved',
  reloading: 'saving',
};

/** The words to announce when the prompt enters `state`, if any. */
export function updateAnnouncement(state: UpdateState, lang: Lang): string | undefined {
  const key = TEXT[state];
  return key && state !== 'reloading' ? shellMessages[lang].update[key] : undefined;
}

export function updateNotice(
  prompt: UpdatePrompt | undefined,
  lang: Lang,
): TemplateResult | typeof nothing {
  const key = prompt && TEXT[prompt.state];
  if (!prompt || !key) return nothing;
  const t = shellMessages[lang].update;
  return html`<section class="notice update-notice" aria-labelledby="update-notice-text">
    <p id="update-notice-text">${t[key]}</p>
    ${prompt.state === 'unsaved' ? html`<p>${t.ready}</p>` : nothing}
    <p class="update-notice-actions">
      <button type="button" class="primary" @click=${() => void prompt.reload()}>
        ${t.reloadButton}
      </button>
      <button type="button" @click=${() => prompt.dismiss()}>${t.dismissButton}</button>
    </p>
  </section>`;
}
