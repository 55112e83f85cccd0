// The demo page: what the opportunity-space model is, and the <mulighetsrom-model> widget with
// example data for one partnership. Page strings come from ./messages.ts; Lit renders the page,
// so no HTML is ever parsed from strings (CSP and Trusted Types safe).
import '@mulighetsrom/tokens/tokens.css';
import '@mulighetsrom/elements/model.js';
import type { MulighetsromModel } from '@mulighetsrom/elements/model.js';
import { LANGS, type Lang, type ModelData } from '@mulighetsrom/core';
import { html, nothing, render } from 'lit';
import { exampleModel, exampleNetwork } from './example.js';
import { languageNames, messages, type Scheme } from './messages.js';
import { SCHEMES, applySettings, loadSettings, saveSettings, type Settings } from './settings.js';
import './styles.css';

const MODEL_STORAGE_KEY = 'demo-model';
const app = document.querySelector<HTMLElement>('#app') ?? document.body;

let settings: Settings = loadSettings();
/** Text for the polite live region (announces a reset and its undo). */
let status = '';
/** The reader's changes a reset discarded, while undo is offered (until they edit again). */
let undoable: ModelData | undefined;
/** The partnership as the reader has it now (saved edits included): one of the network. */
let own: ModelData = exampleModel;

/** The reader's own partnership (the network view below is a second model). */
const model = () => document.querySelector<MulighetsromModel>('#own-model');

function update(next: Partial<Settings>): void {
  settings = { ...settings, ...next };
  status = '';
  saveSettings(settings);
  draw();
}

function resetExample(): void {
  // Discards the saved edits and shows the example (the page's `.data`) again; what was
  // discarded can be brought back, so a mistaken click loses nothing.
  const discarded = model()?.clearSavedWork();
  const changed = JSON.stringify(discarded) !== JSON.stringify(exampleModel);
  undoable = discarded !== undefined && changed ? discarded : undefined;
  status = messages[settings.lang].resetDone;
  draw();
}

function undoReset(): void {
  if (undoable !== undefined) model()?.restoreWork(undoable);
  undoable = undefined;
  status = messages[settings.lang].undoDone;
  draw();
  // The undo button is gone: keep the focus near, on the reset button.
  document.querySelector<HTMLButtonElement>('#reset-example')?.focus();
}

/** The network shows the reader's partnership as it is now. */
function followModel(): void {
  const value = model()?.value;
  if (value !== undefined) own = value;
}

/**
 * Every change (an edit, a reset, its undo) shows in the network. A new edit ends the undo
 * offer; a reset and an undo announce their change synchronously, before they set the offer.
 */
function onModelChange(event: CustomEvent<{ value: ModelData | undefined }>): void {
  // clearSavedWork() on a model with no page data announces `undefined`: keep the last value.
  own = event.detail.value ?? own;
  undoable = undefined;
  draw();
}

/** The box that says the data below is made up. */
const exampleNotice = (label: string, text: string) =>
  html`<p class="example-notice"><strong class="example-label">${label}</strong> ${text}</p>`;

function draw(): void {
  const { lang, scheme } = settings;
  const t = messages[lang];
  applySettings(settings);
  document.title = t.pageTitle;
  render(
    html`
      <a class="skip-link" href="#main">${t.skipLink}</a>
      <header class="site-header">
        <p class="site-name">${t.siteName}</p>
        <section class="settings" aria-labelledby="settings-heading">
          <h2 id="settings-heading" class="visually-hidden">${t.settingsHeading}</h2>
          <label>
            ${t.languageLabel}
            <select
              @change=${(e: Event) => update({ lang: (e.target as HTMLSelectElement).value as Lang })}
            >
              ${LANGS.map(
                (code) =>
                  html`<option value=${code} lang=${code} ?selected=${code === lang}>
                    ${languageNames[code]}
                  </option>`,
              )}
            </select>
          </label>
          <label>
            ${t.schemeLabel}
            <select
              @change=${(e: Event) =>
                update({ scheme: (e.target as HTMLSelectElement).value as Scheme })}
            >
              ${SCHEMES.map(
                (code) =>
                  html`<option value=${code} ?selected=${code === scheme}>
                    ${t.schemes[code]}
                  </option>`,
              )}
            </select>
          </label>
        </section>
      </header>
      <main id="main" tabindex="-1">
        <h1>${t.heading}</h1>
        ${t.intro.map((paragraph) => html`<p class="intro">${paragraph}</p>`)}
        <section class="model-section" aria-labelledby="model-heading">
          <h2 id="model-heading">${t.modelHeading}</h2>
          ${exampleNotice(t.exampleLabel, t.exampleNotice)}
          <mulighetsrom-model
            id="own-model"
            editable
            toolbar
            storage-key=${MODEL_STORAGE_KEY}
            .data=${exampleModel}
            @mulighetsrom-change=${onModelChange}
          ></mulighetsrom-model>
          <p class="reset">
            <button id="reset-example" type="button" @click=${resetExample}>
              ${t.resetButton}
            </button>
            <span role="status" class="status">${status}</span>
            ${
              undoable === undefined
                ? nothing
                : html`<button type="button" @click=${undoReset}>${t.undoReset}</button>`
            }
          </p>
        </section>
        <section class="network-section" aria-labelledby="network-heading">
          <h2 id="network-heading">${t.networkHeading}</h2>
          <p>${t.networkIntro}</p>
          ${exampleNotice(t.exampleLabel, t.networkNotice)}
          <mulighetsrom-model
            id="network-model"
            .data=${[own, ...exampleNetwork(t.exampleSuffix)].flat()}
          ></mulighetsrom-model>
        </section>
      </main>
      <footer class="site-footer">
        <p>${t.footer}</p>
      </footer>
    `,
    app,
  );
}

draw();
// Saved edits are restored by the widget itself: once it has its data, show them in the network.
void customElements.whenDefined('mulighetsrom-model').then(async () => {
  await model()?.updateComplete;
  followModel();
  draw();
});
