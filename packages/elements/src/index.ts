// The package entry: the shared base and conventions, and every widget's class (what each
// widget's entry, e.g. `model.ts`, exports); importing this module registers every widget.
// A page that needs one widget imports its entry instead (`@mulighetsrom/elements/model.js`).
export { MulighetsromElement } from './internal/mulighetsrom-element.js';
export { define } from './internal/define.js';
export { VERSION } from './internal/version.js';
export type {
  MulighetsromEvent,
  MulighetsromEventMap,
  MulighetsromEventType,
} from './internal/events.js';
export { MulighetsromAnnualWheel } from './annual-wheel.js';
export { MulighetsromAssessmentCross } from './assessment-cross.js';
export { MulighetsromExpectationMatrix } from './expectation-matrix.js';
export { MulighetsromFollowUpTable } from './follow-up-table.js';
export { MulighetsromModel } from './model.js';
export { MulighetsromSituationBoard } from './situation-board.js';
export { MulighetsromSwot } from './swot.js';
