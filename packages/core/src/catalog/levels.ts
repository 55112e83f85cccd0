import type { Level, LevelId } from '../types.js';

/** The level ids in canonical order (owner, office, service). */
export const LEVEL_IDS: readonly LevelId[] = ['eier', 'kontor', 'tjeneste'];

/** The three levels the partnership works on; each is one circle of the model. */
export const LEVELS: readonly Level[] = [
  {
    id: 'eier',
    name: { nb: 'Eiernivå', nn: 'Eigarnivå', en: 'Owner level' },
    description: {
      nb: 'Dialogen mellom kommunen, NAV fylke og NAV-lederen om styring av kontoret.',
      nn: 'Dialogen mellom kommunen, NAV fylke og NAV-leiaren om styring av kontoret.',
      en: 'The dialogue between the municipality, NAV county and the NAV manager on governing the office.',
    },
  },
  {
    id: 'kontor',
    name: { nb: 'Kontornivå', nn: 'Kontornivå', en: 'Office level' },
    description: {
      nb: 'Statlig og kommunalt ansatte som arbeider sammen i NAV-kontoret.',
      nn: 'Statleg og kommunalt tilsette som arbeider saman i NAV-kontoret.',
      en: 'State and municipal staff working together inside the NAV office.',
    },
  },
  {
    id: 'tjeneste',
    name: { nb: 'Tjenestenivå', nn: 'Tenestenivå', en: 'Service level' },
    description: {
      nb: 'Kontorets samarbeid med de andre tjenestene i kommunen.',
      nn: 'Samarbeidet mellom kontoret og dei andre tenestene i kommunen.',
      en: 'The office’s links to the other services of the municipality.',
    },
  },
];

/** Type guard for a level id. */
export function isLevelId(value: unknown): value is LevelId {
  return (LEVEL_IDS as readonly unknown[]).includes(value);
}
