import { sameText } from '../i18n/localized.js';
import type { AreaDefinition, CatalogAreaInput, Localized } from '../types.js';
import { AREA_BASICS } from './areas.js';
import { mergeAreas, type ResolvedArea } from './resolve.js';

// Descriptions of the built-in areas, written for this project (not copied from the seeds),
// and the tools the draft web text (seed 003) suggests. Apart from the names (areas.ts) so a
// widget can load them lazily, when it shows an area's details. AREAS and resolveAreas, which
// include the texts, live here for the same reason: no module the diagram needs imports this.

/** The texts of one built-in area. */
export interface AreaTexts {
  readonly description: Localized;
  readonly tool?: Localized;
}

/** Texts of the built-in areas, by id. @internal */
export const AREA_TEXTS: Readonly<Record<number, AreaTexts>> = {
  1: {
    description: {
      nb: 'Partnerne blir enige om hva kontoret skal utrette, og drøfter seg fram til felles løsninger.',
      nn: 'Partnarane blir samde om kva kontoret skal utrette, og drøftar seg fram til felles løysingar.',
      en: 'The partners agree on what the office is to achieve, and talk their way to shared solutions.',
    },
  },
  2: {
    description: {
      nb: 'En aktiv NAV-leder, og eiere som tar ansvar for felles vedtak og utfordrer hverandre med respekt.',
      nn: 'Ein aktiv NAV-leiar, og eigarar som tek ansvar for felles vedtak og utfordrar kvarandre med respekt.',
      en: 'An active NAV manager, and owners who own joint decisions and challenge each other with respect.',
    },
    tool: { nb: 'Mal for lederavtale', nn: 'Mal for leiaravtale', en: 'Leader agreement template' },
  },
  3: {
    description: {
      nb: 'Faste partnerskapsmøter, gjerne to i året, forberedt av rådgivere på begge sider.',
      nn: 'Faste partnarskapsmøte, gjerne to i året, førebudde av rådgivarar på begge sider.',
      en: 'Regular partnership meetings, say twice a year, prepared by advisers on both sides.',
    },
    tool: {
      nb: 'Mal for lederavtale og budsjett; veileder til partnerskapsavtalen',
      nn: 'Mal for leiaravtale og budsjett; rettleiar til partnarskapsavtalen',
      en: 'Leader agreement and budget template; guide to the partnership agreement',
    },
  },
  4: {
    description: {
      nb: 'Bro over ulike begreper, lover og politiske føringer, så partene prioriterer det samme.',
      nn: 'Bru over ulike omgrep, lover og politiske føringar, så partane prioriterer det same.',
      en: 'Bridging different terms, laws and political signals so both parties set the same priorities.',
    },
    tool: {
      nb: 'Årshjulet for partnerskapet',
      nn: 'Årshjulet for partnarskapet',
      en: 'The partnership’s annual wheel',
    },
  },
  5: {
    description: {
      nb: 'NAV er med i kommunenes politiske saker, utvalg og planer, også der et vertskontor betjener flere.',
      nn: 'NAV er med i dei politiske sakene, utvala og planane til kommunane, også der eit vertskontor tener fleire.',
      en: 'NAV is on the municipalities’ political agenda and in their committees and plans, host offices included.',
    },
    tool: {
      nb: 'Årshjulet for partnerskapet',
      nn: 'Årshjulet for partnarskapet',
      en: 'The partnership’s annual wheel',
    },
  },
  6: {
    description: {
      nb: 'Felles styringsprinsipper og virksomhetsplan, målt på hva tiltakene betyr for brukerne.',
      nn: 'Felles styringsprinsipp og verksemdsplan, målt på kva tiltaka betyr for brukarane.',
      en: 'Shared governance and a joint business plan, measured by what the measures mean for users.',
    },
    tool: {
      nb: 'Mal for felles virksomhetsplan',
      nn: 'Mal for felles verksemdsplan',
      en: 'Joint business plan template',
    },
  },
  7: {
    description: {
      nb: 'Hvilke kommunale tjenester utover de sosiale som skal ligge i NAV-kontoret.',
      nn: 'Kva kommunale tenester utover dei sosiale som skal liggje i NAV-kontoret.',
      en: 'Which municipal services beyond the social services belong in the NAV office.',
    },
  },
  8: {
    description: {
      nb: 'Større kontorer kan gi sterkere fagmiljøer og mer kapasitet nær brukerne.',
      nn: 'Større kontor kan gi sterkare fagmiljø og meir kapasitet nær brukarane.',
      en: 'Larger offices can build stronger expertise and more capacity close to users.',
    },
    tool: {
      nb: 'Veileder for vertskommunesamarbeid',
      nn: 'Rettleiar for vertskommunesamarbeid',
      en: 'Guide to host-municipality cooperation',
    },
  },
  9: {
    description: {
      nb: 'Ulike vilkår for statlig og kommunalt ansatte, og arbeidet mot én felles kultur.',
      nn: 'Ulike vilkår for statleg og kommunalt tilsette, og arbeidet mot éin felles kultur.',
      en: 'Different terms for state and municipal staff, and the work towards one shared culture.',
    },
  },
  10: {
    description: {
      nb: 'Hvor NAV-lederen sitter i kommunens ledelse; sentralt gjør NAV synlig for andre enheter.',
      nn: 'Kvar NAV-leiaren sit i leiinga i kommunen; sentralt gjer NAV synleg for andre einingar.',
      en: 'Where the NAV manager sits in municipal management; a central place makes NAV visible.',
    },
  },
  11: {
    description: {
      nb: 'To styringslinjer gir ekstra arbeid; felles opplæring og rapportering sparer ressurser.',
      nn: 'To styringsliner gir ekstra arbeid; felles opplæring og rapportering sparer ressursar.',
      en: 'Two lines of governance mean extra work; shared training and reporting save resources.',
    },
  },
  12: {
    description: {
      nb: 'Riktig kompetanse, og rom for nyskaping mens driften holder høy kvalitet.',
      nn: 'Rett kompetanse, og rom for nyskaping medan drifta held høg kvalitet.',
      en: 'The right skills, and room for innovation while daily services stay of high quality.',
    },
  },
  13: {
    description: {
      nb: 'Tjenester formet rundt brukerens behov, på tvers av kommunale og statlige enheter.',
      nn: 'Tenester forma rundt behova til brukaren, på tvers av kommunale og statlege einingar.',
      en: 'Services shaped around the user’s needs, across municipal and state units.',
    },
    tool: {
      nb: 'Metoder for prosessledelse',
      nn: 'Metodar for prosessleiing',
      en: 'Process-facilitation methods',
    },
  },
  14: {
    description: {
      nb: 'Team på tvers av arbeidsgiver og fag, der partene lærer hverandres oppgaver å kjenne.',
      nn: 'Team på tvers av arbeidsgivar og fag, der partane lærer å kjenne oppgåvene til kvarandre.',
      en: 'Teams across employers and professions, where each side learns the other’s tasks.',
    },
  },
  15: {
    description: {
      nb: 'NAV-lederen samordner begge eiere; handlefriheten bygger på tillit fra dem begge.',
      nn: 'NAV-leiaren samordnar begge eigarane; handlefridomen byggjer på tillit frå dei begge.',
      en: 'The NAV manager aligns both owners; the freedom to act rests on the trust of both.',
    },
  },
  16: {
    description: {
      nb: 'Oversiktlige økonomiske rammer fra begge eiere, så midlene brukes der de trengs.',
      nn: 'Oversiktlege økonomiske rammer frå begge eigarane, så midlane blir brukte der dei trengst.',
      en: 'Clear budgets from both owners, so funds are used where they are needed.',
    },
  },
  17: {
    description: {
      nb: 'Felles satsinger på en konkret utfordring, forankret strategisk og politisk, gir varig endring.',
      nn: 'Felles satsingar på ei konkret utfordring, forankra strategisk og politisk, gir varig endring.',
      en: 'Joint efforts on a concrete challenge, anchored strategically and politically, bring lasting change.',
    },
  },
  18: {
    description: {
      nb: 'Eierne styrer på ressurser, kvalitet og resultater, så kontoret kan møte lokale behov.',
      nn: 'Eigarane styrer på ressursar, kvalitet og resultat, så kontoret kan møte lokale behov.',
      en: 'The owners steer by resources, quality and results, so the office can meet local needs.',
    },
  },
  19: {
    description: {
      nb: 'Mange gamle og nye IT-systemer tar tid; partnerskapet kan støtte kontorets prioriteringer.',
      nn: 'Mange gamle og nye IT-system tek tid; partnarskapet kan støtte prioriteringane til kontoret.',
      en: 'Many old and new IT systems take time; the partnership can back the office’s priorities.',
    },
  },
  20: {
    description: {
      nb: 'Partnerskapet avgjør hvordan brukerne skal medvirke, fra enkeltforsøk til fast praksis.',
      nn: 'Partnarskapet avgjer korleis brukarane skal medverke, frå einskilde forsøk til fast praksis.',
      en: 'The partnership decides how users take part, moving from trials to consistent practice.',
    },
  },
};

