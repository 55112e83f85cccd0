// EXAMPLE DATA: the eleven offices that stayed in the Agder pilot network to the end (report ch.
// 3.1: Kristiansand, Lindesnes, Mandal and Marnardal left after the first gathering) as example
// workspaces, marked `example: true` so every view labels them. The names are the pilot's
// (core's EXAMPLE_NETWORK); the statuses and the poster content are made up (the report's tables
// lost their values) and are there to show what a filled-in workspace looks like.
import { EXAMPLE_NETWORK, type AreaStatus, type ModelDocument } from '@mulighetsrom/core';
import type { Workspace } from './document.js';
import { newWorkspace } from './new-workspace.js';
import type { WorkspaceStore } from './store.js';

/** One letter per area 1–20: s strong, i can be strengthened, u not assessed. */
const OFFICES: readonly { office: string; statuses: string; planned: readonly number[] }[] = [
  { office: 'kvinesdal', statuses: 'siusisuuissiusisiuis', planned: [3, 6] },
  { office: 'flekkefjord', statuses: 'ssuisiuussiuisssiuis', planned: [4, 6, 16] },
  { office: 'farsund', statuses: 'sisuiisusiuisisiuiss', planned: [4, 7] },
  { office: 'vennesla', statuses: 'sisiusiiuisssiiuusis', planned: [2, 3, 17] },
  { office: 'froland', statuses: 'ssiuisusiissuisiiuus', planned: [6, 18] },
  { office: 'arendal', statuses: 'ssssiiusssuisisssius', planned: [6, 11, 19] },
  { office: 'grimstad', statuses: 'siiuissuisiisuusiiss', planned: [3, 4, 16] },
  { office: 'gjerstad', statuses: 'suisiuisuissiuisiuis', planned: [8, 16] },
  { office: 'bykle', statuses: 'ssiuuisiussiuisiiuss', planned: [8, 17] },
  { office: 'valle', statuses: 'siusiiuussiuisisiuss', planned: [7, 8, 18] },
  { office: 'bygland', statuses: 'suisiiusuisiuissiuis', planned: [8, 14] },
];

const STATUS: Readonly<Record<string, AreaStatus>> = { s: 'strong', i: 'improve', u: 'unknown' };

export const exampleId = (office: string) => `example-${office}`;

function exampleModel(title: string, statuses: string, planned: readonly number[]): ModelDocument {
  return {
    title,
    areas: Array.from({ length: 20 }, (_, i) => ({
      id: i + 1,
      status: STATUS[statuses[i] ?? 'u'] ?? 'unknown',
      ...(planned.includes(i + 1) ? { planned: true } : {}),
    })),
  };
}

const note = (id: string, text: string) => ({ id, text });

/** Arendal: a follow-up plan, a situation board and a development plan for area 6. */
function arendalPosters(workspace: Workspace): Workspace {
  const year = workspace.year;
  return {
    ...workspace,
    participants: ['NAV-leder', 'Kommunalsjef', 'Avdelingsleder oppfølging', 'Rådgiver NAV Agder'],
    followUpPlan: {
      rows: [
        {
          id: 'arendal-1',
          what: 'Lage utkast til felles virksomhetsplan',
          responsible: 'NAV-leder',
          involve: 'Kommunalsjef, tillitsvalgte',
          inform: 'Alle ansatte',
          start: `${year}-02-01`,
          end: `${year}-04-30`,
          area: 6,
          status: 'doing',
        },
        {
          id: 'arendal-2',
          what: 'Partnerskapsmøte med modellen som fast sak',
          responsible: 'Rådmann',
          involve: 'NAV-leder, fylkesdirektør',
          when: 'To ganger i året',
          area: 3,
          status: 'todo',
        },
        {
          id: 'arendal-3',
          what: 'Kartlegge dobbeltarbeid mellom stat og kommune i mottaket',
          responsible: 'Avdelingsleder oppfølging',
          involve: 'Veiledere fra begge sider',
          start: `${year}-03-01`,
          end: `${year}-05-31`,
          area: 11,
          status: 'todo',
        },
      ],
    },
    situationBoards: {
      '6': {
        area: 6,
        because:
          'planene våre for kontoret lever side om side, og de ansatte vet ikke hvilke mål som gjelder.',
        desired: [note('a6-d1', 'Én virksomhetsplan med mål begge eiere står bak')],
        barriers: [
          note('a6-b1', 'Ulike planår og budsjettsykluser'),
          note('a6-b2', 'Målene måles i to ulike systemer'),
        ],
        drivers: [note('a6-r1', 'Ny rådmann som vil ha NAV med i planarbeidet')],
      },
    },
    developmentPlans: {
      '6': {
        why: 'Vi vil at stat og kommune skal styre kontoret etter de samme målene.',
        what: 'Et utkast til felles virksomhetsplan før sommeren, vedtatt i partnerskapsmøtet.',
        how: 'En arbeidsgruppe med folk fra begge sider skriver utkastet.',
        involve: 'Tillitsvalgte, avdelingslederne, økonomi i kommunen',
        responsible: 'NAV-leder',
        evaluate: 'Status på hvert partnerskapsmøte; modellen som sjekkliste.',
      },
    },
  };
}

/** Vennesla: the assessment cross from gathering 1. */
function venneslaPosters(workspace: Workspace): Workspace {
  return {
    ...workspace,
    assessmentCross: {
      office: workspace.name,
      worksWell: [
        note('v-w1', 'Korte veier mellom NAV-leder og rådmann'),
        note('v-w2', 'Godt samarbeid med helsetjenesten'),
      ],
      why: [note('v-y1', 'Vi møtes jevnlig og kjenner hverandre')],
      couldImprove: [note('v-c1', 'Ungdom som faller ut av skolen fanges opp for sent')],
      how: [note('v-h1', 'Fast møtepunkt med skolene hvert kvartal')],
    },
  };
}

const EXTRA: Readonly<Record<string, (workspace: Workspace) => Workspace>> = {
  arendal: arendalPosters,
  vennesla: venneslaPosters,
};

/** The eleven example workspaces, each made fresh (callers may change them freely). */
export function exampleWorkspaces(now = new Date()): Workspace[] {
  return OFFICES.map(({ office, statuses, planned }) => {
    const name = EXAMPLE_NETWORK.offices.find((o) => o.id === office)?.name ?? office;
    const title = `NAV ${name}`;
    const blank = newWorkspace({ name: title, office: title, municipality: name }, 'nb', now);
    const workspace: Workspace = {
      ...blank,
      id: exampleId(office),
      example: true,
      owners: [`Rådmann i ${name}`, 'Fylkesdirektør i NAV Agder'],
      model: exampleModel(title, statuses, planned),
    };
    return EXTRA[office]?.(workspace) ?? workspace;
  });
}

/**
 * Adds the example workspaces the store does not have. Never touches one it has, so a reader's
 * edits of an example stay. Returns how many were added.
 */
export async function seedExamples(store: WorkspaceStore, now = new Date()): Promise<number> {
  await store.ready;
  const missing = exampleWorkspaces(now).filter((workspace) => !store.get(workspace.id));
  for (const workspace of missing) await store.put(workspace);
  return missing.length;
}
