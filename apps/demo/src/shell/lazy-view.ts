// Views whose code loads on first use (the network, print and embed views bring every widget):
// until their module is there the shell shows a loading view, then draws again.

export interface LazyView<M> {
  /** The module once loaded; starts loading it (once) and calls `loaded` when it is there. */
  get(loaded: () => void): M | undefined;
}

export function lazyView<M>(load: () => Promise<M>): LazyView<M> {
  let module: M | undefined;
  let pending: Promise<void> | undefined;
  return {
    get(loaded) {
      if (module === undefined && pending === undefined)
        pending = load().then(
          (value) => {
            module = value;
            loaded();
          },
          (error: unknown) => {
            pending = undefined; // tried again on the next visit (e.g. back online)
            console.error('[demo] could not load a view', error);
          },
        );
      return module;
    },
  };
}
