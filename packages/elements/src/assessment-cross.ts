// Entry `@mulighetsrom/elements/assessment-cross.js`: the class, and registers <mulighetsrom-assessment-cross>.
export { MulighetsromAssessmentCross } from './assessment-cross/assessment-cross.component.js';
import './assessment-cross/mulighetsrom-assessment-cross.js';
