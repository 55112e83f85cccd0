// The package entry: the shared base and conventions. Each widget's entry (e.g. `model.ts`)
// adds its class here; importing this module registers every widget it re-exports.
export { MulighetsromElement } from './internal/mulighetsrom-element.js';
export { define } from './internal/define.js';
export { VERSION } from './internal/version.js';
export type {
  MulighetsromEvent,
  MulighetsromEventMap,
  MulighetsromEventType,
} from './internal/events.js';
export { MulighetsromModel } from './model.js';
