// Walking from an element to the document across shadow roots: where a widget reads what its
// page chose (lang, data-color-scheme), and where it watches for changes to that.

/** The element hosting `node`'s shadow root, or null in the document (or a detached tree). */
export function shadowHost(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The first value of `attribute` that `read` accepts, on `start` or the closest element above
 * it, crossing shadow roots up to the document. `read` answers undefined to skip a value (an
 * outer one may still apply) and null to stop looking (the answer is then undefined).
 */
export function closestAttribute<T>(
  start: Element | null,
  attribute: string,
  read: (value: string) => T | undefined | null,
): T | undefined {
  let current = start;
  while (current) {
    const holder: Element | null = current.closest(`[${attribute}]`);
    if (!holder) {
      current = shadowHost(current);
      continue;
    }
    const value = read(holder.getAttribute(attribute) ?? '');
    if (value === null) return undefined;
    if (value !== undefined) return value;
    current = holder.parentElement ?? shadowHost(holder);
  }
  return undefined;
}

/** The document and every shadow root between `node` and it: where an inherited attribute can change. */
function rootsOf(node: Node): Node[] {
  const roots: Node[] = [];
  let current: Node | null = node;
  while (current) {
    const root: Node = current.getRootNode();
    roots.push(root);
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return roots;
}

/**
 * Calls `onChange` whenever `attribute` changes on an element anywhere between `node` and the
 * document (the document and every shadow root on the way are observed). Reuses `observer` if
 * given. Returns the observer to disconnect, or undefined without MutationObserver (very old or
 * non-browser environments: callers resolve once and stay with that).
 */
export function watchAncestorAttribute(
  node: Node,
  attribute: string,
  onChange: () => void,
  observer?: MutationObserver,
): MutationObserver | undefined {
  try {
    const watcher = observer ?? new MutationObserver(onChange);
    for (const root of rootsOf(node)) {
      watcher.observe(root, { attributes: true, attributeFilter: [attribute], subtree: true });
    }
    return watcher;
  } catch {
    return undefined;
  }
}
