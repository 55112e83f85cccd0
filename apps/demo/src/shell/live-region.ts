// The page's one polite live region. A new text is set at once; the same text said again is
// cleared first and set a moment later, so a screen reader reads it a second time.

/** The part of the region element this needs. */
export interface RegionElement {
  textContent: string | null;
}

const REPEAT_DELAY_MS = 100;

export function createLiveRegion(region: () => RegionElement | null): {
  announce: (text: string) => void;
} {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    announce(text: string) {
      const element = region();
      if (!element) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (element.textContent !== text) {
        element.textContent = text;
        return;
      }
      element.textContent = '';
      timer = setTimeout(() => {
        element.textContent = text;
      }, REPEAT_DELAY_MS);
    },
  };
}
