// The bench case for <mulighetsrom-expectation-matrix>: read-only, 50 × 40 (issue 10). A change is
// new data with one cell cycled, as an app that holds the state sets it.
let element;

globalThis.benchCase = {
  async render(host, { matrix }) {
    const t0 = performance.now();
    element = document.createElement('mulighetsrom-expectation-matrix');
    element.data = matrix.doc;
    const t1 = performance.now();
    host.append(element);
    await element.updateComplete;
    const t2 = performance.now();
    return { create: t1 - t0, update: t2 - t1 };
  },
  async update(_host, _variant, i, { matrix }) {
    element.data = matrix.variants[i % matrix.variants.length];
    await element.updateComplete;
  },
};
