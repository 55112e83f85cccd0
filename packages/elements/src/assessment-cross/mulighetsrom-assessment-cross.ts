import { define } from '../internal/define.js';
import { MulighetsromAssessmentCross } from './assessment-cross.component.js';

define('mulighetsrom-assessment-cross', MulighetsromAssessmentCross);

declare global {
  interface HTMLElementTagNameMap {
    'mulighetsrom-assessment-cross': MulighetsromAssessmentCross;
  }
}
