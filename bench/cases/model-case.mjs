// The bench case for <mulighetsrom-model>, whichever way the element was loaded (the npm entry
// through a bundler, or the CDN bundle as shipped): the importing module defines the element.
let element;

globalThis.benchCase = {
  /** Returns where the time went, so a missed budget says what dominated. */
  async render(host, { doc }) {
    const t0 = performance.now();
    element = document.createElement('mulighetsrom-model');
    const t1 = performance.now();
    element.data = doc;
    const t2 = performance.now();
    host.append(element);
    const t3 = performance.now();
    await element.updateComplete;
    const t4 = performance.now();
    return { create: t1 - t0, setData: t2 - t1, append: t3 - t2, update: t4 - t3 };
  },
  async update(_host, doc) {
    element.data = doc;
    await element.updateComplete;
  },
};
