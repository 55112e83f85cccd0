// Finding the element of one item (a row, a note, an activity) by a data attribute. The values
// are the data's own strings, so they are escaped for the selector; the browser's own search
// beats a loop over every item's dataset (a 1,000-row table looked up a row per edit that way).

/**
 * The first `selector` element under `root` whose `data-<name>` is `value`, or undefined.
 * `byData(root, 'tr', 'id', 'r1')` is `tr[data-id="r1"]`.
 */
export function byData<E extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
  name: string,
  value: string,
): E | undefined {
  return root.querySelector<E>(`${selector}[data-${name}="${CSS.escape(value)}"]`) ?? undefined;
}
