// Entry `@mulighetsrom/elements/annual-wheel.js`: the class, and registers
// <mulighetsrom-annual-wheel>.
export { MulighetsromAnnualWheel } from './annual-wheel/annual-wheel.component.js';
import './annual-wheel/mulighetsrom-annual-wheel.js';
