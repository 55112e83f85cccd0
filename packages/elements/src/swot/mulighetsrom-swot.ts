import { define } from '../internal/define.js';
import { MulighetsromSwot } from './swot.component.js';

define('mulighetsrom-swot', MulighetsromSwot);

declare global {
  interface HTMLElementTagNameMap {
    'mulighetsrom-swot': MulighetsromSwot;
  }
}
