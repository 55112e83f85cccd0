import { define } from '../internal/define.js';
import { MulighetsromAnnualWheel } from './annual-wheel.component.js';

define('mulighetsrom-annual-wheel', MulighetsromAnnualWheel);

declare global {
  interface HTMLElementTagNameMap {
    'mulighetsrom-annual-wheel': MulighetsromAnnualWheel;
  }
}
