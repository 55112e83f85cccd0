import { localized } from '../i18n/localized.js';
import type { Localized } from '../types.js';

// Gathering 1 of the pilot network: four role groups said what they expect of each owner
// (report ch. 3, domain.md §2). The nb texts are the report's, verbatim.

const t = localized;

export interface RoleGroup {
  readonly id: string;
  readonly name: Localized;
}

export interface Expectation {
  /** Stable id, e.g. 'radmann-01'. */
  readonly id: string;
  readonly text: Localized;
}

/** Which owner the expectations are of. */
export type ExpectationPresetId = 'radmann' | 'fylkesdirektor';

/** The rows of an expectation matrix: the four role groups at gathering 1. */
export const ROLE_GROUPS: readonly RoleGroup[] = [
  {
    id: 'fylkesdirektorer',
    name: t('Fylkesdirektører/stab', 'Fylkesdirektørar/stab', 'County directors/staff'),
  },
  { id: 'radmenn', name: t('Rådmenn', 'Rådmenn', 'Chief municipal executives') },
  { id: 'nav-ledere', name: t('NAV-ledere', 'NAV-leiarar', 'NAV managers') },
  {
    id: 'avdelingsledere',
    name: t('Avd. ledere/rådgivere', 'Avd. leiarar/rådgivarar', 'Section heads/advisers'),
  },
];

const list = (prefix: string, texts: readonly Localized[]): readonly Expectation[] =>
  texts.map((text, i) => ({ id: `${prefix}-${String(i + 1).padStart(2, '0')}`, text }));

/** The expectations of each owner, as listed at gathering 1. */
export const EXPECTATION_PRESETS: Readonly<Record<ExpectationPresetId, readonly Expectation[]>> = {
  radmann: list('radmann', [
    t(
      'NAV mer inn i planarbeid i kommunen',
      'NAV meir inn i planarbeid i kommunen',
      'NAV more involved in municipal planning',
    ),
    t(
      'Spre kunnskap om NAV til kommunale enheter',
      'Spreie kunnskap om NAV til kommunale einingar',
      'Spread knowledge of NAV to municipal units',
    ),
    t(
      'Være i forkant av reformer/regelendringer',
      'Vere i forkant av reformer/regelendringar',
      'Stay ahead of reforms/rule changes',
    ),
    t(
      'Være mer «på» / aktiv ledelse',
      'Vere meir «på» / aktiv leiing',
      'Be more “on” / active leadership',
    ),
    t('Flere møtepunkter', 'Fleire møtepunkt', 'More meeting points'),
    t(
      'Felles virksomhetsplan og mål',
      'Felles verksemdsplan og mål',
      'Joint business plan and goals',
    ),
    t(
      'Tillit til NAV-leder / sette agenda',
      'Tillit til NAV-leiar / setje agenda',
      'Trust in the NAV manager / setting the agenda',
    ),
    t('Pådriver for likere vilkår', 'Pådrivar for likare vilkår', 'Push for more equal terms'),
    t(
      'Fronte kommunens interesser overfor statlige etater',
      'Fronte interessene til kommunen overfor statlege etatar',
      'Champion the municipality’s interests towards state agencies',
    ),
    t(
      'NAV-leder blir del av rådmannens ledergruppe / sektor',
      'NAV-leiar blir del av leiargruppa / sektoren til rådmannen',
      'The NAV manager joins the chief executive’s management team / sector',
    ),
    t(
      'Rydde i tjenesteporteføljen til NAV-kontoret',
      'Rydde i tenesteporteføljen til NAV-kontoret',
      'Tidy up the NAV office’s service portfolio',
    ),
    t(
      'Mer ansvar for NAVs samfunnsoppdrag',
      'Meir ansvar for samfunnsoppdraget til NAV',
      'More responsibility for NAV’s social mission',
    ),
  ]),
  fylkesdirektor: list('fylkesdirektor', [
    t(
      'Mer lokal styring av tiltaksmidler',
      'Meir lokal styring av tiltaksmidlar',
      'More local control of programme funds',
    ),
    t('Kjempe for lokal frihet', 'Kjempe for lokal fridom', 'Fight for local freedom'),
    t('Lokal kompetansebygging', 'Lokal kompetansebygging', 'Local skills building'),
    t(
      'Ikke regionale «korps» (f.eks. vikar)',
      'Ikkje regionale «korps» (t.d. vikar)',
      'No regional “corps” (e.g. temps)',
    ),
    t(
      'Mer produksjon og mindre administrasjon',
      'Meir produksjon og mindre administrasjon',
      'More production and less administration',
    ),
    t(
      '«Poole» ressurser med kommunen (f.eks. psykolog)',
      '«Poole» ressursar med kommunen (t.d. psykolog)',
      '“Pool” resources with the municipality (e.g. a psychologist)',
    ),
    t(
      'Synliggjøre partnerskapet som arena for utvikling',
      'Synleggjere partnarskapet som arena for utvikling',
      'Make the partnership visible as an arena for development',
    ),
    t(
      'Lokal pott penger til partnerskapene for tiltak',
      'Lokal pott pengar til partnarskapa for tiltak',
      'A local pot of money for the partnerships’ measures',
    ),
    t(
      'Synliggjøre ressursbehov for kommunale tjenester i statlig system',
      'Synleggjere ressursbehov for kommunale tenester i statleg system',
      'Make municipal services’ resource needs visible in the state system',
    ),
    t('Må tåle mer ulikhet', 'Må tole meir ulikskap', 'Must tolerate more variation'),
    t(
      'Målbildet og analysen må være bedre lokalt/regionalt forankret',
      'Målbiletet og analysen må vere betre lokalt/regionalt forankra',
      'Goals and analysis must be better anchored locally/regionally',
    ),
    t(
      'Bruke virkemidler på nye måter',
      'Bruke verkemiddel på nye måtar',
      'Use instruments in new ways',
    ),
    t(
      'Prioritere lokalt nivå framfor region/fylke',
      'Prioritere lokalt nivå framfor region/fylke',
      'Prioritise the local level over region/county',
    ),
    t('Besøke NAV-kontoret', 'Besøkje NAV-kontoret', 'Visit the NAV office'),
    t(
      'Utfordre det lokale eierskapet',
      'Utfordre det lokale eigarskapet',
      'Challenge local ownership',
    ),
    t(
      'Se helhet (kommunalt/statlig arbeidsmiljø, sykefravær)',
      'Sjå heilskap (kommunalt/statleg arbeidsmiljø, sjukefråvær)',
      'See the whole (municipal/state working environment, sick leave)',
    ),
    t(
      'Politiske prosesser / større tydelighet om regionalisering',
      'Politiske prosessar / større tydelegheit om regionalisering',
      'Political processes / more clarity on regionalisation',
    ),
    t(
      'Like lønns- og arbeidsvilkår (begge sider)',
      'Like løns- og arbeidsvilkår (begge sider)',
      'Equal pay and working conditions (both sides)',
    ),
    t(
      'Trekke inn kommunal side allerede i planleggingsfasen',
      'Trekkje inn kommunal side alt i planleggingsfasen',
      'Involve the municipal side already at the planning stage',
    ),
    t(
      'Tydeliggjøre hvilke tjenester som skal ligge i NAV',
      'Tydeleggjere kva tenester som skal liggje i NAV',
      'Clarify which services belong in NAV',
    ),
  ]),
};
