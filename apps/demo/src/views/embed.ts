// The embed page (routes embed and embed/:id): copy-paste code for each of the seven widgets,
// made from the chosen workspace's data or from example data. The code is shown as text in
// <pre><code> (Lit writes it as a text node: nothing in it is ever parsed as HTML).
import { format, type Lang } from '@mulighetsrom/core';
import { html, nothing, type TemplateResult } from 'lit';
import { aroundMessages, type WidgetTag } from '../messages/around.js';
import { routePath } from '../router.js';
import type { Workspace } from '../workspace/document.js';
import { choiceGroup } from './choice.js';
import type { ViewContext } from './context.js';
import { EMBED_EXAMPLES } from './embed-examples.js';
import {
  CDN_LOADER,
  WIDGET_TAGS,
  embedSnippet,
  examplePage,
  selfLoader,
  workspaceEmbedData,
  type DataFormat,
} from './embed-snippets.js';
import './around.css';

const base = import.meta.env.BASE_URL;

/** The reader's choices, kept while the app is open. */
let dataFormat: DataFormat = 'attribute';
type Source = 'cdn' | 'self';
let source: Source = 'cdn';
/** The last copy: which widget, and whether the clipboard took it. */
let copy: { tag: WidgetTag; ok: boolean } | undefined;

/** Selects the code's text, so the reader can copy it by hand. */
function selectCode(code: Element | null): void {
  const selection = window.getSelection();
  if (!code || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(code);
  selection.removeAllRanges();
  selection.addRange(range);
}

async function copySnippet(
  ctx: ViewContext,
  tag: WidgetTag,
  snippet: string,
  code: Element | null,
) {
  const t = aroundMessages[ctx.lang].embed;
  const name = t.widgets[tag];
  try {
    await navigator.clipboard.writeText(snippet);
    copy = { tag, ok: true };
    ctx.announce(format(t.copied, { widget: name }));
  } catch {
    // No clipboard (an old browser, a page without permission): the reader copies by hand.
    copy = { tag, ok: false };
    ctx.announce(format(t.copyFailed, { widget: name }));
  }
  ctx.redraw();
  if (!copy.ok) selectCode(code);
}

function snippetSection(ctx: ViewContext, tag: WidgetTag, data: unknown): TemplateResult {
  const t = aroundMessages[ctx.lang].embed;
  const name = t.widgets[tag];
  const loader = source === 'cdn' ? CDN_LOADER : selfLoader(location.origin, base);
  const snippet = embedSnippet(tag, data, { loader, format: dataFormat });
  const short = tag.replace(/^mulighetsrom-/, '');
  const result =
    copy?.tag === tag ? format(copy.ok ? t.copied : t.copyFailed, { widget: name }) : '';
  return html`<section class="around-snippet" aria-labelledby="embed-${short}-heading">
    <h2 id="embed-${short}-heading">${name}</h2>
    <pre class="around-code"><code id="embed-${short}-code">${snippet}</code></pre>
    <p class="around-actions">
      <button
        type="button"
        id="embed-${short}-copy"
        aria-labelledby="embed-${short}-copy embed-${short}-heading"
        @click=${() =>
          void copySnippet(ctx, tag, snippet, document.getElementById(`embed-${short}-code`))}
      >
        ${t.copyButton}
      </button>
      <span class=${copy?.tag === tag && !copy.ok ? 'around-error' : 'around-subtle'}
        >${result}</span
      >
      <a href="${base}examples/${examplePage(tag)}">${format(t.exampleLink, { widget: name })}</a>
    </p>
  </section>`;
}

function options(ctx: ViewContext): TemplateResult {
  const t = aroundMessages[ctx.lang].embed;
  const choose =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      copy = undefined;
      ctx.redraw();
    };
  return html`<section aria-labelledby="embed-options-heading">
    <h2 id="embed-options-heading">${t.optionsHeading}</h2>
    ${choiceGroup<DataFormat>({
      name: 'embed-format',
      legend: t.formatLabel,
      options: [
        { value: 'attribute', label: t.formatAttribute },
        { value: 'script', label: t.formatScript },
      ],
      current: dataFormat,
      choose: choose((value) => (dataFormat = value)),
    })}
    ${choiceGroup<Source>({
      name: 'embed-source',
      legend: t.sourceLabel,
      options: [
        { value: 'cdn', label: t.sourceCdn },
        { value: 'self', label: t.sourceSelf },
      ],
      current: source,
      choose: choose((value) => (source = value)),
    })}
    <p>${t.langHint}</p>
  </section>`;
}

function workspaceLinks(ctx: ViewContext, current: Workspace | undefined, lang: Lang) {
  const all = aroundMessages[lang];
  const workspaces = ctx.store.list();
  if (workspaces.length === 0) return nothing;
  return html`<nav aria-labelledby="embed-workspaces-heading">
    <h2 id="embed-workspaces-heading">${all.embed.workspacesHeading}</h2>
    <ul class="around-links-list">
      <li>
        <a href=${routePath({ view: 'embed' }, base)} aria-current=${current ? 'false' : 'page'}
          >${all.embed.exampleData}</a
        >
      </li>
      ${workspaces.map(
        (summary) =>
          html`<li>
            <a
              href=${routePath({ view: 'embed', id: summary.id }, base)}
              aria-current=${summary.id === current?.id ? 'page' : 'false'}
              >${summary.name}</a
            >
            ${
              summary.example
                ? html`<strong class="around-example">${all.exampleLabel}</strong>`
                : nothing
            }
          </li>`,
      )}
    </ul>
  </nav>`;
}

export function embedView(ctx: ViewContext): TemplateResult {
  const all = aroundMessages[ctx.lang];
  const t = all.embed;
  const id = ctx.route.view === 'embed' ? ctx.route.id : undefined;
  const workspace = id === undefined ? undefined : ctx.store.get(id);
  const data = workspace ? workspaceEmbedData(workspace) : EMBED_EXAMPLES;
  return html`<section class="around-view" aria-labelledby="embed-heading">
    <h1 id="embed-heading">${t.title}</h1>
    <p>${t.intro}</p>
    ${
      id !== undefined && !workspace
        ? html`<p class="around-error" role="alert">${format(all.workspaceNotFound, { id })}</p>`
        : nothing
    }
    <p>
      ${workspace ? format(t.fromWorkspace, { name: workspace.name }) : t.fromExample}
      ${workspace?.example ? html`<strong class="around-example">${all.exampleLabel}</strong>` : nothing}
    </p>
    <p><a href="${base}examples/">${t.examplesLink}</a></p>
    ${workspaceLinks(ctx, workspace, ctx.lang)} ${options(ctx)}
    ${WIDGET_TAGS.map((tag) => snippetSection(ctx, tag, data[tag]))}
  </section>`;
}