/**
 * An area from resolveAreaNames() with the built-in description and tool filled in where its
 * custom catalog gave none: the same as resolveAreas() gives for it.
 */
export function withAreaTexts(area: ResolvedArea): ResolvedArea {
  const texts = area.custom ? undefined : AREA_TEXTS[area.id];
  if (!texts) return area;
  const described = Object.values(area.description).some((text) => text !== '');
  const tool = area.tool ?? texts.tool;
  return {
    ...area,
    description: described ? area.description : texts.description,
    ...(tool ? { tool } : {}),
  };
}

function withTexts(): AreaDefinition[] {
  return AREA_BASICS.map((area) => {
    const texts = AREA_TEXTS[area.id];
    return {
      ...area,
      description: texts?.description ?? sameText(''),
      ...(texts?.tool ? { tool: texts.tool } : {}),
    };
  });
}

/** The built-in areas with their texts. */
export const AREAS: readonly AreaDefinition[] = /* @__PURE__ */ withTexts();

/**
 * The built-in areas (with their texts) merged with a custom catalog; see mergeAreas. A
 * diagram that does not show the texts can use resolveAreaNames instead.
 */
export function resolveAreas(custom?: readonly CatalogAreaInput[]): ResolvedArea[] {
  return mergeAreas(AREAS, custom);
}
