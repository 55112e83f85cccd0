import { html, nothing } from 'lit';
import type { AssessmentCrossDocument, BoardDocument, Lang } from '@mulighetsrom/core';
import { boardMessages } from '@mulighetsrom/core/i18n/board.js';
import { NoteBoardElement } from '../board/note-board.component.js';

/**
 * The assessment cross («Vurderingskrysset», gathering 1) of one `office`, on the shared note
 * board: four fields, each with its question (Hva fungerer bra i partnerskapet? · Hvorfor
 * fungerer partnerskapet bra? · Hva kan fungere bedre? · Hvordan kan partnerskapet styrkes?).
 * Editing, voting, room mode, hidden notes, exports, print and forms as on every board.
 *
 * @tagname mulighetsrom-assessment-cross
 * @summary The assessment cross of a partnership as a board of notes.
 *
 * @event mulighetsrom-change - The user changed the board (`detail.value`), or undid or redid it.
 * @event mulighetsrom-error - Input data was rejected (`detail.errors`); the last good data stays.
 *
 * @csspart board - The poster (a page in print).
 * @csspart column - One field.
 * @csspart note - One note.
 * @csspart toolbar - Exports, print, sort, hide and reveal.
 * @csspart errors - The box listing data errors.
 *
 * @cssprop --mulighetsrom-board-note-yellow - The stripe of a yellow note (also -green, -blue, -pink, -orange, -purple).
 * @cssprop --mulighetsrom-color-focus-ring - The focus ring.
 */
export class MulighetsromAssessmentCross extends NoteBoardElement<AssessmentCrossDocument> {
  protected readonly kind = 'cross';

  protected renderHeader(board: BoardDocument, index: number, lang: Lang): unknown {
    const m = boardMessages[lang];
    const doc = board as AssessmentCrossDocument;
    if (this.canEdit)
      return html`<div class="fields">
        ${this.renderTextField(doc, index, 'title', m.titleLabel)}
        ${this.renderTextField(doc, index, 'office', m.officeLabel)}
      </div>`;
    return doc.office?.trim()
      ? html`<p class="about"><span class="label">${m.officeLabel}:</span> ${doc.office}</p>`
      : nothing;
  }
}
