// Entry `@mulighetsrom/elements/situation-board.js`: the class, and registers <mulighetsrom-situation-board>.
export { MulighetsromSituationBoard } from './situation-board/situation-board.component.js';
import './situation-board/mulighetsrom-situation-board.js';
