import { define } from '../internal/define.js';
import { MulighetsromModel } from './model.component.js';

define('mulighetsrom-model', MulighetsromModel);

declare global {
  interface HTMLElementTagNameMap {
    'mulighetsrom-model': MulighetsromModel;
  }
}
