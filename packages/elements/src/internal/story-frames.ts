// Frames the widgets' stories share: the example-data line, a 320 px column and the dark scheme
// on a dark page. Not shipped (tsconfig.build.json leaves it out).
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { commonMessages } from '@mulighetsrom/core/i18n/common.js';

/** The line above made-up data: example data is always labelled as such. */
export const exampleNote = html`<p>${commonMessages.nb.exampleData}</p>`;

/** A 320 px wide column: the reflow width of WCAG 1.4.10. */
export const narrow = (content: TemplateResult): TemplateResult =>
  html`<div style=${styleMap({ width: '320px' })}>${content}</div>`;

/** The dark scheme, chosen by an ancestor the way a page would, on a dark background. */
export const onDark = (content: TemplateResult): TemplateResult =>
  html`<div
    data-color-scheme="dark"
    style=${styleMap({ background: '#121820', color: '#e6eaf0', padding: '1rem' })}
  >
    ${content}
  </div>`;
