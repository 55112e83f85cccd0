// Helpers of the tests of what the follow-up table loads when (each such test file runs in a
// page of its own, so the parts it checks have not been loaded by another test).
import type { FollowUpDocument } from '@mulighetsrom/core';

export const TODAY = '2026-02-01';

export const LAZY_PLAN: FollowUpDocument = {
  title: 'Plan',
  sections: [{ id: 'arbeid', title: 'Flere i arbeid' }],
  rows: [
    { id: 'r1', what: 'Felles møte', responsible: 'NAV-leder', status: 'doing', section: 'arbeid' },
    { id: 'r2', what: 'Avklare roller', responsible: 'Rådmann', status: 'done', section: 'arbeid' },
    { id: 'r3', what: 'Kurs', responsible: 'NAV-leder', end: '2026-01-01', section: 'arbeid' },
  ],
};

/** The modules of the editing half and of the exports, as the page has fetched them. */
export function loadedModules(): { editing: string[]; exports: string[] } {
  const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
  return {
    editing: urls.filter((url) =>
      /follow-up-editing|follow-up\/(?:edit|paste)\.|move-menu|roving-focus/.test(url),
    ),
    exports: urls.filter((url) => /follow-up\/export\./.test(url)),
  };
}

/**
 * Runs `act` in the same task as the render that first shows a node matching `selector` (a
 * MutationObserver's callback runs right after that render, before any timer, input or frame),
 * and records what each earlier render showed: the test acts at the first moment it could.
 */
export function atFirst(
  root: ShadowRoot,
  selector: string,
  act: (found: Element) => void,
  before: (root: ShadowRoot) => void = () => undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`atFirst: no ${selector} within 4 s`)), 4000);
    const fail = (error: unknown): void => {
      observer.disconnect();
      clearTimeout(timer);
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const check = (): void => {
      try {
        const found = root.querySelector(selector);
        if (!found) {
          before(root);
          return;
        }
        observer.disconnect();
        clearTimeout(timer);
        act(found);
        resolve();
      } catch (error) {
        fail(error);
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    check();
  });
}

export function paste(target: HTMLElement, data: string): void {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', data);
  target.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData, bubbles: true, composed: true, cancelable: true }),
  );
}

export const press = (target: HTMLElement, key: string): boolean =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
  );
