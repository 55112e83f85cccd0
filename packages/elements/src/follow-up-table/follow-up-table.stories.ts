import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { type FollowUpDocument } from '@mulighetsrom/core';
import './mulighetsrom-follow-up-table.js';
import { exampleNote, narrow } from '../internal/story-frames.js';

// Every plan below is EXAMPLE DATA, made up to show the widget (not a real municipality's plan).
// Stories fix «today» so overdue rows stay the same.
const TODAY = '2026-03-15';

/** A joint business plan in the Grimstad style: sections, free-text «når». Made up. */
const JOINT_PLAN: FollowUpDocument = {
  title: 'Felles virksomhetsplan NAV og kommunen 2026 (eksempel)',
  sections: [
    { id: 'arbeid', title: 'Flere i arbeid' },
    { id: 'brukermoter', title: 'Bedre brukermøter' },
    { id: 'kompetanse', title: 'Økt kompetanse' },
    { id: 'prosjekter', title: 'Prosjekter' },
  ],
  rows: [
    {
      id: 'a1',
      section: 'arbeid',
      what: 'Felles arbeidsgivermøter med næringslivet',
      responsible: 'Markedskoordinator',
      involve: 'Næringssjef',
      inform: 'Formannskapet',
      when: 'hver 14. dag',
      status: 'doing',
      area: 18,
    },
    {
      id: 'a2',
      section: 'arbeid',
      what: 'Kartlegge unge ledige under 30 år',
      responsible: 'NAV-leder',
      involve: 'Oppfølgingstjenesten',
      inform: 'Rådmann',
      when: '1. halvår',
      status: 'todo',
      area: 16,
    },
    {
      id: 'b1',
      section: 'brukermoter',
      what: 'Felles mottak i publikumsområdet',
      responsible: 'Avdelingsleder mottak',
      involve: 'Ansatte i mottak',
      inform: 'Brukerrådet',
      when: 'fortløpende',
      status: 'doing',
    },
    {
      id: 'b2',
      section: 'brukermoter',
      what: 'Brukerundersøkelse',
      responsible: 'Kvalitetsrådgiver',
      inform: 'Partnerskapsmøtet',
      when: '2. halvår',
      status: 'todo',
    },
    {
      id: 'k1',
      section: 'kompetanse',
      what: 'Opplæring i motiverende intervju',
      responsible: 'Fagkoordinator',
      involve: 'Alle veiledere',
      when: 'vår 2026',
      status: 'done',
      area: 15,
    },
    {
      id: 'p1',
      section: 'prosjekter',
      what: 'Prosjekt «Ung i jobb»',
      responsible: 'Prosjektleder',
      involve: 'Videregående skole',
      inform: 'Fylkesdirektøren',
      when: 'hele året',
      status: 'doing',
    },
  ],
};

/** A follow-up plan with dates: overdue, done and a row whose end comes before its start. */
const DATED: FollowUpDocument = {
  title: 'Plan for oppfølging etter samlingen (eksempel)',
  rows: [
    {
      id: 'd1',
      what: 'Sende referat til alle deltakerne',
      responsible: 'NAV-leder',
      inform: 'Deltakerne',
      start: '2026-01-10',
      end: '2026-01-17',
      status: 'done',
    },
    {
      id: 'd2',
      what: 'Avtale felles ledermøte',
      responsible: 'Rådmann',
      involve: 'Kommunalsjef',
      start: '2026-01-15',
      end: '2026-02-28',
      status: 'doing',
      area: 2,
    },
    {
      id: 'd3',
      what: 'Lage forslag til felles mål',
      responsible: 'Avdelingsledere',
      involve: 'Tillitsvalgte',
      inform: 'Ansatte',
      start: '2026-02-01',
      end: '2026-03-01',
      status: 'todo',
      area: 4,
    },
    {
      id: 'd4',
      what: 'Evaluere samarbeidsavtalen',
      responsible: 'Partnerskapsmøtet',
      start: '2026-04-01',
      end: '2026-06-30',
      area: 20,
    },
    {
      id: 'd5',
      what: 'Felles fagdag',
      responsible: 'Fagkoordinator',
      start: '2026-05-20',
      end: '2026-05-10',
    },
    { id: 'd6', what: 'Informere kommunestyret', responsible: 'Rådmann', when: 'etter sommeren' },
  ],
};

const meta: Meta = {
  title: 'Widgets/Follow-up table',
  component: 'mulighetsrom-follow-up-table',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  render: () =>
    html`<mulighetsrom-follow-up-table .data=${{}} today=${TODAY}></mulighetsrom-follow-up-table>`,
};
export default meta;

type Story = StoryObj;

export const EmptyTemplate: Story = {
  name: 'Empty template (five numbered rows)',
  render: () =>
    html`<mulighetsrom-follow-up-table
      .data=${{}}
      today=${TODAY}
      editable
    ></mulighetsrom-follow-up-table>`,
};

export const JointBusinessPlan: Story = {
  name: 'Joint business plan with sections (example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-follow-up-table
        .data=${JOINT_PLAN}
        today=${TODAY}
        toolbar
      ></mulighetsrom-follow-up-table>`,
};

export const OverdueAndDone: Story = {
  name: 'Overdue and done rows (example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-follow-up-table
        .data=${DATED}
        today=${TODAY}
        toolbar
      ></mulighetsrom-follow-up-table>`,
};

export const Timeline: Story = {
  name: 'Timeline (example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-follow-up-table
        .data=${DATED}
        today=${TODAY}
        view="timeline"
        toolbar
      ></mulighetsrom-follow-up-table>`,
};

export const Editable: Story = {
  name: 'Editable (example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-follow-up-table
        .data=${JOINT_PLAN}
        today=${TODAY}
        editable
        toolbar
        @mulighetsrom-change=${(e: CustomEvent) => console.info('mulighetsrom-change', e.detail)}
      ></mulighetsrom-follow-up-table>`,
};

export const Narrow: Story = {
  name: 'Narrow (320 px: one card per row)',
  render: () =>
    narrow(
      html`${exampleNote}<mulighetsrom-follow-up-table
          .data=${DATED}
          today=${TODAY}
        ></mulighetsrom-follow-up-table>`,
    ),
};

export const Nynorsk: Story = {
  name: 'Nynorsk (example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-follow-up-table
        .data=${DATED}
        today=${TODAY}
        lang="nn"
        toolbar
      ></mulighetsrom-follow-up-table>`,
};

export const English: Story = {
  name: 'English (example data)',
  render: () =>
    html`${exampleNote}<mulighetsrom-follow-up-table
        .data=${JOINT_PLAN}
        today=${TODAY}
        lang="en"
        editable
      ></mulighetsrom-follow-up-table>`,
};
