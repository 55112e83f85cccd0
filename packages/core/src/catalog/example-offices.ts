import { localized } from '../i18n/localized.js';
import { AREA_BASICS } from './areas.js';
import type { Localized } from '../types.js';

// EXAMPLE DATA. The shape of the pilot network's overview tables (report «Mulighetsrommet i
// NAV-partnerskapet», NORCE/AFI/Deloitte 2019, appendix A): the Agder offices, the themes of
// table 1 (status today) and the areas of table 2 (what to develop). The cell colours were lost
// in the text extraction, so this file holds NO assessments: the grid is for demos and tests,
// and anything filled into it is made up and must be labelled as illustrative.

const t = localized;

export interface ExampleOffice {
  /** Stable id (lower case, ASCII). */
  readonly id: string;
  /** The municipality's name (a proper name, the same in every language). */
  readonly name: string;
}

export interface ExampleColumn {
  /** Stable, unique id (source labels are not unique: see EXAMPLE_NETWORK.developmentAreas). */
  readonly id: string;
  /** The column label as the source gives it (nb), with nn and en. */
  readonly name: Localized;
  /** The model area (1–20) this column corresponds to, where one clearly does. */
  readonly areaId?: number;
}

export interface ExampleNetwork {
  /** Always true: this is example data, not a real network's assessments. */
  readonly isExample: true;
  readonly source: Localized;
  readonly offices: readonly ExampleOffice[];
  /** Table 1 columns. Cells in the source: strong · can be strengthened · not assessed. */
  readonly statusThemes: readonly ExampleColumn[];
  /** Table 2 columns. Cells in the source: prioritised · discussed · not assessed (+ a star). */
  readonly developmentAreas: readonly ExampleColumn[];
}

const office = (name: string): ExampleOffice => ({
  id: name.toLowerCase().replace(/å/g, 'a').replace(/ø/g, 'o').replace(/æ/g, 'ae'),
  name,
});

const column = (id: string, name: Localized, areaId?: number): ExampleColumn =>
  areaId === undefined ? { id, name } : { id, name, areaId };

/** A column labelled exactly as the catalog names its area. */
const areaColumn = (id: string, areaId: number): ExampleColumn =>
  column(id, AREA_BASICS.find((area) => area.id === areaId)!.name, areaId);

// Columns both tables have (same label, same area).
const SHARED_UNDERSTANDING = areaColumn('forstaelse', 4);
const OTHER_UNITS = areaColumn('andre-enheter', 13);
const PLACEMENT = column(
  'plassering',
  t(
    'Plassering i kommunal organisasjon',
    'Plassering i kommunal organisasjon',
    'Place in the municipal organisation',
  ),
  10,
);
const STATE_UNDERSTANDING = column(
  'statlig-forstaelse',
  t(
    'Statlig forståelse av kommunale oppgaver',
    'Statleg forståing av kommunale oppgåver',
    'State understanding of municipal tasks',
  ),
  14,
);

export const EXAMPLE_NETWORK: ExampleNetwork = {
  isExample: true,
  source: t(
    'Eksempel etter vedlegg A i «Mulighetsrommet i NAV-partnerskapet» (2019): pilotnettverket i Agder. Uten vurderinger.',
    'Døme etter vedlegg A i «Mulighetsrommet i NAV-partnerskapet» (2019): pilotnettverket i Agder. Utan vurderingar.',
    'Example after appendix A of «Mulighetsrommet i NAV-partnerskapet» (2019): the Agder pilot network. No assessments.',
  ),
  offices: [
    'Kvinesdal',
    'Flekkefjord',
    'Farsund',
    'Mandal',
    'Lindesnes',
    'Marnardal',
    'Vennesla',
    'Kristiansand',
    'Froland',
    'Arendal',
    'Grimstad',
    'Gjerstad',
    'Bykle',
    'Valle',
    'Bygland',
  ].map(office),
  statusThemes: [
    column('losningsorientert', t('Løsningsorientert', 'Løysingsorientert', 'Solution-oriented')),
    areaColumn('tillit', 15),
    column('respekt', t('Gjensidig respekt', 'Gjensidig respekt', 'Mutual respect')),
    areaColumn('ledelse', 2),
    column(
      'motepunkt',
      t(
        'Utvidet partnerskap/flere møtepunkt',
        'Utvida partnarskap/fleire møtepunkt',
        'Extended partnership/more meeting points',
      ),
    ),
    column(
      'kvalitet',
      t('Høy tjenestekvalitet', 'Høg tenestekvalitet', 'High service quality'),
      12,
    ),
    SHARED_UNDERSTANDING,
    areaColumn('vilkar', 9),
    OTHER_UNITS,
    column(
      'kommunal-interesse',
      t('Kommunal interesse', 'Kommunal interesse', 'Municipal interest'),
      14,
    ),
    areaColumn('plan', 6),
    areaColumn('strategisk', 17),
    areaColumn('dobbeltarbeid', 11),
    areaColumn('systemer', 19),
    PLACEMENT,
    STATE_UNDERSTANDING,
    column('volum', t('Tjenestevolum', 'Tenestevolum', 'Service volume'), 12),
    column(
      'partnerskapsmoter',
      t('Jevnlige partnerskapsmøter', 'Jamlege partnarskapsmøte', 'Regular partnership meetings'),
      3,
    ),
  ],
  // The source lists «Strategisk utvikling av tjenester» twice (columns 2 and 6); both kept.
  developmentAreas: [
    column(
      'virksomhetsplan',
      t('Felles virksomhetsplan/mål', 'Felles verksemdsplan/mål', 'Joint business plan/goals'),
      6,
    ),
    areaColumn('strategisk-1', 17),
    column(
      'oppgaver',
      t('Plassering av oppgaver', 'Plassering av oppgåver', 'Allocation of tasks'),
      7,
    ),
    column(
      'motepunkter',
      t(
        'Utvidet partnerskap/flere møtepunkter',
        'Utvida partnarskap/fleire møtepunkt',
        'Extended partnership/more meeting points',
      ),
    ),
    PLACEMENT,
    areaColumn('strategisk-2', 17),
    areaColumn('okonomi', 16),
    areaColumn('lokal-tilpasning', 18),
    column(
      'sammenslaing',
      t('Sammenslåing/samarbeid', 'Samanslåing/samarbeid', 'Mergers/cooperation'),
      8,
    ),
    column(
      'kommunal-interesse',
      t('Kommunal interesse for NAV', 'Kommunal interesse for NAV', 'Municipal interest in NAV'),
      14,
    ),
    SHARED_UNDERSTANDING,
    column(
      'rolle',
      t('NAVs rolle for innbyggere', 'NAVs rolle for innbyggjarar', 'NAV’s role for citizens'),
      20,
    ),
    areaColumn('politisk', 5),
    OTHER_UNITS,
    STATE_UNDERSTANDING,
  ],
};
