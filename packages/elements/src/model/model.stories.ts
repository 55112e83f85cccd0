import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import {
  AREAS,
  EXAMPLE_NETWORK,
  DEFAULT_LANG,
  commonMessages,
  normalizeLang,
  type AreaStatus,
  type ModelData,
  type ModelDocument,
} from '@mulighetsrom/core';
import { storageItemName, writeSavedText } from '../internal/storage.js';
import type { MulighetsromModel } from './model.component.js';
import './mulighetsrom-model.js';
import { exampleNote, onDark } from '../internal/story-frames.js';

// All statuses below are EXAMPLE DATA, made up to show the widget. The pilot's prioritised
// areas (domain.md §1) are the only facts used.

const PILOT_PLANNED: ModelDocument = {
  title: 'Pilotnettverket i Agder: prioriterte områder',
  areas: AREAS.filter((a) => a.prioritisedInPilot).map((a) => ({ id: a.id, planned: true })),
};

const STATUS_CYCLE: readonly AreaStatus[] = ['strong', 'improve', 'strong', 'unknown', 'improve'];

/** A deterministic made-up assessment: no randomness, so stories and snapshots are stable. */
function example(title: string, seed: number): ModelDocument {
  return {
    title,
    areas: AREAS.map((a) => ({
      id: a.id,
      status: STATUS_CYCLE[(a.id * 7 + seed * 3) % STATUS_CYCLE.length]!,
      planned: (a.id + seed) % 4 === 0,
    })),
  };
}

const MIXED: ModelDocument = {
  ...example('NAV Eksempelby (eksempel)', 2),
  areas: [
    ...example('', 2).areas!.filter((a) => a.id !== 16),
    {
      id: 16,
      status: 'strong',
      planned: true,
      note: 'Eksempel: felles budsjettmøte før kommunens budsjettprosess.',
    },
  ],
};

const OFFICES = EXAMPLE_NETWORK.offices
  .slice(0, 11)
  .map((office, i) => example(`${office.name} (eksempel)`, i));

