// The page's one polite live region. The text is cleared first and set a moment later, so the
// same message said twice is read twice.

export function createLiveRegion(region: () => HTMLElement | null): {
  announce: (text: string) => void;
} {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    announce(text: string) {
      const element = region();
      if (!element) return;
      element.textContent = '';
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        element.textContent = text;
      }, 100);
    },
  };
}
