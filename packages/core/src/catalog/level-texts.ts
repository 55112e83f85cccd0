import { commonMessages } from '../i18n/common.js';
import { localize } from '../i18n/localize.js';
import type { Level } from '../types.js';

/**
 * The three levels the partnership works on; each is one circle of the model. Their names are
 * the message catalog's long level names (one source for widgets and data). Apart from LEVEL_IDS
 * (levels.ts) so a first chunk that needs only the ids keeps its shape.
 */
export const LEVELS: readonly Level[] = /* @__PURE__ */ (() => [
  {
    id: 'eier',
    name: localize(commonMessages, 'levelEierLong'),
    description: {
      nb: 'Dialogen mellom kommunen, NAV fylke og NAV-lederen om styring av kontoret.',
      nn: 'Dialogen mellom kommunen, NAV fylke og NAV-leiaren om styring av kontoret.',
      en: 'The dialogue between the municipality, NAV county and the NAV manager on governing the office.',
    },
  },
  {
    id: 'kontor',
    name: localize(commonMessages, 'levelKontorLong'),
    description: {
      nb: 'Statlig og kommunalt ansatte som arbeider sammen i NAV-kontoret.',
      nn: 'Statleg og kommunalt tilsette som arbeider saman i NAV-kontoret.',
      en: 'State and municipal staff working together inside the NAV office.',
    },
  },
  {
    id: 'tjeneste',
    name: localize(commonMessages, 'levelTjenesteLong'),
    description: {
      nb: 'Kontorets samarbeid med de andre tjenestene i kommunen.',
      nn: 'Samarbeidet mellom kontoret og dei andre tenestene i kommunen.',
      en: 'The office’s links to the other services of the municipality.',
    },
  },
])();
