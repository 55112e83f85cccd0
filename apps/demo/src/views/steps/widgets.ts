// Each widget's module loads the first time a view shows it, so the home page does not download
// d3 for the wheel. Elements render before their module arrives: Lit keeps the properties set
// on them and the element upgrades when it is defined.
const modules = {
  'mulighetsrom-model': () => import('@mulighetsrom/elements/model.js'),
  'mulighetsrom-expectation-matrix': () => import('@mulighetsrom/elements/expectation-matrix.js'),
  'mulighetsrom-swot': () => import('@mulighetsrom/elements/swot.js'),
  'mulighetsrom-assessment-cross': () => import('@mulighetsrom/elements/assessment-cross.js'),
  'mulighetsrom-situation-board': () => import('@mulighetsrom/elements/situation-board.js'),
  'mulighetsrom-annual-wheel': () => import('@mulighetsrom/elements/annual-wheel.js'),
  'mulighetsrom-follow-up-table': () => import('@mulighetsrom/elements/follow-up-table.js'),
} as const;
export type WidgetTag = keyof typeof modules;

const loading = new Map<WidgetTag, Promise<unknown>>();

/** Starts loading the widgets' modules (once each). */
export function loadWidgets(...tags: WidgetTag[]): void {
  for (const tag of tags)
    if (!loading.has(tag))
      loading.set(
        tag,
        modules[tag]().catch((error: unknown) => {
          loading.delete(tag); // a later view tries again (e.g. back online)
          console.error(`[demo] could not load <${tag}>`, error);
        }),
      );
}
