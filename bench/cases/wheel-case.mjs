// The bench case for <mulighetsrom-annual-wheel> (issue 13), whichever way the element was
// loaded: 40 activities on 4 rings, read-only, a fixed clock. A move is new data with one
// activity a week later, as an app that holds the state sets it after the user moved it.
import { mountWidget } from './widget-shared.mjs';

let element;

globalThis.benchCase = {
  async render(host, { wheel }) {
    const now = new Date(wheel.now);
    const mounted = await mountWidget(host, 'mulighetsrom-annual-wheel', {
      now: () => now,
      data: wheel.doc,
    });
    element = mounted.element;
    return mounted.phases;
  },
  async update(_host, _variant, i, { wheel }) {
    element.data = wheel.variants[i % wheel.variants.length];
    await element.updateComplete;
  },
  /** Activities drawn on the wheel. */
  count() {
    return element.shadowRoot.querySelectorAll('svg .activity').length;
  },
};
