// The detail panel of the selected area, with the editor when `editable`. Loaded on demand
// (dynamic import) on the first selection, with the styles only the panel uses and the
// areas' descriptions and tools.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { AreaStatus, Lang } from '@mulighetsrom/core';
import { withAreaTexts } from '@mulighetsrom/core/catalog/area-texts.js';
import { commonMessages } from '@mulighetsrom/core/i18n/common.js';
import { modelMessages } from '@mulighetsrom/core/i18n/model.js';
import { AREA_STATUSES } from '@mulighetsrom/core/schema/model-schema.js';
import { levelName, statusLabel, type AreaView } from './model-view.js';

export type EntryPatch = Partial<{ status: AreaStatus; planned: boolean; note: string }>;

/** What the panel needs from the component. */
export interface DetailHost {
  /** Prefix of the ids inside this element's shadow root. */
  readonly uid: string;
  readonly editable: boolean;
  close(): void;
  edit(id: number, patch: EntryPatch): void;
}

export function renderDetail(host: DetailHost, view: AreaView, lang: Lang): TemplateResult {
  const m = modelMessages[lang];
  const c = commonMessages[lang];
  // The diagram's areas carry no built-in texts; they come with this module.
  const area = withAreaTexts(view.area);
  const headingId = `${host.uid}-detail`;
  return html`<section class="detail" part="detail" aria-labelledby=${headingId}>
    <div class="detail-head">
      <h3 id=${headingId} tabindex="-1">${area.id}. ${area.name[lang]}</h3>
      <button type="button" class="close" @click=${() => host.close()}>${c.close}</button>
    </div>
    ${area.custom ? html`<p class="origin">${m.customArea}</p>` : nothing}
    <dl>
      <dt>${m.levelsLabel}</dt>
      <dd>${area.levels.map((l) => levelName(l, lang)).join(', ')}</dd>
      ${
        area.description[lang]
          ? html`<dt>${m.descriptionLabel}</dt>
              <dd>${area.description[lang]}</dd>`
          : nothing
      }
      ${
        area.tool
          ? html`<dt>${c.tool}</dt>
              <dd>${area.tool[lang]}</dd>`
          : nothing
      }
      ${
        host.editable
          ? nothing
          : html`<dt>${c.statusLabel}</dt>
              <dd>
                ${statusLabel(view.status, lang)}${view.planned ? ` · ${c.statusPlanned}` : ''}
              </dd>
              <dt>${c.noteLabel}</dt>
              <dd class="note">${view.note || m.noNote}</dd>`
      }
    </dl>
    ${host.editable ? renderEditor(host, view, lang) : nothing}
  </section>`;
}

function renderEditor(host: DetailHost, view: AreaView, lang: Lang): TemplateResult {
  const m = modelMessages[lang];
  const c = commonMessages[lang];
  const id = view.area.id;
  return html`<div class="editor">
    <fieldset class="status-choice">
      <legend>${c.statusLabel}</legend>
      ${AREA_STATUSES.map(
        (status) =>
          html`<label
            ><input
              type="radio"
              name="${host.uid}-status"
              value=${status}
              .checked=${view.status === status}
              @change=${() => host.edit(id, { status })}
            />
            ${statusLabel(status, lang)}</label
          >`,
      )}
    </fieldset>
    <label class="planned-choice"
      ><input
        type="checkbox"
        .checked=${view.planned}
        @change=${(e: Event) => host.edit(id, { planned: (e.target as HTMLInputElement).checked })}
      />
      ${m.plannedToggle}</label
    >
    <label class="note-field" for="${host.uid}-note">${c.noteLabel}</label>
    <textarea
      id="${host.uid}-note"
      rows="3"
      .value=${view.note}
      @change=${(e: Event) => host.edit(id, { note: (e.target as HTMLTextAreaElement).value })}
    ></textarea>
  </div>`;
}

export const styles = css`
  .detail {
    margin-bottom: var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--mulighetsrom-radius-medium, 0.5rem);
    background: var(--_raised);
  }
  .detail-head {
    display: flex;
    gap: 0.5rem;
    align-items: start;
    justify-content: space-between;
  }
  .detail h3 {
    margin: 0;
    font-size: var(--mulighetsrom-font-size-large, 1.25rem);
  }
  .origin {
    margin: 0.25rem 0 0;
    font-style: italic;
  }
  .detail dl {
    margin: 0.5rem 0 0;
  }
  .detail dt {
    font-weight: 700;
  }
  .detail dd {
    margin: 0 0 0.375rem;
  }
  .note {
    white-space: pre-wrap;
  }
  .editor {
    display: grid;
    gap: 0.5rem;
  }
  .editor fieldset {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--mulighetsrom-radius-small, 0.25rem);
  }
  .editor fieldset label {
    display: block;
  }
  .editor input {
    width: 1.25rem;
    height: 1.25rem;
    vertical-align: middle;
  }
  textarea {
    font: inherit;
    width: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--mulighetsrom-radius-small, 0.25rem);
    background: var(--_surface);
    color: var(--_text);
  }
  @media print {
    .close {
      display: none;
    }
    .detail {
      break-inside: avoid;
    }
  }
`;
