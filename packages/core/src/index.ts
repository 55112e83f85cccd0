// Public API of @mulighetsrom/core (no DOM).
export type * from './types.js';
export * from './i18n/index.js';
export * from './catalog/levels.js';
export * from './catalog/level-texts.js';
export * from './catalog/areas.js';
export * from './catalog/area-texts.js';
export * from './catalog/ids.js';
export * from './catalog/expectations.js';
export * from './catalog/example-offices.js';
export * from './catalog/resolve.js';
export * from './schema/errors.js';
export * from './schema/model.js';
export * from './schema/util.js';
export * from './json.js';
export * from './cms-json.js';
export * from './csv.js';
export * from './venn/index.js';
export * from './editing/move.js';
