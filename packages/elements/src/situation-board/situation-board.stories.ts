import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { type SituationBoardDocument } from '@mulighetsrom/core';
import './mulighetsrom-situation-board.js';
import { exampleNote, narrow, onDark } from '../internal/story-frames.js';

// EXAMPLE DATA, made up to show the widget: a gathering-2 poster for area 16.
const AREA_16: SituationBoardDocument = {
  area: 16,
  because: 'vi ser at brukerne møter for mange dører (eksempel).',
  desired: [
    { id: 'd1', text: 'Brukeren har én plan og én kontaktperson', votes: 3 },
    { id: 'd2', text: 'Stat og kommune deler kunnskap om brukerne' },
  ],
  barriers: [
    { id: 'b1', text: 'Ulike fagsystemer og regler for taushetsplikt', color: 'pink' },
    { id: 'b2', text: 'Lite tid i hverdagen' },
  ],
  drivers: [
    { id: 'r1', text: 'Felles opplæring av veiledere', color: 'green', author: 'Gruppe 3' },
  ],
};

const meta: Meta = {
  title: 'Widgets/Situation board',
  component: 'mulighetsrom-situation-board',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  render: () =>
    html`${exampleNote}<mulighetsrom-situation-board
        .data=${AREA_16}
      ></mulighetsrom-situation-board>`,
};
export default meta;

type Story = StoryObj;

export const Area16: Story = { name: 'Area 16 (example data)' };

export const Empty: Story = {
  render: () => html`<mulighetsrom-situation-board .data=${{}}></mulighetsrom-situation-board>`,
};

export const Editable: Story = {
  name: 'Editable (area picker)',
  render: () =>
    html`${exampleNote}<mulighetsrom-situation-board
        .data=${AREA_16}
        editable
        toolbar
      ></mulighetsrom-situation-board>`,
};

export const CustomArea: Story = {
  render: () =>
    html`<mulighetsrom-situation-board
      .data=${{ area: { name: 'Ungdom utenfor skole og arbeid (eksempel)' } }}
    ></mulighetsrom-situation-board>`,
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: () =>
    narrow(
      html`${exampleNote}<mulighetsrom-situation-board
          .data=${AREA_16}
        ></mulighetsrom-situation-board>`,
    ),
};

export const Nynorsk: Story = {
  render: () =>
    html`${exampleNote}<mulighetsrom-situation-board
        lang="nn"
        .data=${AREA_16}
      ></mulighetsrom-situation-board>`,
};

export const Dark: Story = {
  render: () =>
    onDark(
      html`${exampleNote}
        <mulighetsrom-situation-board .data=${AREA_16}></mulighetsrom-situation-board>`,
    ),
};
