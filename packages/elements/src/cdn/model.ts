// The CDN bundle (dist/cdn/mulighetsrom.js): imports every registering module, so one
// <script type="module"> defines all widgets. Keep one import per widget.
export * from './index.js';
import './model/mulighetsrom-model.js';
