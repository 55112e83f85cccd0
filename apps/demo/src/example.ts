// Example data for one made-up partnership (not a real assessment): every area marked strong,
// can be strengthened or not assessed, and the development plan holding the areas the Agder
// pilot prioritised most often.
import type { ModelDocument } from '@mulighetsrom/core';

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
