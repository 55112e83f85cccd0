import { define } from '../internal/define.js';
import { MulighetsromFollowUpTable } from './follow-up-table.component.js';

define('mulighetsrom-follow-up-table', MulighetsromFollowUpTable);

declare global {
  interface HTMLElementTagNameMap {
    'mulighetsrom-follow-up-table': MulighetsromFollowUpTable;
  }
}
