// Each widget's module loads the first time a view shows it, so the home page does not download
// d3 for the wheel. A step view is drawn at once and each widget mounts once its element is
// defined (./staged.js); the plan view shows a loading view until its table is defined. Either
// way a view never flashes undefined elements, and its widgets render with their data.
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

const loading = new Set<WidgetTag>();
const loaded = new Set<WidgetTag>();

/**
 * Whether the widgets' modules are all there; starts loading those that are not (once each)
 * and calls `done` as each arrives, so the view is drawn once, with its widgets defined.
 */
export function widgetsReady(tags: readonly WidgetTag[], done: () => void): boolean {
  for (const tag of tags)
    if (!loaded.has(tag) && !loading.has(tag)) {
      loading.add(tag);
      modules[tag]().then(
        () => {
          loading.delete(tag);
          loaded.add(tag);
          done();
        },
        (error: unknown) => {
          loading.delete(tag); // the next visit tries again (e.g. back online)
          console.error(`[demo] could not load <${tag}>`, error);
        },
      );
    }
  return tags.every((tag) => loaded.has(tag));
}

/** Whether the widgets' modules are all there (loads nothing). */
export const widgetsLoaded = (tags: readonly WidgetTag[]): boolean =>
  tags.every((tag) => loaded.has(tag));

/**
 * Starts loading the widgets' modules once the frame being drawn is painted: a step view's
 * heading and guide (its largest paint) never wait behind the widgets' downloads. A hidden tab
 * paints nothing, so a timer starts them there.
 */
export function loadWidgetsAfterPaint(tags: readonly WidgetTag[]): void {
  if (widgetsLoaded(tags)) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    widgetsReady(tags, () => undefined);
  };
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 200);
}