const meta: Meta = {
  title: 'Widgets/Model',
  component: 'mulighetsrom-model',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  render: () => html`<mulighetsrom-model .data=${MIXED}></mulighetsrom-model>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {
  render: () =>
    html`<mulighetsrom-model .data=${{ title: 'NAV Eksempelby' }} toolbar></mulighetsrom-model>`,
};

export const PilotPrioritised: Story = {
  name: 'Pilot: prioritised areas as planned',
  render: () => html`<mulighetsrom-model .data=${PILOT_PLANNED}></mulighetsrom-model>`,
};

export const MixedStatuses: Story = {
  render: () => html`${exampleNote}<mulighetsrom-model .data=${MIXED}></mulighetsrom-model>`,
};

export const Editable: Story = {
  render: () =>
    html`${exampleNote}<mulighetsrom-model
        .data=${MIXED}
        editable
        toolbar
        @mulighetsrom-change=${(e: CustomEvent) => console.info('mulighetsrom-change', e.detail)}
      ></mulighetsrom-model>`,
};

export const Compare: Story = {
  name: 'Compare (11 offices, example data)',
  render: () => html`${exampleNote}<mulighetsrom-model .data=${OFFICES}></mulighetsrom-model>`,
};

export const Nynorsk: Story = {
  render: () =>
    html`<mulighetsrom-model lang="nn" .data=${{ ...MIXED, title: 'NAV Dømeby (døme)' }}>
    </mulighetsrom-model>`,
};

export const English: Story = {
  render: () =>
    html`<mulighetsrom-model lang="en" .data=${{ ...MIXED, title: 'NAV Example town (example)' }}>
    </mulighetsrom-model>`,
};

export const Dark: Story = {
  render: () =>
    onDark(html`<mulighetsrom-model data-color-scheme="dark" .data=${MIXED}></mulighetsrom-model>`),
};

export const DarkFromThePage: Story = {
  name: 'Dark, chosen by the page (an ancestor)',
  render: () => onDark(html`<mulighetsrom-model .data=${MIXED}></mulighetsrom-model>`),
};

/**
 * Saved work: edits are kept under `storage-key`; «Reset» discards them (clearSavedWork()) and
 * «Undo» takes them back (restoreWork()).
 */
export const SavedWork: Story = {
  name: 'Saved work, reset and undo',
  render: (_args, { globals }) => {
    const c = commonMessages[normalizeLang(globals.lang as string) ?? DEFAULT_LANG];
    let discarded: ModelData | undefined;
    const model = () => document.querySelector<MulighetsromModel>('#saved-work-model');
    const undo = () => document.querySelector<HTMLButtonElement>('#saved-work-undo');
    return html`${exampleNote}
      <mulighetsrom-model
        id="saved-work-model"
        storage-key="storybook-saved-work"
        editable
        .data=${MIXED}
      ></mulighetsrom-model>
      <p>
        <button
          type="button"
          @click=${() => {
            discarded = model()?.clearSavedWork();
            undo()!.disabled = discarded === undefined;
          }}
        >
          ${c.reset}
        </button>
        <button
          id="saved-work-undo"
          type="button"
          disabled
          @click=${() => {
            if (discarded !== undefined) model()?.restoreWork(discarded);
            discarded = undefined;
            undo()!.disabled = true;
          }}
        >
          ${c.undo}
        </button>
      </p>`;
  },
};

/** The model of a story, rendered and with its lazy parts loaded. */
async function modelIn(canvas: HTMLElement): Promise<MulighetsromModel> {
  const model = canvas.querySelector<MulighetsromModel>('mulighetsrom-model');
  if (!model) throw new Error('the story has no <mulighetsrom-model>');
  await model.updateComplete;
  return model;
}

/** Clicks `selector` inside the model's shadow root and waits for the model to update. */
async function clickInside(model: MulighetsromModel, selector: string): Promise<void> {
  const target = model.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`no ${selector} in <mulighetsrom-model>`);
  target.click();
  await model.updateComplete;
}

/**
 * The editing kit: every edit is one undo step. The story's play function opens area 3, sets
 * its status and its plan flag (two steps) and undoes the last one, so «Angre» and «Gjør om»
 * both have a step to take when the story opens. Try them, or Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y
 * (⌘ on a Mac) anywhere in the widget outside the note field; each undo and redo is announced
 * in the widget's live region. On the Docs page the play function does not run: edit an area
 * first, and the buttons wake up.
 */
export const UndoRedo: Story = {
  name: 'Editing: undo and redo',
  render: () =>
    html`${exampleNote}<mulighetsrom-model .data=${MIXED} editable></mulighetsrom-model>`,
  async play({ canvasElement }) {
    const model = await modelIn(canvasElement);
    model.select(3);
    await model.updateComplete;
    await clickInside(model, '.status-choice input[value="improve"]');
    await clickInside(model, '.planned-choice input');
    await clickInside(model, '.history .undo');
  },
};

/** The storage key of the story below, and what it finds saved there: text that is no JSON. */
const UNREADABLE_KEY = 'storybook-unreadable-saved-work';
const UNREADABLE_TEXT = '{"format":"mulighetsrom-saved-work","value":{"title":';

/**
 * Saved work that could not be read: the story seeds `storage-key` with broken text before it
 * renders. The widget shows the page's data, keeps the unreadable text aside (never
 * overwritten) and says so, with a download of it and a button to close the notice.
 */
export const SavedWorkUnreadable: Story = {
  name: 'Saved work that could not be read',
  beforeEach() {
    writeSavedText(UNREADABLE_KEY, UNREADABLE_TEXT);
    return () => {
      // The seeded text, and the copies the widget kept aside (`<key>:unreadable:<time>`).
      const ours = storageItemName(UNREADABLE_KEY);
      for (const name of Object.keys(localStorage))
        if (name === ours || name.startsWith(`${ours}:unreadable:`)) localStorage.removeItem(name);
    };
  },
  render: () =>
    html`${exampleNote}<mulighetsrom-model
        storage-key=${UNREADABLE_KEY}
        editable
        .data=${MIXED}
      ></mulighetsrom-model>`,
};

/** Where the Loading story's data is "served": only that story's fetch stub answers it. */
const SLOW_SRC = 'mulighetsrom-story/slow-model.json';
const SLOW_ANSWER_MS = 2500;

/**
 * Loading from `src` on a slow line: the widget says «Laster …» until the file arrives. The
 * story answers the request itself, after 2.5 s; «Remount» in the toolbar shows it again.
 */
export const Loading: Story = {
  name: 'Loading from src (slow line)',
  beforeEach() {
    const realFetch = window.fetch;
    window.fetch = (input, init) =>
      String(input).endsWith(SLOW_SRC)
        ? new Promise((resolve) =>
            setTimeout(() => resolve(new Response(JSON.stringify(MIXED))), SLOW_ANSWER_MS),
          )
        : realFetch(input, init);
    return () => {
      window.fetch = realFetch;
    };
  },
  render: () => html`${exampleNote}<mulighetsrom-model src=${SLOW_SRC}></mulighetsrom-model>`,
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: () =>
    html`<div style=${styleMap({ width: '320px', border: '1px dashed #6b7480' })}>
      <mulighetsrom-model .data=${MIXED} level="eier"></mulighetsrom-model>
    </div>`,
};
