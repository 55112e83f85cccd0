import { css } from 'lit';

// Component variables default to the design tokens (which the base styles put on :host), each
// with a literal fallback so the widget stays readable without them. The detail panel and the
// compare view bring their own styles (model-detail.ts, model-compare.ts), loaded with them.
export const modelStyles = css`
  :host {
    --_eier-fill: var(--mulighetsrom-color-level-eier-fill, #2c5ea824);
    --_eier-stroke: var(--mulighetsrom-color-level-eier-stroke, #2c5ea8);
    --_eier-text: var(--mulighetsrom-color-level-eier-text, #1f4a8a);
    --_kontor-fill: var(--mulighetsrom-color-level-kontor-fill, #0d737724);
    --_kontor-stroke: var(--mulighetsrom-color-level-kontor-stroke, #0d7377);
    --_kontor-text: var(--mulighetsrom-color-level-kontor-text, #095457);
    --_tjeneste-fill: var(--mulighetsrom-color-level-tjeneste-fill, #8a4a9e24);
    --_tjeneste-stroke: var(--mulighetsrom-color-level-tjeneste-stroke, #8a4a9e);
    --_tjeneste-text: var(--mulighetsrom-color-level-tjeneste-text, #6b3580);
    container-type: inline-size;
    line-height: var(--mulighetsrom-font-line-height-normal, 1.5);
  }

  .title {
    margin: 0 0 var(--_space);
    font-size: var(--mulighetsrom-font-size-large, 1.25rem);
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
  }

  .columns {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }

  @container (min-width: 46rem) {
    .columns {
      grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
      align-items: start;
    }
  }

  .figure {
    margin: 0;
    max-width: var(--mulighetsrom-model-max-width, 40rem);
  }

  svg.diagram {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }

  .circle {
    stroke-width: 2;
    transition: opacity var(--mulighetsrom-motion-duration-fast, 120ms);
  }
  .c-eier {
    fill: var(--_eier-fill);
    stroke: var(--_eier-stroke);
  }
  .c-kontor {
    fill: var(--_kontor-fill);
    stroke: var(--_kontor-stroke);
  }
  .c-tjeneste {
    fill: var(--_tjeneste-fill);
    stroke: var(--_tjeneste-stroke);
  }
  .circle.active {
    stroke-width: 5;
  }
  .circle.dim,
  .area.dim {
    opacity: 0.35;
  }

  .level-label {
    font-size: 20px;
    font-weight: 700;
  }
  .t-eier {
    fill: var(--_eier-text);
  }
  .t-kontor {
    fill: var(--_kontor-text);
  }
  .t-tjeneste {
    fill: var(--_tjeneste-text);
  }
  .centre-label {
    font-size: 13px;
    font-weight: 700;
    fill: var(--_text);
  }

  .area {
    cursor: pointer;
    outline: none;
  }
  .area .mark {
    stroke-width: 2;
  }
  .area .num {
    font-weight: 700;
    fill: var(--_text);
    pointer-events: none;
  }
  .strong .mark {
    fill: var(--_strong-bg);
    stroke: var(--_strong-border);
    stroke-width: 3;
  }
  .improve .mark {
    fill: var(--_improve-bg);
    stroke: var(--_improve-border);
  }
  .unknown .mark {
    fill: var(--_unknown-bg);
    stroke: var(--_unknown-border);
  }
  .badge-bg {
    fill: var(--_surface);
    stroke-width: 1.2;
  }
  .badge {
    fill: none;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .strong .badge,
  .strong .badge-bg {
    stroke: var(--_strong-border);
  }
  .improve .badge,
  .improve .badge-bg {
    stroke: var(--_improve-border);
  }
  .improve .badge {
    fill: var(--_improve-border);
  }
  .planned-mark {
    fill: var(--_planned-bg);
    stroke: var(--_planned-border);
    stroke-width: 1.5;
  }
  /* Focus and selection are marked by rings (shape), not by colour alone. */
  .ring {
    fill: none;
    stroke: none;
  }
  .area:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .area.selected .ring {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 4 2;
  }
  .area.selected:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 4;
    stroke-dasharray: none;
  }
  .area:hover .mark {
    stroke-width: 4;
  }

  .hover-name {
    min-height: 1.5em;
    margin: 0.25rem 0 0;
    font-weight: 700;
    text-align: center;
  }

  .levels,
  .toolbar,
  .edit-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-bottom: var(--_space);
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--mulighetsrom-radius-medium, 0.5rem);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    border-width: 2px;
    font-weight: 700;
    box-shadow: inset 0 -3px 0 currentColor;
  }
  .chip-eier {
    border-color: var(--_eier-stroke);
  }
  .chip-kontor {
    border-color: var(--_kontor-stroke);
  }
  .chip-tjeneste {
    border-color: var(--_tjeneste-stroke);
  }

  .legend-title {
    margin: 0 0 0.375rem;
    font-size: inherit;
  }
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .key li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .key-symbol {
    width: 1.75rem;
    height: 1.75rem;
    flex: none;
  }
  .group {
    margin-bottom: 0.5rem;
  }
  /* Level focus marks the matching groups with a bar; the rest keep full contrast. */
  .group {
    padding-left: 0.5rem;
    border-left: 4px solid transparent;
  }
  .group.hit {
    border-left-color: var(--_text);
  }
  .group-title {
    margin: 0;
    font-weight: 700;
  }
  .items {
    margin: 0;
    padding-left: 2.25rem;
  }
  .items li {
    padding: 0.0625rem 0.25rem;
    border-radius: var(--mulighetsrom-radius-small, 0.25rem);
  }
  .items li.hover {
    outline: 2px solid var(--_border);
  }
  /* The page's text size throughout, two weights: every other size or weight is one more font
     instance to load on first render (measured: about a quarter of it). */
  .item-status {
    display: block;
    color: var(--_subtle);
  }

  @media (prefers-reduced-motion: reduce) {
    .circle {
      transition: none;
    }
  }

  /* Forced colours drop fills: outline dash, badges and text keep statuses apart. */
  @media (forced-colors: active) {
    .circle {
      fill: none;
      stroke: CanvasText;
    }
    .area .mark,
    .area .badge-bg,
    .area .planned-mark {
      fill: Canvas;
      stroke: CanvasText;
    }
    .area .num,
    .level-label,
    .centre-label {
      fill: CanvasText;
    }
    .area .badge {
      stroke: CanvasText;
    }
    .area.improve .badge,
    .area .planned-mark {
      fill: CanvasText;
    }
    .group.hit {
      border-left-color: Highlight;
    }
    .area:focus-visible .ring,
    .area.selected .ring {
      stroke: Highlight;
    }
    .circle.active {
      stroke: Highlight;
    }
  }

  @media print {
    .toolbar,
    .edit-bar,
    .levels,
    .hover-name {
      display: none;
    }
    :host {
      color: #000;
    }
    .columns {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .figure {
      max-width: none;
    }
    /* A compact legend so diagram and names fit one A4/A3 landscape page. */
    .legend {
      font-size: 9pt;
      line-height: 1.3;
    }
    .item-status {
      display: inline;
      margin-left: 0.5em;
      font-size: inherit;
      font-style: italic;
    }
    .group {
      break-inside: avoid;
    }
    .area.dim,
    .circle.dim {
      opacity: 1;
    }
  }
`;
