import type { AreaDefinition } from '../types.js';

// The 20 development areas of the model (report ch. 4, domain.md §1). Names are the report's.
// Descriptions and tools, and AREAS with them, are in area-texts.ts: a widget draws the model
// without them and loads them when it shows an area's details. Nothing here imports that
// file, so a bundler's code splitting can keep it out of the first chunk.

/** An area without its description and tool: what the diagram and the legend need. */
export type AreaBasics = Omit<AreaDefinition, 'description' | 'tool'>;

/** @internal */
export const AREA_BASICS: readonly AreaBasics[] = [
  {
    id: 1,
    name: {
      nb: 'Samfunnsoppdrag og strategi',
      nn: 'Samfunnsoppdrag og strategi',
      en: 'Social mission and strategy',
    },
    levels: ['eier', 'kontor', 'tjeneste'],
    prioritisedInPilot: false,
  },
  {
    id: 2,
    name: {
      nb: 'God og synlig ledelse',
      nn: 'God og synleg leiing',
      en: 'Good and visible leadership',
    },
    levels: ['eier'],
    prioritisedInPilot: false,
  },
  {
    id: 3,
    name: {
      nb: 'Rammer for partnerskapsmøter',
      nn: 'Rammer for partnarskapsmøte',
      en: 'Framework for partnership meetings',
    },
    levels: ['eier'],
    prioritisedInPilot: true,
  },
  {
    id: 4,
    name: {
      nb: 'Felles forståelse av oppdrag',
      nn: 'Felles forståing av oppdrag',
      en: 'Shared understanding of the mission',
    },
    levels: ['eier'],
    prioritisedInPilot: true,
  },
  {
    id: 5,
    name: { nb: 'Politisk dagsorden', nn: 'Politisk dagsorden', en: 'Political agenda' },
    levels: ['eier'],
    prioritisedInPilot: false,
  },
  {
    id: 6,
    name: {
      nb: 'Felles plan- og målstruktur',
      nn: 'Felles plan- og målstruktur',
      en: 'Joint plan and goal structure',
    },
    levels: ['eier'],
    prioritisedInPilot: true,
  },
  {
    id: 7,
    name: {
      nb: 'Plassering av oppgaver (tjenesteportefølje)',
      nn: 'Plassering av oppgåver (tenesteportefølje)',
      en: 'Allocation of tasks (service portfolio)',
    },
    levels: ['eier'],
    prioritisedInPilot: true,
  },
  {
    id: 8,
    name: {
      nb: 'Sammenslåing / vertskommunesamarbeid',
      nn: 'Samanslåing / vertskommunesamarbeid',
      en: 'Mergers / host-municipality cooperation',
    },
    levels: ['eier'],
    prioritisedInPilot: true,
  },
  {
    id: 9,
    name: { nb: 'Vilkår ansatte', nn: 'Vilkår tilsette', en: 'Employee terms and conditions' },
    levels: ['kontor'],
    prioritisedInPilot: false,
  },
  {
    id: 10,
    name: {
      nb: 'Plassering i kommuneorganisasjonen',
      nn: 'Plassering i kommuneorganisasjonen',
      en: 'Place in the municipal organisation',
    },
    levels: ['kontor'],
    prioritisedInPilot: true,
  },
  {
    id: 11,
    name: { nb: 'Dobbeltarbeid', nn: 'Dobbeltarbeid', en: 'Duplicated work' },
    levels: ['kontor'],
    prioritisedInPilot: false,
  },
  {
    id: 12,
    name: {
      nb: 'Høy tjenestekvalitet og tjenestevolum',
      nn: 'Høg tenestekvalitet og tenestevolum',
      en: 'High service quality and volume',
    },
    levels: ['tjeneste'],
    prioritisedInPilot: false,
  },
  {
    id: 13,
    name: {
      nb: 'Godt forhold til andre enheter',
      nn: 'Godt forhold til andre einingar',
      en: 'Good relations with other units',
    },
    levels: ['tjeneste'],
    prioritisedInPilot: false,
  },
  {
    id: 14,
    name: {
      nb: 'Kommunal interesse for NAV-kontoret og statlig forståelse av kommunale oppgaver',
      nn: 'Kommunal interesse for NAV-kontoret og statleg forståing av kommunale oppgåver',
      en: 'Municipal interest in the NAV office and state understanding of municipal tasks',
    },
    levels: ['tjeneste'],
    prioritisedInPilot: true,
  },
  {
    id: 15,
    name: {
      nb: 'Tillit til NAV-leder',
      nn: 'Tillit til NAV-leiar',
      en: 'Trust in the NAV manager',
    },
    levels: ['eier', 'kontor'],
    prioritisedInPilot: false,
  },
  {
    id: 16,
    name: {
      nb: 'Økonomisk handlingsrom',
      nn: 'Økonomisk handlingsrom',
      en: 'Financial room for manoeuvre',
    },
    levels: ['eier', 'kontor'],
    prioritisedInPilot: true,
  },
  {
    id: 17,
    name: {
      nb: 'Strategisk utvikling av tjenester',
      nn: 'Strategisk utvikling av tenester',
      en: 'Strategic development of services',
    },
    levels: ['eier', 'tjeneste'],
    prioritisedInPilot: true,
  },
  {
    id: 18,
    name: {
      nb: 'Lokal tilpasning av tjenestetilbud',
      nn: 'Lokal tilpassing av tenestetilbod',
      en: 'Local adaptation of services',
    },
    levels: ['eier', 'tjeneste'],
    prioritisedInPilot: true,
  },
  {
    id: 19,
    name: { nb: 'Mange systemer', nn: 'Mange system', en: 'Many systems' },
    levels: ['kontor', 'tjeneste'],
    prioritisedInPilot: false,
  },
  {
    id: 20,
    name: {
      nb: 'NAVs rolle for innbyggerne',
      nn: 'NAVs rolle for innbyggjarane',
      en: 'NAV’s role for citizens',
    },
    levels: ['kontor', 'tjeneste'],
    prioritisedInPilot: false,
  },
];
