// The in-page steps of one bench sample, shared by run.mjs and profile.mjs. Each is serialized
// into the page on its own (no closures); between them the runner reads the main thread's CPU
// time over CDP.

/**
 * Takes the data (so it is already in the baseline heap), waits a frame, collects garbage and
 * notes the heap before anything is created.
 */
export async function prepareStep(data) {
  const host = document.getElementById('host');
  const state = {
    host,
    data,
    layout: () => host.getBoundingClientRect().width + host.offsetWidth,
    frame: () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
  };
  globalThis.__bench = state;
  await state.frame();
  globalThis.gc();
  state.heapBefore = performance.memory.usedJSHeapSize;
}

/** Creation → rendered (after updateComplete where there is one) → forced layout. */
export async function renderStep() {
  const state = globalThis.__bench;
  const start = performance.now();
  const phases = (await globalThis.benchCase.render(state.host, state.data)) ?? null;
  const scripted = performance.now();
  state.layout();
  const rendered = performance.now();
  // The next frame is timed in its own callback, so the CDP read in between does not count.
  state.start = start;
  state.framed = new Promise((done) =>
    requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)),
  );
  return {
    render: rendered - start,
    script: scripted - start,
    layout: rendered - scripted,
    phases,
  };
}

/** Time to the next frame, the JS heap the render keeps, and a check of what was drawn. */
export async function finishStep() {
  const state = globalThis.__bench;
  const framed = await state.framed;
  globalThis.gc();
  const heap = performance.memory.usedJSHeapSize - state.heapBefore;
  const countDeep = (node, selector) => {
    let count = node.querySelectorAll(selector).length;
    for (const child of node.querySelectorAll('*')) {
      if (child.shadowRoot) count += countDeep(child.shadowRoot, selector);
    }
    return count;
  };
  return {
    frame: framed - state.start,
    heap,
    texts: countDeep(state.host, 'svg text'),
    cells: countDeep(state.host, 'tbody td'),
    // What the case says it drew (rows, notes, activities in the DOM), if it says.
    items: globalThis.benchCase.count?.(state.host) ?? null,
  };
}

/** Median of single status changes (new data, updateComplete, forced layout); null if none. */
export async function updateStep(updates) {
  const state = globalThis.__bench;
  const { variants } = state.data;
  if (typeof globalThis.benchCase.update !== 'function') return null;
  const times = [];
  for (let i = 0; i < updates; i += 1) {
    const t = performance.now();
    await globalThis.benchCase.update(state.host, variants[i % variants.length], i, state.data);
    state.layout();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}
