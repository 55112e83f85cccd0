import { css } from 'lit';

// The short names for the tokens (--_planned-bg, --_text, --_space …) come from the base styles,
// each with a literal fallback. Rings take the status tones in turn; an activity is never told
// by colour alone (its ring is named in the list, the selection is a thick outline and a text).
export const wheelStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--_text);
    line-height: var(--mulighetsrom-font-line-height-normal, 1.5);
  }

  .annual-wheel {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }

  .title {
    margin: 0;
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
    font-size: 1.125em;
    flex-basis: 100%;
  }

  .example,
  .help,
  .empty,
  .today-text {
    margin: 0;
    color: var(--_subtle);
  }

  .example {
    flex-basis: 100%;
    font-style: italic;
  }

  .year-switch,
  .toolbar,
  .edit-bar,
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .year {
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
    min-width: 3em;
    text-align: center;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 24rem);
    gap: var(--_space);
    align-items: start;
  }

  .figure {
    min-width: 0;
    max-width: var(--mulighetsrom-wheel-max-width, 56rem);
  }

  /* Below 64rem the list goes under the wheel; below 40rem only the list is left. */
  @container (max-width: 64rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }

    .figure {
      justify-self: center;
      width: 100%;
    }
  }

  @container (max-width: 40rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }

    .figure {
      display: none;
    }
  }

  svg.wheel {
    display: block;
    width: 100%;
    height: auto;
    font-size: 12px;
  }

  .ring {
    fill: var(--_raised);
    stroke: var(--_border);
    stroke-width: 0.5;
  }

  .month {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 0.5;
  }

  .month.current {
    fill: var(--_planned-bg);
    stroke: var(--_planned-border);
    stroke-width: 2;
  }

  .spoke {
    stroke: var(--_border);
    stroke-width: 0.5;
    stroke-dasharray: 2 3;
  }

  .month-label {
    fill: var(--_text);
    text-anchor: middle;
    font-size: 12px;
  }

  .month-label.current {
    font-weight: 700;
    text-decoration: underline;
  }

  .activity {
    stroke-width: 1.5;
    cursor: pointer;
  }

  .activity.tone-planned {
    fill: var(--_planned-bg);
    stroke: var(--_planned-border);
  }

  .activity.tone-strong {
    fill: var(--_strong-bg);
    stroke: var(--_strong-border);
  }

  .activity.tone-improve {
    fill: var(--_improve-bg);
    stroke: var(--_improve-border);
  }

  .activity.tone-unknown {
    fill: var(--_unknown-bg);
    stroke: var(--_unknown-border);
  }

  .activity.focused {
    stroke: var(--_focus);
    stroke-width: 3;
  }

  /* Selected: a thick outline in the text colour and a dash, not a colour alone. */
  .activity.selected {
    stroke: var(--_text);
    stroke-width: 3.5;
    stroke-dasharray: 6 2;
  }

  .ring-label {
    fill: var(--_subtle);
    font-size: 9px;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3;
  }

  .leader {
    stroke: var(--_subtle);
    stroke-width: 0.75;
  }

  .label {
    fill: var(--_text);
    font-size: 12px;
    cursor: pointer;
  }

  .label.numbered {
    font-weight: 700;
  }

  .label.selected {
    font-weight: 700;
    text-decoration: underline;
  }

  .today {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 4 2;
  }

  .centre-year {
    fill: var(--_text);
    text-anchor: middle;
    font-size: 18px;
    font-weight: 700;
  }

  .legend-title,
  .list-title,
  .detail-title,
  .month-title {
    margin: 0;
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
  }

  .legend ul,
  .months,
  .months ul,
  .rings ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .months {
    display: grid;
    gap: 0.5rem;
  }

  .month-group.current .month-title {
    text-decoration: underline;
  }

  .tag {
    font-size: 0.875em;
    color: var(--_subtle);
  }

  .item button {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    width: 100%;
    padding: 0.25rem 0.5rem;
    border: 1px solid transparent;
    border-radius: var(--mulighetsrom-radius-small, 0.25rem);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .item button.selected {
    border: 2px dashed var(--_text);
  }

  .item button:focus-visible,
  .activity:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }

  .item-text {
    flex: 1 1 10rem;
  }

  .selected-tag {
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
    color: var(--_text);
  }

  .swatch {
    display: inline-block;
    flex: none;
    width: 1.25rem;
    height: 0.75rem;
    border: 1.5px solid var(--_border);
    border-radius: 2px;
  }

  .swatch.dot {
    width: 0.75rem;
    border-radius: 50%;
  }

  .tone-planned .swatch {
    background: var(--_planned-bg);
    border-color: var(--_planned-border);
  }

  .tone-strong .swatch {
    background: var(--_strong-bg);
    border-color: var(--_strong-border);
  }

  .tone-improve .swatch {
    background: var(--_improve-bg);
    border-color: var(--_improve-border);
  }

  .tone-unknown .swatch {
    background: var(--_unknown-bg);
    border-color: var(--_unknown-border);
  }

  .detail,
  .rings {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--mulighetsrom-radius-medium, 0.5rem);
    background: var(--_surface);
  }

  .detail p {
    margin: 0;
  }

  .detail-kind {
    color: var(--_subtle);
    font-size: 0.875em;
  }

  .edit,
  .add {
    display: grid;
    gap: 0.5rem;
  }

  .detail > button,
  .add > button,
  .add-activity {
    justify-self: start;
  }

  .edit label,
  .add label {
    display: grid;
    gap: 0.125rem;
  }

  .edit label.check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }

  .form-error {
    margin: 0;
    color: var(--_improve-text);
  }

  .rings ol {
    display: grid;
    gap: 0.25rem;
  }

  .rings li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  @media print {
    .toolbar,
    .edit-bar,
    .year-switch button,
    .help,
    .rings,
    .detail,
    .add-activity {
      display: none;
    }

    .layout {
      grid-template-columns: minmax(0, 1fr);
    }

    .figure {
      display: block;
      max-width: none;
    }
  }
`;
