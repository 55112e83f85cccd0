// The embed page's copy-paste code: one module script (the CDN loader), the element, and its
// data as a `data` attribute or a child JSON script. Pure text: the page shows it as text and
// never parses it as HTML.
import { version } from '@mulighetsrom/elements/package.json';
import type { WidgetTag } from '../messages/around.js';
import type { Workspace } from '../workspace/document.js';
import { chosenAreas } from './steps/areas.js';

export const WIDGET_TAGS: readonly WidgetTag[] = [
  'mulighetsrom-model',
  'mulighetsrom-expectation-matrix',
  'mulighetsrom-swot',
  'mulighetsrom-assessment-cross',
  'mulighetsrom-situation-board',
  'mulighetsrom-annual-wheel',
  'mulighetsrom-follow-up-table',
];

/** The loader of the published package's CDN folder, pinned to the version this app ships. */
export const CDN_LOADER = `https://cdn.jsdelivr.net/npm/@mulighetsrom/elements@${version}/dist/cdn/mulighetsrom.js`;

/** The loader of the copy this app serves (vite.config.ts copies the folder to /cdn/). */
export const selfLoader = (origin: string, base = '/'): string =>
  `${origin}${base}cdn/mulighetsrom.js`;

export type DataFormat = 'attribute' | 'script';

/** JSON for a single-quoted attribute: the two characters that could end or change it escaped. */
export function attributeJson(data: unknown): string {
  return JSON.stringify(data).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
}

/**
 * JSON for a `<script type="application/json">`: every `<` written `\u003c` (the same string
 * in JSON), so no `</script>` or `<!--` in the data can end the script early.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(/</g, '\\u003c');
}

/** The code a page needs for `tag` with `data`: the loader's script tag, then the element. */
export function embedSnippet(
  tag: WidgetTag,
  data: unknown,
  options: { loader: string; format: DataFormat },
): string {
  const script = `<script type="module" src="${options.loader.replace(/"/g, '%22')}"></script>`;
  const element =
    options.format === 'attribute'
      ? `<${tag} data='${attributeJson(data)}'></${tag}>`
      : `<${tag}>\n  <script type="application/json">\n${indent(scriptJson(data), 4)}\n  </script>\n</${tag}>`;
  return `${script}\n\n${element}\n`;
}

const indent = (text: string, spaces: number): string =>
  text
    .split('\n')
    .map((line) => ' '.repeat(spaces) + line)
    .join('\n');

/**
 * Each widget's document from a workspace: the model, the rådmann's expectations, what helps
 * and hinders, the assessment cross, the first chosen area's situation board (else any board,
 * else an empty board for that area), the annual wheel and the follow-up plan.
 */
export function workspaceEmbedData(workspace: Workspace): Record<WidgetTag, unknown> {
  const [firstChosen] = chosenAreas(workspace.model);
  const boards = workspace.situationBoards;
  const board =
    (firstChosen !== undefined ? boards[String(firstChosen)] : undefined) ??
    Object.values(boards)[0] ??
    (firstChosen !== undefined ? { area: firstChosen } : {});
  return {
    'mulighetsrom-model': workspace.model,
    'mulighetsrom-expectation-matrix': workspace.expectationsRadmann,
    'mulighetsrom-swot': workspace.helpsAndHinders,
    'mulighetsrom-assessment-cross': workspace.assessmentCross,
    'mulighetsrom-situation-board': board,
    'mulighetsrom-annual-wheel': workspace.wheel,
    'mulighetsrom-follow-up-table': workspace.followUpPlan,
  };
}

/** The example page of a widget in public/examples/: the tag without its prefix. */
export const examplePage = (tag: WidgetTag): string => `${tag.replace(/^mulighetsrom-/, '')}.html`;
