// Entry `@mulighetsrom/elements/follow-up-table.js`: the class, and registers
// <mulighetsrom-follow-up-table>.
export { MulighetsromFollowUpTable } from './follow-up-table/follow-up-table.component.js';
import './follow-up-table/mulighetsrom-follow-up-table.js';
