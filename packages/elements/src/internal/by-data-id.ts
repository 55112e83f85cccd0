// Finding the element of one item (a row, a note, an activity) by its `data-id`. Ids are the
// data's own strings, so they are escaped for the selector; the browser's own search beats a
// loop over every item's dataset (a 1,000-row table looked up a row per edit that way).

/** The first `selector` element under `root` whose `data-id` is `id`, or undefined. */
export function byDataId<E extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
  id: string,
): E | undefined {
  return root.querySelector<E>(`${selector}[data-id="${CSS.escape(id)}"]`) ?? undefined;
}
