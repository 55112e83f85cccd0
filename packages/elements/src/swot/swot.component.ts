import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { BoardDocument, Lang, SwotData, SwotDocument } from '@mulighetsrom/core';
import {
  describePortfolio,
  serviceName,
  swotPortfolioSummary,
} from '@mulighetsrom/core/board/summary.js';
import { boardMessages } from '@mulighetsrom/core/i18n/board.js';
import { NoteBoardElement } from '../board/note-board.component.js';

/**
 * A SWOT of a municipal service in the NAV office (Styrker, Svakheter, Muligheter, Trusler),
 * the `subject` assessed, on the shared note board: headings with counts, guiding questions,
 * notes with author and colour; with `editable` add, edit, delete and move notes (move menu,
 * Alt+Arrow, drag), every step undoable; dot voting, room mode, the silent brainstorm,
 * exports, A3 print and form association. An array of SWOTs is a portfolio: one per service,
 * in tabs (or `layout="side-by-side"`), with a summary of who has the most strengths and threats.
 *
 * @tagname mulighetsrom-swot
 * @summary A SWOT analysis (or a portfolio of them) as a board of notes.
 *
 * @event mulighetsrom-change - The user changed the board (`detail.value`), or undid or redid it.
 * @event mulighetsrom-error - Input data was rejected (`detail.errors`); the last good data stays.
 *
 * @csspart board - One SWOT (a page in print).
 * @csspart column - One quadrant.
 * @csspart note - One note.
 * @csspart toolbar - Exports, print, sort, hide and reveal.
 * @csspart summary - The portfolio summary.
 * @csspart errors - The box listing data errors.
 *
 * @cssprop --mulighetsrom-board-note-yellow - The stripe of a yellow note (also -green, -blue, -pink, -orange, -purple).
 * @cssprop --mulighetsrom-color-focus-ring - The focus ring.
 */
export class MulighetsromSwot extends NoteBoardElement<SwotData> {
  protected readonly kind = 'swot';

  /** How a portfolio (an array) shows its services: `tabs` (default) or `side-by-side`. */
  @property({ reflect: true }) layout: 'tabs' | 'side-by-side' = 'tabs';

  protected override get sideBySide(): boolean {
    return this.layout === 'side-by-side';
  }

  protected override boardLabel(board: BoardDocument, index: number, lang: Lang): string {
    return serviceName(board as SwotDocument, index, lang);
  }

  protected renderHeader(board: BoardDocument, index: number, lang: Lang): unknown {
    const m = boardMessages[lang];
    const doc = board as SwotDocument;
    if (this.canEdit)
      return html`<div class="fields">
        ${this.renderTextField(doc, index, 'title', m.titleLabel)}
        ${this.renderTextField(doc, index, 'subject', m.subjectLabel)}
      </div>`;
    return doc.subject?.trim()
      ? html`<p class="about"><span class="label">${m.subjectLabel}:</span> ${doc.subject}</p>`
      : nothing;
  }

  protected override renderAfter(lang: Lang): TemplateResult | typeof nothing {
    const value = this.current;
    if (!Array.isArray(value)) return nothing;
    const m = boardMessages[lang];
    const summary = swotPortfolioSummary(value, lang);
    const id = `${this.uid}-summary`;
    return html`<section class="summary" part="summary" aria-labelledby=${id}>
      <h2 id=${id}>${m.summaryHeading}</h2>
      <ul class="summary-lines">
        ${describePortfolio(summary, lang).map((line) => html`<li>${line}</li>`)}
      </ul>
      <table>
        <thead>
          <tr>
            <th scope="col">${m.summaryService}</th>
            <th scope="col">${m.swotStrengths}</th>
            <th scope="col">${m.swotWeaknesses}</th>
            <th scope="col">${m.swotOpportunities}</th>
            <th scope="col">${m.swotThreats}</th>
          </tr>
        </thead>
        <tbody>
          ${summary.rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.subject}</th>
                <td>${row.strengths}</td>
                <td>${row.weaknesses}</td>
                <td>${row.opportunities}</td>
                <td>${row.threats}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }
}
