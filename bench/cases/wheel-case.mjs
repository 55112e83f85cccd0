// The bench case for <mulighetsrom-annual-wheel> (issue 13), whichever way the element was
// loaded: 40 activities on 4 rings, read-only, a fixed clock. A move is new data with one
// activity a week later, as an app that holds the state sets it after the user moved it.
let element;

globalThis.benchCase = {
  async render(host, { wheel }) {
    const t0 = performance.now();
    element = document.createElement('mulighetsrom-annual-wheel');
    const now = new Date(wheel.now);
    element.now = () => now;
    element.data = wheel.doc;
    const t1 = performance.now();
    host.append(element);
    await element.updateComplete;
    const t2 = performance.now();
    return { create: t1 - t0, update: t2 - t1 };
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
