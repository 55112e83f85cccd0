// Entry `@mulighetsrom/elements/model.js`: the class, and registers <mulighetsrom-model>.
export { MulighetsromModel } from './model/model.component.js';
import './model/mulighetsrom-model.js';
