// The timeline view, loaded when it is first shown: d3's time scale and ticks (through core's
// timeline.ts) and the Lit `svg` drawing. Texts and helpers come in from the first render, so
// this part shares no module with it but Lit.
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { FollowUpRow, Lang, TimelineBar, TimelineItem } from '@mulighetsrom/core';
import { followUpTimeline } from '@mulighetsrom/core/follow-up/timeline.js';

/** The timeline's own rules, adopted with the part (the table's first render does without them). */
export const styles = css`
  .timeline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .gantt {
    flex: 3 1 28rem;
    max-width: 100%;
    height: auto;
    font-size: 11px;
  }

  .gantt .tick line {
    stroke: var(--_border);
    stroke-opacity: 0.4;
  }

  .gantt text {
    fill: var(--_text);
  }

  .gantt .bar-number {
    text-anchor: end;
  }

  .gantt .bar rect {
    fill: var(--_planned-bg);
    stroke: var(--_planned-border);
  }

  .gantt .bar.done rect {
    fill: var(--_strong-bg);
    stroke: var(--_strong-border);
  }

  .gantt .bar.overdue rect {
    fill: var(--_improve-bg);
    stroke: var(--_improve-border);
    stroke-width: 2;
    stroke-dasharray: 4 2;
  }

  .gantt .today line {
    stroke: var(--_focus);
    stroke-width: 2;
  }

  .undated {
    flex: 1 1 12rem;
  }

  .undated-title {
    margin: 0;
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
  }
`;

export interface TimelineInput {
  readonly items: readonly TimelineItem[];
  /** Today as a day number. */
  readonly today: number | undefined;
  readonly lang: Lang;
  readonly uid: string;
  readonly none: string;
  readonly label: string;
  readonly todayText: string;
  readonly undatedTitle: string;
  readonly number: (row: FollowUpRow) => number;
  readonly itemText: (row: FollowUpRow) => string;
  readonly barText: (bar: TimelineBar) => string;
}

const LABEL_WIDTH = 40;
const WIDTH = 760;
const ROW = 24;
const TOP = 30;

/**
 * One bar per row with dates on a time axis, today marked, overdue bars dashed and coloured, an
 * end before the start flagged; rows with free-text «når» only are listed beside it. The drawing
 * is one labelled image: the table below says the same to keyboards and screen readers.
 */
export function renderTimeline(input: TimelineInput): TemplateResult {
  const t = followUpTimeline(input.items, input.today, WIDTH - LABEL_WIDTH - 10, input.lang);
  const height = TOP + t.bars.length * ROW + 10;
  const titleId = `${input.uid}-timeline`;
  const undatedId = `${input.uid}-undated`;
  return html`<div class="timeline" part="timeline">
    ${
      t.bars.length === 0
        ? html`<p>${input.none}</p>`
        : html`<svg
            class="gantt"
            viewBox="0 0 ${WIDTH} ${height}"
            role="img"
            aria-labelledby=${titleId}
          >
            <title id=${titleId}>${input.label}</title>
            ${t.ticks.map(
              (tick) => svg`<g class="tick">
              <line x1=${LABEL_WIDTH + tick.x} x2=${LABEL_WIDTH + tick.x} y1=${TOP - 6} y2=${height}></line>
              <text x=${LABEL_WIDTH + tick.x + 3} y=${TOP - 10}>${tick.label}</text>
            </g>`,
            )}
            ${t.bars.map((bar, i) => {
              const y = TOP + i * ROW + 4;
              const classes = `bar ${bar.overdue ? 'overdue' : ''} ${bar.done ? 'done' : ''} ${bar.endBeforeStart ? 'flagged' : ''}`;
              return svg`<g class=${classes}>
              <text class="bar-number" x=${LABEL_WIDTH - 6} y=${y + 12}>${input.number(bar.row)}</text>
              <rect x=${LABEL_WIDTH + bar.x} y=${y} width=${bar.width} height=${ROW - 8} rx="3">
                <title>${input.barText(bar)}</title>
              </rect>
            </g>`;
            })}
            ${
              t.today === undefined
                ? nothing
                : svg`<g class="today">
                <line x1=${LABEL_WIDTH + t.today} x2=${LABEL_WIDTH + t.today} y1=${TOP - 20} y2=${height}></line>
                <text x=${LABEL_WIDTH + t.today + 3} y=${TOP - 20}>${input.todayText}</text>
              </g>`
            }
          </svg>`
    }
    ${
      t.undated.length > 0
        ? html`<div class="undated">
            <p class="undated-title" id=${undatedId}>${input.undatedTitle}</p>
            <ul aria-labelledby=${undatedId}>
              ${t.undated.map(
                (row) =>
                  html`<li>
                    ${input.itemText(row)}${
                      typeof row.when === 'string' && row.when ? html` – ${row.when}` : nothing
                    }
                  </li>`,
              )}
            </ul>
          </div>`
        : nothing
    }
  </div>`;
}
