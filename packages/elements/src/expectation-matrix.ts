// Entry `@mulighetsrom/elements/expectation-matrix.js`: the class, and registers
// <mulighetsrom-expectation-matrix>.
export { MulighetsromExpectationMatrix } from './expectation-matrix/expectation-matrix.component.js';
import './expectation-matrix/mulighetsrom-expectation-matrix.js';
