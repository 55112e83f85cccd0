// Compare mode of <mulighetsrom-model>: small multiples and the count table. Loaded on demand
// (dynamic import) when the data is an array, with the styles only this view uses.
import { css, html, type TemplateResult } from 'lit';
import type { Lang, ModelDocument } from '@mulighetsrom/core';
import { commonMessages } from '@mulighetsrom/core/i18n/common.js';
import { format } from '@mulighetsrom/core/i18n/format.js';
import { modelMessages } from '@mulighetsrom/core/i18n/model.js';
import {
  aggregate,
  displayTitle,
  geometryFor,
  type AreaView,
  type ModelGeometry,
} from './model-view.js';

/** What the view needs from the component. */
export interface CompareHost {
  views(doc: ModelDocument, geometry: ModelGeometry): ReadonlyMap<number, AreaView>;
  /** A static (non-interactive) diagram with this accessible name. */
  diagram(geometry: ModelGeometry, views: ReadonlyMap<number, AreaView>, label: string): unknown;
  /** The toolbar, or nothing. */
  toolbar(): unknown;
}

/** The accessible name of one small multiple: its title and counts. */
function summary(title: string | undefined, views: ReadonlyMap<number, AreaView>, lang: Lang) {
  let strong = 0;
  let improve = 0;
  let planned = 0;
  for (const view of views.values()) {
    if (view.status === 'strong') strong++;
    if (view.status === 'improve') improve++;
    if (view.planned) planned++;
  }
  const text = format(modelMessages[lang].summary, { strong, improve, planned });
  return `${displayTitle(title, commonMessages[lang].untitled)}: ${text}`;
}

export function renderCompare(
  host: CompareHost,
  docs: readonly ModelDocument[],
  lang: Lang,
): TemplateResult {
  const m = modelMessages[lang];
  const c = commonMessages[lang];
  const counts = aggregate(docs, c.untitled);
  return html`<div class="compare">
    <p class="title">${format(m.compareTitle, { count: docs.length })}</p>
    ${host.toolbar()}
    <ul class="multiples" aria-label=${m.compareModels}>
      ${docs.map((doc) => {
        const geometry = geometryFor(doc);
        const views = host.views(doc, geometry);
        return html`<li class="multiple">
          <p class="multiple-title" aria-hidden="true">${displayTitle(doc.title, c.untitled)}</p>
          ${host.diagram(geometry, views, summary(doc.title, views, lang))}
        </li>`;
      })}
    </ul>
    <div class="table-wrap">
      <table part="table">
        <caption>
          ${m.aggregateCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.aggregateArea}</th>
            <th scope="col">${m.countStrong}</th>
            <th scope="col">${m.countImprove}</th>
            <th scope="col">${m.countPlanned}</th>
            <th scope="col">${m.strongAt}</th>
          </tr>
        </thead>
        <tbody>
          ${counts.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.area.id}. ${row.area.name[lang]}</th>
                <td>${row.strong}</td>
                <td>${row.improve}</td>
                <td>${row.planned}</td>
                <td class="names">${row.strongAt.join(', ')}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </div>`;
}

export const styles = css`
  .compare .multiples {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .multiple-title {
    margin: 0;
    font-weight: 700;
    text-align: center;
  }
  .multiple .level-label,
  .multiple .centre-label {
    display: none;
  }
  .multiple .area {
    cursor: default;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.375rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.names {
    text-align: start;
    font-size: var(--mulighetsrom-font-size-small, 0.875rem);
  }
  @media print {
    .multiple,
    tr {
      break-inside: avoid;
    }
  }
`;
