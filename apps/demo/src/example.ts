// Example data for one made-up partnership (not a real assessment): every area marked strong,
// can be strengthened or not assessed, and the development plan holding the areas the Agder
// pilot prioritised most often.
import { EXAMPLE_NETWORK, type AreaStatus, type ModelDocument } from '@mulighetsrom/core';

export const exampleModel: ModelDocument = {
  title: 'Eksempel: Solvik kommune og NAV Solvik',
  areas: [
    { id: 1, status: 'strong' },
    { id: 2, status: 'strong' },
    {
      id: 3,
      status: 'improve',
      planned: true,
      note: 'To partnerskapsmøter i året, med modellen som fast sak.',
    },
    { id: 4, status: 'improve', planned: true },
    { id: 5, status: 'unknown' },
    { id: 6, status: 'improve', planned: true, note: 'Felles virksomhetsplan fra neste år.' },
    { id: 7, status: 'improve' },
    { id: 8, status: 'unknown' },
    { id: 9, status: 'strong' },
    { id: 10, status: 'improve' },
    { id: 11, status: 'improve' },
    { id: 12, status: 'strong' },
    { id: 13, status: 'strong' },
    { id: 14, status: 'improve' },
    { id: 15, status: 'strong' },
    { id: 16, status: 'improve', planned: true },
    { id: 17, status: 'improve' },
    { id: 18, status: 'unknown' },
    { id: 19, status: 'improve' },
    { id: 20, status: 'strong' },
  ],
};

/**
 * Made-up assessments for four offices of the Agder pilot network, to show the compare view: the
 * names are the pilot's (core's EXAMPLE_NETWORK), the statuses are not (the report's tables lost
 * their values). One letter per area 1–20: s strong, i can be strengthened, u not assessed.
 */
const NETWORK_EXAMPLE: readonly { office: string; statuses: string; planned: number[] }[] = [
  { office: 'flekkefjord', statuses: 'ssuisiuussiuisssiuis', planned: [4, 6, 16] },
  { office: 'vennesla', statuses: 'sisiusiiuisssiiuusis', planned: [2, 3, 17] },
  { office: 'arendal', statuses: 'ssssiiusssuisisssius', planned: [6, 11, 19] },
  { office: 'grimstad', statuses: 'siiuissuisiisuusiiss', planned: [3, 4, 16] },
];

const STATUS_LETTERS: Readonly<Record<string, AreaStatus>> = {
  s: 'strong',
  i: 'improve',
  u: 'unknown',
};

/** The example offices as model documents, titled «NAV <office> (<suffix>)». */
export function exampleNetwork(suffix: string): ModelDocument[] {
  return NETWORK_EXAMPLE.map(({ office, statuses, planned }) => {
    const name = EXAMPLE_NETWORK.offices.find((o) => o.id === office)?.name ?? office;
    return {
      title: `NAV ${name} (${suffix})`,
      areas: [...statuses].map((letter, i) => ({
        id: i + 1,
        status: STATUS_LETTERS[letter] ?? 'unknown',
        ...(planned.includes(i + 1) ? { planned: true } : {}),
      })),
    };
  });
}
