import type { AreaDefinition, LevelId, Localized } from '../types.js';

// The 20 development areas of the model (report ch. 4, domain.md §1). Names are the report's;
// descriptions are written for this project (not copied from the seeds). Kept short: the model
// widget bundles this file.

const t = (nb: string, nn: string, en: string): Localized => ({ nb, nn, en });

const E: LevelId = 'eier';
const K: LevelId = 'kontor';
const T: LevelId = 'tjeneste';

// Tools the draft web text (seed 003) suggests.
const LEADER_AGREEMENT = t(
  'Mal for lederavtale',
  'Mal for leiaravtale',
  'Leader agreement template',
);
const ANNUAL_WHEEL = t(
  'Årshjulet for partnerskapet',
  'Årshjulet for partnarskapet',
  'The partnership’s annual wheel',
);

const area = (
  id: number,
  levels: readonly LevelId[],
  prioritisedInPilot: boolean,
  name: Localized,
  description: Localized,
  tool?: Localized,
): AreaDefinition => ({
  id,
  name,
  levels,
  prioritisedInPilot,
  description,
  ...(tool ? { tool } : {}),
});

export const AREAS: readonly AreaDefinition[] = [
  area(
    1,
    [E, K, T],
    false,
    t('Samfunnsoppdrag og strategi', 'Samfunnsoppdrag og strategi', 'Social mission and strategy'),
    t(
      'Partnerne blir enige om hva kontoret skal utrette, og drøfter seg fram til felles løsninger.',
      'Partnarane blir samde om kva kontoret skal utrette, og drøftar seg fram til felles løysingar.',
      'The partners agree on what the office is to achieve, and talk their way to shared solutions.',
    ),
  ),
  area(
    2,
    [E],
    false,
    t('God og synlig ledelse', 'God og synleg leiing', 'Good and visible leadership'),
    t(
      'En aktiv NAV-leder, og eiere som tar ansvar for felles vedtak og utfordrer hverandre med respekt.',
      'Ein aktiv NAV-leiar, og eigarar som tek ansvar for felles vedtak og utfordrar kvarandre med respekt.',
      'An active NAV manager, and owners who own joint decisions and challenge each other with respect.',
    ),
    LEADER_AGREEMENT,
  ),
  area(
    3,
    [E],
    true,
    t(
      'Rammer for partnerskapsmøter',
      'Rammer for partnarskapsmøte',
      'Framework for partnership meetings',
    ),
    t(
      'Faste partnerskapsmøter, gjerne to i året, forberedt av rådgivere på begge sider.',
      'Faste partnarskapsmøte, gjerne to i året, førebudde av rådgivarar på begge sider.',
      'Regular partnership meetings, say twice a year, prepared by advisers on both sides.',
    ),
    t(
      'Mal for lederavtale og budsjett; veileder til partnerskapsavtalen',
      'Mal for leiaravtale og budsjett; rettleiar til partnarskapsavtalen',
      'Leader agreement and budget template; guide to the partnership agreement',
    ),
  ),
  area(
    4,
    [E],
    true,
    t(
      'Felles forståelse av oppdrag',
      'Felles forståing av oppdrag',
      'Shared understanding of the mission',
    ),
    t(
      'Bro over ulike begreper, lover og politiske føringer, så partene prioriterer det samme.',
      'Bru over ulike omgrep, lover og politiske føringar, så partane prioriterer det same.',
      'Bridging different terms, laws and political signals so both parties set the same priorities.',
    ),
    ANNUAL_WHEEL,
  ),
  area(
    5,
    [E],
    false,
    t('Politisk dagsorden', 'Politisk dagsorden', 'Political agenda'),
    t(
      'NAV er med i kommunenes politiske saker, utvalg og planer, også der et vertskontor betjener flere.',
      'NAV er med i dei politiske sakene, utvala og planane til kommunane, også der eit vertskontor tener fleire.',
      'NAV is on the municipalities’ political agenda and in their committees and plans, host offices included.',
    ),
    ANNUAL_WHEEL,
  ),
  area(
    6,
    [E],
    true,
    t(
      'Felles plan- og målstruktur',
      'Felles plan- og målstruktur',
      'Joint plan and goal structure',
    ),
    t(
      'Felles styringsprinsipper og virksomhetsplan, målt på hva tiltakene betyr for brukerne.',
      'Felles styringsprinsipp og verksemdsplan, målt på kva tiltaka betyr for brukarane.',
      'Shared governance and a joint business plan, measured by what the measures mean for users.',
    ),
    t(
      'Mal for felles virksomhetsplan',
      'Mal for felles verksemdsplan',
      'Joint business plan template',
    ),
  ),
  area(
    7,
    [E],
    true,
    t(
      'Plassering av oppgaver (tjenesteportefølje)',
      'Plassering av oppgåver (tenesteportefølje)',
      'Allocation of tasks (service portfolio)',
    ),
    t(
      'Hvilke kommunale tjenester utover de sosiale som skal ligge i NAV-kontoret.',
      'Kva kommunale tenester utover dei sosiale som skal liggje i NAV-kontoret.',
      'Which municipal services beyond the social services belong in the NAV office.',
    ),
  ),
  area(
    8,
    [E],
    true,
    t(
      'Sammenslåing / vertskommunesamarbeid',
      'Samanslåing / vertskommunesamarbeid',
      'Mergers / host-municipality cooperation',
    ),
    t(
      'Større kontorer kan gi sterkere fagmiljøer og mer kapasitet nær brukerne.',
      'Større kontor kan gi sterkare fagmiljø og meir kapasitet nær brukarane.',
      'Larger offices can build stronger expertise and more capacity close to users.',
    ),
    t(
      'Veileder for vertskommunesamarbeid',
      'Rettleiar for vertskommunesamarbeid',
      'Guide to host-municipality cooperation',
    ),
  ),
  area(
    9,
    [K],
    false,
    t('Vilkår ansatte', 'Vilkår tilsette', 'Employee terms and conditions'),
    t(
      'Ulike vilkår for statlig og kommunalt ansatte, og arbeidet mot én felles kultur.',
      'Ulike vilkår for statleg og kommunalt tilsette, og arbeidet mot éin felles kultur.',
      'Different terms for state and municipal staff, and the work towards one shared culture.',
    ),
  ),
  area(
    10,
    [K],
    true,
    t(
      'Plassering i kommuneorganisasjonen',
      'Plassering i kommuneorganisasjonen',
      'Place in the municipal organisation',
    ),
    t(
      'Hvor NAV-lederen sitter i kommunens ledelse; sentralt gjør NAV synlig for andre enheter.',
      'Kvar NAV-leiaren sit i leiinga i kommunen; sentralt gjer NAV synleg for andre einingar.',
      'Where the NAV manager sits in municipal management; a central place makes NAV visible.',
    ),
  ),
  area(
    11,
    [K],
    false,
    t('Dobbeltarbeid', 'Dobbeltarbeid', 'Duplicated work'),
    t(
      'To styringslinjer gir ekstra arbeid; felles opplæring og rapportering sparer ressurser.',
      'To styringsliner gir ekstra arbeid; felles opplæring og rapportering sparer ressursar.',
      'Two lines of governance mean extra work; shared training and reporting save resources.',
    ),
  ),
  area(
    12,
    [T],
    false,
    t(
      'Høy tjenestekvalitet og tjenestevolum',
      'Høg tenestekvalitet og tenestevolum',
      'High service quality and volume',
    ),
    t(
      'Riktig kompetanse, og rom for nyskaping mens driften holder høy kvalitet.',
      'Rett kompetanse, og rom for nyskaping medan drifta held høg kvalitet.',
      'The right skills, and room for innovation while daily services stay of high quality.',
    ),
  ),
  area(
    13,
    [T],
    false,
    t(
      'Godt forhold til andre enheter',
      'Godt forhold til andre einingar',
      'Good relations with other units',
    ),
    t(
      'Tjenester formet rundt brukerens behov, på tvers av kommunale og statlige enheter.',
      'Tenester forma rundt behova til brukaren, på tvers av kommunale og statlege einingar.',
      'Services shaped around the user’s needs, across municipal and state units.',
    ),
    t('Metoder for prosessledelse', 'Metodar for prosessleiing', 'Process-facilitation methods'),
  ),
  area(
    14,
    [T],
    true,
    t(
      'Kommunal interesse for NAV-kontoret og statlig forståelse av kommunale oppgaver',
      'Kommunal interesse for NAV-kontoret og statleg forståing av kommunale oppgåver',
      'Municipal interest in the NAV office and state understanding of municipal tasks',
    ),
    t(
      'Team på tvers av arbeidsgiver og fag, der partene lærer hverandres oppgaver å kjenne.',
      'Team på tvers av arbeidsgivar og fag, der partane lærer å kjenne oppgåvene til kvarandre.',
      'Teams across employers and professions, where each side learns the other’s tasks.',
    ),
  ),
  area(
    15,
    [E, K],
    false,
    t('Tillit til NAV-leder', 'Tillit til NAV-leiar', 'Trust in the NAV manager'),
    t(
      'NAV-lederen samordner begge eiere; handlefriheten bygger på tillit fra dem begge.',
      'NAV-leiaren samordnar begge eigarane; handlefridomen byggjer på tillit frå dei begge.',
      'The NAV manager aligns both owners; the freedom to act rests on the trust of both.',
    ),
  ),
  area(
    16,
    [E, K],
    true,
    t('Økonomisk handlingsrom', 'Økonomisk handlingsrom', 'Financial room for manoeuvre'),
    t(
      'Oversiktlige økonomiske rammer fra begge eiere, så midlene brukes der de trengs.',
      'Oversiktlege økonomiske rammer frå begge eigarane, så midlane blir brukte der dei trengst.',
      'Clear budgets from both owners, so funds are used where they are needed.',
    ),
  ),
  area(
    17,
    [E, T],
    true,
    t(
      'Strategisk utvikling av tjenester',
      'Strategisk utvikling av tenester',
      'Strategic development of services',
    ),
    t(
      'Felles satsinger på en konkret utfordring, forankret strategisk og politisk, gir varig endring.',
      'Felles satsingar på ei konkret utfordring, forankra strategisk og politisk, gir varig endring.',
      'Joint efforts on a concrete challenge, anchored strategically and politically, bring lasting change.',
    ),
  ),
  area(
    18,
    [E, T],
    true,
    t(
      'Lokal tilpasning av tjenestetilbud',
      'Lokal tilpassing av tenestetilbod',
      'Local adaptation of services',
    ),
    t(
      'Eierne styrer på ressurser, kvalitet og resultater, så kontoret kan møte lokale behov.',
      'Eigarane styrer på ressursar, kvalitet og resultat, så kontoret kan møte lokale behov.',
      'The owners steer by resources, quality and results, so the office can meet local needs.',
    ),
  ),
  area(
    19,
    [K, T],
    false,
    t('Mange systemer', 'Mange system', 'Many systems'),
    t(
      'Mange gamle og nye IT-systemer tar tid; partnerskapet kan støtte kontorets prioriteringer.',
      'Mange gamle og nye IT-system tek tid; partnarskapet kan støtte prioriteringane til kontoret.',
      'Many old and new IT systems take time; the partnership can back the office’s priorities.',
    ),
  ),
  area(
    20,
    [K, T],
    false,
    t('NAVs rolle for innbyggerne', 'NAVs rolle for innbyggjarane', 'NAV’s role for citizens'),
    t(
      'Partnerskapet avgjør hvordan brukerne skal medvirke, fra enkeltforsøk til fast praksis.',
      'Partnarskapet avgjer korleis brukarane skal medverke, frå einskilde forsøk til fast praksis.',
      'The partnership decides how users take part, moving from trials to consistent practice.',
    ),
  ),
];
