import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { BoardDocument, Lang, SituationBoardDocument } from '@mulighetsrom/core';
import { resolveAreaNames } from '@mulighetsrom/core/catalog/resolve.js';
import { situationSentence } from '@mulighetsrom/core/board/summary.js';
import { boardMessages } from '@mulighetsrom/core/i18n/board.js';
import { format } from '@mulighetsrom/core/i18n/format.js';
import { NoteBoardElement } from '../board/note-board.component.js';

/** The 20 areas by number, with their names (the picker's options). */
const AREAS = resolveAreaNames();

/**
 * Desired situation, barriers and drivers (gathering 2) for one development area, on the
 * shared note board: «Vi har valgt utviklingsområdet … fordi …», then three columns with their
 * guiding questions. `area` is one of the 20 (shown by name) or `{ "name": "…" }`; with
 * `editable` it is chosen from a picker. Editing, voting, room mode, hidden notes, exports,
 * print and forms as on every board.
 *
 * @tagname mulighetsrom-situation-board
 * @summary Desired situation, barriers and drivers of a development area as a board of notes.
 *
 * @event mulighetsrom-change - The user changed the board (`detail.value`), or undid or redid it.
 * @event mulighetsrom-error - Input data was rejected (`detail.errors`); the last good data stays.
 *
 * @csspart board - The poster (a page in print).
 * @csspart column - One column.
 * @csspart note - One note.
 * @csspart toolbar - Exports, print, sort, hide and reveal.
 * @csspart errors - The box listing data errors.
 *
 * @cssprop --mulighetsrom-board-note-yellow - The stripe of a yellow note (also -green, -blue, -pink, -orange, -purple).
 * @cssprop --mulighetsrom-color-focus-ring - The focus ring.
 */
export class MulighetsromSituationBoard extends NoteBoardElement<SituationBoardDocument> {
  protected readonly kind = 'situation';

  /** The picker is on «Eget område» before a custom name has been typed. */
  @state() private choosingCustom = false;

  private setArea(index: number, area: SituationBoardDocument['area'] | undefined): void {
    const m = boardMessages[this.language];
    this.editBoard(
      index,
      (d) => {
        const doc = d as SituationBoardDocument;
        if (JSON.stringify(doc.area) === JSON.stringify(area)) return d;
        const next: SituationBoardDocument = { ...doc };
        if (area === undefined) delete next.area;
        else next.area = area;
        return next;
      },
      format(m.fieldChanged, { field: m.areaLabel }),
    );
  }

  private onPick(index: number, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (value === 'custom') {
      this.choosingCustom = true;
      return;
    }
    this.choosingCustom = false;
    this.setArea(index, value === '' ? undefined : Number(value));
  }

  private onCustomName(index: number, doc: SituationBoardDocument, event: Event): void {
    const name = (event.target as HTMLInputElement).value.trim();
    const old = typeof doc.area === 'object' ? doc.area : {};
    if (name) this.setArea(index, { ...old, name });
  }

  protected renderHeader(board: BoardDocument, index: number, lang: Lang): unknown {
    const m = boardMessages[lang];
    const doc = board as SituationBoardDocument;
    const sentence = situationSentence(doc, lang);
    if (!this.canEdit)
      return html`<p class="about">${sentence ?? `${m.areaLabel}: ${m.areaNotChosen}`}</p>`;
    const custom = typeof doc.area === 'object' || this.choosingCustom;
    return html`<div class="fields">
        ${this.renderTextField(doc, index, 'title', m.titleLabel)}
        <label
          >${m.areaLabel}
          <select @change=${(e: Event) => this.onPick(index, e)}>
            <option value="" ?selected=${doc.area === undefined && !custom}>
              ${m.areaNotChosen}
            </option>
            ${AREAS.map(
              (area) =>
                html`<option value=${String(area.id)} ?selected=${!custom && doc.area === area.id}>
                  ${area.id}. ${area.name[lang]}
                </option>`,
            )}
            <option value="custom" ?selected=${custom}>${m.areaCustom}</option>
          </select></label
        >
        ${custom ? this.renderCustom(index, doc, lang) : nothing}
        ${this.renderTextField(doc, index, 'because', m.becauseLabel, true)}
      </div>
      ${sentence ? html`<p class="about">${sentence}</p>` : nothing}`;
  }

  private renderCustom(index: number, doc: SituationBoardDocument, lang: Lang): TemplateResult {
    const m = boardMessages[lang];
    const name = typeof doc.area === 'object' ? doc.area.name : '';
    return html`<label
      >${m.areaCustomName}
      <input type="text" .value=${name} @change=${(e: Event) => this.onCustomName(index, doc, e)}
    /></label>`;
  }
}
