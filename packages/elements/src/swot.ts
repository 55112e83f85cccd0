// Entry `@mulighetsrom/elements/swot.js`: the class, and registers <mulighetsrom-swot>.
export { MulighetsromSwot } from './swot/swot.component.js';
import './swot/mulighetsrom-swot.js';
