import { define } from '../internal/define.js';
import { MulighetsromExpectationMatrix } from './expectation-matrix.component.js';

define('mulighetsrom-expectation-matrix', MulighetsromExpectationMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'mulighetsrom-expectation-matrix': MulighetsromExpectationMatrix;
  }
}
