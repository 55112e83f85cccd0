// The colour roles every theme must define, shared by the token and contrast tests.

/** The three levels of the partnership. */
export const LEVELS = ['eier', 'kontor', 'tjeneste'] as const;

/** Every status of every scale: model, matrix and development priority. */
export const STATUSES = [
  'strong',
  'improve',
  'planned',
  'unknown',
  'no-answer',
  'marked',
  'prioritised',
  'discussed',
  'main',
] as const;
