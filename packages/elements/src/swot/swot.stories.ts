import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { type SwotDocument } from '@mulighetsrom/core';
import './mulighetsrom-swot.js';
import { exampleNote, narrow, onDark } from '../internal/story-frames.js';

// EXAMPLE DATA, made up to show the widget (appendix B of the report proposes a SWOT per
// municipal service in the NAV office; these notes are ours, not the pilot's).

const REFUGEES: SwotDocument = {
  title: 'Flyktningtjenesten (eksempel)',
  subject: 'Flyktningtjenesten',
  strengths: [
    {
      id: 's1',
      text: 'Kort vei mellom bosetting, kvalifisering og arbeid',
      votes: 3,
      color: 'green',
      author: 'Gruppe 1',
    },
    { id: 's2', text: 'Én dør inn for den som er nybosatt', votes: 1 },
    { id: 's3', text: 'Veiledere kjenner både statlige og kommunale tiltak' },
  ],
  weaknesses: [
    { id: 'w1', text: 'Lite tid til tett oppfølging', color: 'orange', votes: 2 },
    { id: 'w2', text: 'Ulike fagsystemer i stat og kommune' },
  ],
  opportunities: [
    { id: 'o1', text: 'Felles kvalifiseringsløp med voksenopplæringen', color: 'blue' },
  ],
  threats: [
    { id: 't1', text: 'Færre bosatte gir mindre tilskudd', votes: 1, color: 'pink' },
    { id: 't2', text: 'Fagmiljøet blir sårbart hvis nøkkelpersoner slutter' },
  ],
};

const PORTFOLIO: SwotDocument[] = [
  REFUGEES,
  {
    subject: 'Rus (eksempel)',
    strengths: [{ id: 's1', text: 'Helhetlig oppfølging av arbeid og helse' }],
    weaknesses: [{ id: 'w1', text: 'Lange ventetider på behandling' }],
    opportunities: [],
    threats: [
      { id: 't1', text: 'Tjenesten kan bli borte i et stort kontor' },
      { id: 't2', text: 'Helsefaglig kompetanse er vanskelig å rekruttere' },
      { id: 't3', text: 'Uklart hvem som har ansvaret' },
    ],
  },
  {
    subject: 'Gjeldsrådgivning (eksempel)',
    strengths: [
      { id: 's1', text: 'Økonomisk rådgivning og sosialhjelp i samme hus' },
      { id: 's2', text: 'Godt kjent i kommunen' },
    ],
    weaknesses: [],
    opportunities: [{ id: 'o1', text: 'Digital timebestilling' }],
    threats: [],
  },
];

const HIDDEN: SwotDocument = {
  subject: 'Kommunal bolig (eksempel)',
  strengths: [
    { id: 's1', text: 'Boligkontoret sitter i samme etasje', hidden: true },
    { id: 's2', text: 'Raskt vedtak om startlån', hidden: true },
  ],
  weaknesses: [{ id: 'w1', text: 'For få utleieboliger', hidden: true }],
  opportunities: [],
  threats: [],
};

const log = (e: CustomEvent) => console.info('mulighetsrom-change', e.detail);

const meta: Meta = {
  title: 'Widgets/SWOT',
  component: 'mulighetsrom-swot',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  render: () => html`${exampleNote}<mulighetsrom-swot .data=${REFUGEES}></mulighetsrom-swot>`,
};
export default meta;

type Story = StoryObj;

export const Empty: Story = {
  name: 'Empty (the guiding questions)',
  render: () =>
    html`<mulighetsrom-swot .data=${{ subject: 'Flyktningtjenesten' }}></mulighetsrom-swot>`,
};

export const Refugees: Story = {
  name: 'Flyktningtjenesten (example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-swot .data=${REFUGEES} toolbar></mulighetsrom-swot>`,
};

export const Portfolio: Story = {
  name: 'Portfolio of three services, tabs (example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-swot .data=${PORTFOLIO} toolbar></mulighetsrom-swot>`,
};

export const PortfolioSideBySide: Story = {
  name: 'Portfolio side by side (example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-swot
        .data=${PORTFOLIO}
        layout="side-by-side"
      ></mulighetsrom-swot>`,
};

export const VotingRoomMode: Story = {
  name: 'Voting in room mode (example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-swot
        .data=${REFUGEES}
        vote-limit="3"
        room-mode
        @mulighetsrom-change=${log}
      ></mulighetsrom-swot>`,
};

export const VotingPersonal: Story = {
  name: 'Voting, three votes per person (example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-swot .data=${REFUGEES} vote-limit="3"></mulighetsrom-swot>`,
};

export const HiddenNotes: Story = {
  name: 'Silent brainstorm: hidden notes (example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-swot
        .data=${HIDDEN}
        toolbar
        silent
        editable
      ></mulighetsrom-swot>`,
};

export const Editable: Story = {
  render: () =>
    html`${exampleNote}<mulighetsrom-swot
        .data=${REFUGEES}
        editable
        toolbar
        @mulighetsrom-change=${log}
      ></mulighetsrom-swot>`,
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: () =>
    narrow(html`${exampleNote}<mulighetsrom-swot .data=${REFUGEES} editable></mulighetsrom-swot>`),
};

export const Nynorsk: Story = {
  render: () =>
    html`${exampleNote}<mulighetsrom-swot lang="nn" .data=${REFUGEES}></mulighetsrom-swot>`,
};

export const English: Story = {
  render: () =>
    html`${exampleNote}<mulighetsrom-swot lang="en" .data=${REFUGEES}></mulighetsrom-swot>`,
};

export const Dark: Story = {
  render: () =>
    onDark(
      html`${exampleNote} <mulighetsrom-swot .data=${REFUGEES} vote-limit="2"></mulighetsrom-swot>`,
    ),
};
