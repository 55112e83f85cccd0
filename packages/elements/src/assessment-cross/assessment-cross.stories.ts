import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { type AssessmentCrossDocument } from '@mulighetsrom/core';
import './mulighetsrom-assessment-cross.js';
import { exampleNote, onDark } from '../internal/story-frames.js';

// EXAMPLE DATA, made up to show the widget: the gathering-1 poster of a made-up office.
const CROSS: AssessmentCrossDocument = {
  office: 'NAV Eksempelby (eksempel)',
  worksWell: [
    { id: 'a1', text: 'Faste partnerskapsmøter to ganger i året', votes: 2 },
    { id: 'a2', text: 'Rådmannen kjenner kontoret godt', author: 'Gruppe 2' },
  ],
  why: [{ id: 'b1', text: 'Vi har en felles virksomhetsplan', color: 'green' }],
  couldImprove: [
    { id: 'c1', text: 'Mer kontakt på tjenestenivå', color: 'orange' },
    { id: 'c2', text: 'Tydeligere ansvar for felles tiltak' },
  ],
  how: [],
};

const meta: Meta = {
  title: 'Widgets/Assessment cross',
  component: 'mulighetsrom-assessment-cross',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  render: () =>
    html`${exampleNote}<mulighetsrom-assessment-cross
        .data=${CROSS}
      ></mulighetsrom-assessment-cross>`,
};
export default meta;

type Story = StoryObj;

export const Filled: Story = { name: 'An assessment cross (example data)' };

export const Empty: Story = {
  render: () => html`<mulighetsrom-assessment-cross .data=${{}}></mulighetsrom-assessment-cross>`,
};

export const Editable: Story = {
  render: () =>
    html`${exampleNote}<mulighetsrom-assessment-cross
        .data=${CROSS}
        editable
        toolbar
      ></mulighetsrom-assessment-cross>`,
};

export const English: Story = {
  render: () =>
    html`${exampleNote}<mulighetsrom-assessment-cross
        lang="en"
        .data=${CROSS}
      ></mulighetsrom-assessment-cross>`,
};

export const Dark: Story = {
  render: () =>
    onDark(
      html`${exampleNote}
        <mulighetsrom-assessment-cross .data=${CROSS}></mulighetsrom-assessment-cross>`,
    ),
};
