import { define } from '../internal/define.js';
import { MulighetsromSituationBoard } from './situation-board.component.js';

define('mulighetsrom-situation-board', MulighetsromSituationBoard);

declare global {
  interface HTMLElementTagNameMap {
    'mulighetsrom-situation-board': MulighetsromSituationBoard;
  }
}
