import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  EXAMPLE_NETWORK,
  AREAS,
  MATRIX_PRESETS,
  type MatrixCell,
  type MatrixDocument,
  type ModelDocument,
} from '@mulighetsrom/core';
import './mulighetsrom-expectation-matrix.js';
import { exampleNote, narrow, onDark } from '../internal/story-frames.js';

// The rådmann matrix holds the agreements report ch. 3 describes: every group on «NAV mer inn i
// planarbeid» and «Være mer "på"», NAV managers and rådmenn on «Felles virksomhetsplan» and
// «Flere møtepunkter». The network stories are EXAMPLE DATA, made up to show the widget.

const ALL_GROUPS = MATRIX_PRESETS.radmann.rows.map((r) => r.id);
const held = (rows: readonly string[], column: string): MatrixCell[] =>
  rows.map((row) => ({ row, column, value: 'marked' }));

const RADMANN: MatrixDocument = {
  preset: 'radmann',
  cells: [
    ...held(ALL_GROUPS, 'radmann-01'),
    ...held(ALL_GROUPS, 'radmann-04'),
    ...held(['nav-ledere', 'radmenn'], 'radmann-06'),
    ...held(['nav-ledere', 'radmenn'], 'radmann-05'),
  ],
};

const FYLKESDIREKTOR: MatrixDocument = { preset: 'fylkesdirektor' };

/** A deterministic made-up network: no randomness, so stories stay stable. */
function exampleNetwork(preset: 'network-status' | 'network-priorities'): MatrixDocument {
  const columns = MATRIX_PRESETS[preset].columns;
  const values = MATRIX_PRESETS[preset].scale.map((s) => s.id);
  const offices = EXAMPLE_NETWORK.offices;
  const cells: MatrixCell[] = [];
  offices.forEach((office, i) => {
    if (i === offices.length - 1) return; // the last office gave no answer
    columns.forEach((column, j) => {
      const pick = (i * 7 + j * 3) % (values.length + 1);
      if (pick < values.length)
        cells.push({ row: office.id, column: column.id, value: values[pick]! });
    });
    if (preset === 'network-priorities') {
      const main = cells.find((c) => c.row === office.id && c.value === values[0]);
      if (main) main.main = true;
    }
  });
  return {
    title: `${MATRIX_PRESETS[preset].title.nb} (eksempeldata)`,
    preset,
    cells,
    noAnswer: [offices[offices.length - 1]!.id],
  };
}

const STATUS = exampleNetwork('network-status');
const PRIORITIES = exampleNetwork('network-priorities');

/** Three made-up model documents, as `<mulighetsrom-model>` compares them. */
const MODELS: ModelDocument[] = ['NAV Eksempelby', 'NAV Dømeby', 'NAV Prøvestad'].map(
  (title, i) => ({
    title: `${title} (eksempel)`,
    areas: AREAS.map((a) => ({
      id: a.id,
      status: (['strong', 'improve', 'unknown'] as const)[(a.id + i) % 3]!,
    })),
  }),
);
/** The models as data: the widget derives the network (and writes edits back into them). */
const NETWORK_OF_MODELS: MatrixDocument = { models: MODELS };

const meta: Meta = {
  title: 'Widgets/Expectation matrix',
  component: 'mulighetsrom-expectation-matrix',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  render: () =>
    html`<mulighetsrom-expectation-matrix .data=${RADMANN}></mulighetsrom-expectation-matrix>`,
};
export default meta;

type Story = StoryObj;

export const Radmann: Story = {
  name: 'Rådmann (agreements of ch. 3)',
  render: () =>
    html`<mulighetsrom-expectation-matrix
      .data=${RADMANN}
      toolbar
    ></mulighetsrom-expectation-matrix>`,
};

export const Fylkesdirektor: Story = {
  render: () =>
    html`<mulighetsrom-expectation-matrix
      .data=${FYLKESDIREKTOR}
    ></mulighetsrom-expectation-matrix>`,
};

export const NetworkStatus: Story = {
  name: 'Network status (15 offices, example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-expectation-matrix
        .data=${STATUS}
        toolbar
      ></mulighetsrom-expectation-matrix>`,
};

export const NetworkPriorities: Story = {
  name: 'Network priorities (15 offices, example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-expectation-matrix
        .data=${PRIORITIES}
      ></mulighetsrom-expectation-matrix>`,
};

export const DerivedFromModels: Story = {
  name: 'Network derived from model documents (example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-expectation-matrix
        .data=${NETWORK_OF_MODELS}
      ></mulighetsrom-expectation-matrix>`,
};

export const DerivedEditable: Story = {
  name: 'Network of model documents, editable (example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-expectation-matrix
        .data=${NETWORK_OF_MODELS}
        editable
        @mulighetsrom-change=${(e: CustomEvent) => console.info('mulighetsrom-change', e.detail)}
      ></mulighetsrom-expectation-matrix>`,
};

export const Editable: Story = {
  render: () =>
    html`<mulighetsrom-expectation-matrix
      .data=${RADMANN}
      editable
      toolbar
      @mulighetsrom-change=${(e: CustomEvent) => console.info('mulighetsrom-change', e.detail)}
    ></mulighetsrom-expectation-matrix>`,
};

export const Transposed: Story = {
  render: () =>
    html`<mulighetsrom-expectation-matrix
      .data=${RADMANN}
      transposed
      toolbar
    ></mulighetsrom-expectation-matrix>`,
};

export const Narrow: Story = {
  name: 'Narrow (320 px: one list per row)',
  render: () =>
    narrow(
      html`<mulighetsrom-expectation-matrix .data=${RADMANN}></mulighetsrom-expectation-matrix>`,
    ),
};

export const Nynorsk: Story = {
  render: () =>
    html`<mulighetsrom-expectation-matrix
      lang="nn"
      .data=${RADMANN}
    ></mulighetsrom-expectation-matrix>`,
};

export const English: Story = {
  render: () =>
    html`<mulighetsrom-expectation-matrix
      lang="en"
      .data=${RADMANN}
    ></mulighetsrom-expectation-matrix>`,
};

export const Dark: Story = {
  render: () =>
    onDark(
      html`${exampleNote}
        <mulighetsrom-expectation-matrix .data=${PRIORITIES}></mulighetsrom-expectation-matrix>`,
    ),
};
