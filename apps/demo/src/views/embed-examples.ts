// Example data for the embed page's snippets when no workspace is chosen, one document per
// widget: a made-up partnership (NAV Solvik), not a real assessment. The example pages in
// public/examples/ carry the same documents (embed-snippets.test.ts checks that they do).
import type { WidgetTag } from '../messages/around.js';

export const EMBED_EXAMPLES: Readonly<Record<WidgetTag, unknown>> = {
  'mulighetsrom-model': {
    title: 'Eksempel: NAV Solvik',
    areas: [
      { id: 1, status: 'strong' },
      { id: 3, status: 'improve', planned: true, note: 'To partnerskapsmøter i året.' },
      { id: 6, status: 'improve', planned: true },
      { id: 9, status: 'strong' },
      { id: 12, status: 'strong' },
      { id: 16, status: 'improve', planned: true },
      { id: 19, status: 'improve' },
    ],
  },
  'mulighetsrom-expectation-matrix': {
    preset: 'radmann',
    cells: [
      { row: 'fylkesdirektorer', column: 'radmann-01', value: 'marked' },
      { row: 'radmenn', column: 'radmann-01', value: 'marked' },
      { row: 'nav-ledere', column: 'radmann-01', value: 'marked' },
      { row: 'avdelingsledere', column: 'radmann-01', value: 'marked' },
    ],
  },
  'mulighetsrom-swot': {
    subject: 'Eksempel: gjeldsrådgivning i NAV Solvik',
    strengths: [{ id: 'n1', text: 'Kort vei mellom rådgiver og veileder', color: 'green' }],
    weaknesses: [{ id: 'n2', text: 'Lang ventetid i perioder', color: 'yellow' }],
    opportunities: [{ id: 'n3', text: 'Samarbeid med nabokommunen', color: 'blue' }],
    threats: [{ id: 'n4', text: 'Få fagfolk å rekruttere', color: 'pink' }],
  },
  'mulighetsrom-assessment-cross': {
    office: 'Eksempel: NAV Solvik',
    worksWell: [{ id: 'n1', text: 'Faste partnerskapsmøter' }],
    why: [{ id: 'n2', text: 'Rådmann og NAV-leder setter av tid' }],
    couldImprove: [{ id: 'n3', text: 'Felles mål i planene' }],
    how: [{ id: 'n4', text: 'Felles virksomhetsplan fra neste år' }],
  },
  'mulighetsrom-situation-board': {
    area: 16,
    because: 'vi vil bruke midlene der de gir mest for brukerne.',
    desired: [{ id: 'n1', text: 'Felles oversikt over midlene' }],
    barriers: [{ id: 'n2', text: 'To budsjettprosesser i utakt' }],
    drivers: [{ id: 'n3', text: 'Budsjettet som fast sak på partnerskapsmøtet' }],
  },
  'mulighetsrom-annual-wheel': {
    title: 'Eksempel: årshjulet til NAV Solvik',
    year: 2027,
    rings: [
      { id: 'partnerskap', label: 'Partnerskapet' },
      { id: 'kommune', label: 'Kommunen' },
    ],
    activities: [
      {
        id: 'a1',
        ring: 'partnerskap',
        title: 'Partnerskapsmøte',
        start: '2027-03-10',
        checklist: 'model',
      },
      {
        id: 'a2',
        ring: 'partnerskap',
        title: 'Partnerskapsmøte',
        start: '2027-10-06',
        checklist: 'model',
      },
      { id: 'a3', ring: 'kommune', title: 'Budsjett', start: '2027-09-01', end: '2027-12-15' },
    ],
  },
  'mulighetsrom-follow-up-table': {
    title: 'Eksempel: plan for oppfølging',
    rows: [
      {
        id: 'r1',
        what: 'Sette av partnerskapsmøter for året',
        responsible: 'NAV-leder',
        involve: 'Rådmannen',
        inform: 'De ansatte',
        start: '2027-01-10',
        end: '2027-02-01',
      },
      {
        id: 'r2',
        what: 'Lage utkast til felles virksomhetsplan',
        responsible: 'Kommunalsjef',
        when: '2. halvår',
      },
    ],
  },
};
