// dist/cdn/assessment-cross.js: <mulighetsrom-assessment-cross> for pages that name it (the loader imports it too).
// The base and conventions by name, not `export * from '../index.js'` (see cdn/model.ts).
export { MulighetsromElement } from '../internal/mulighetsrom-element.js';
export { define } from '../internal/define.js';
export { VERSION } from '../internal/version.js';
export { MulighetsromAssessmentCross } from '../assessment-cross/assessment-cross.component.js';
import '../assessment-cross/mulighetsrom-assessment-cross.js';
