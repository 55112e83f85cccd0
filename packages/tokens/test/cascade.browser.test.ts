// The theme switching is decided by the CSS cascade, so it is checked in a real Chromium:
// page CSS on light DOM, tokensCss in a shadow root, emulated user settings.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/browser.mjs';
import { buildPageCss, buildShadowCss, buildThemes, minifyCss } from '../scripts/lib.mjs';
import { readSources } from '../scripts/sources.mjs';

const themes = buildThemes(readSources());
const surface = {
  light: themes.light.find((t) => t.path.join('.') === 'color.surface.default')!.value,
  dark: themes.dark.find((t) => t.path.join('.') === 'color.surface.default')!.value,
  'high-contrast': themes['high-contrast'].find((t) => t.path.join('.') === 'color.surface.raised')!
    .value,
};
// Light and high contrast share a white surface, so high contrast is told apart by its raised one.
const probe = (theme: keyof typeof surface) =>
  theme === 'high-contrast'
    ? '--mulighetsrom-color-surface-raised'
    : '--mulighetsrom-color-surface-default';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

interface Setup {
  html?: string;
  colorScheme?: 'light' | 'dark';
  contrast?: 'more' | 'no-preference';
  pageStyle?: string;
  /** The widget's sheet; the full minified shadow CSS by default. */
  shadowCss?: string;
}

/** Renders `html` (the widget is <x-widget>, its probe the <span> in its shadow root). */
async function render({
  html = '',
  colorScheme = 'light',
  contrast = 'no-preference',
  pageStyle = '',
  shadowCss = minifyCss(buildShadowCss(themes)),
}: Setup) {
  await page.emulateMedia({ colorScheme, contrast });
  await page.setContent(`<!doctype html><html><head></head><body>${html}</body></html>`);
  await page.evaluate(
    ([pageCss, shadowCss, extra]) => {
      const style = document.createElement('style');
      style.textContent = pageCss + extra;
      document.head.append(style);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(shadowCss);
      // The registry outlives setContent(): once defined, x-widget is upgraded while the HTML
      // is parsed, before this runs. So the sheet of this render is set on every widget here.
      if (!customElements.get('x-widget')) {
        customElements.define(
          'x-widget',
          class extends HTMLElement {
            constructor() {
              super();
              this.attachShadow({ mode: 'open' }).append(document.createElement('span'));
            }
          },
        );
      }
      for (const widget of document.querySelectorAll('x-widget')) {
        widget.shadowRoot!.adoptedStyleSheets = [sheet];
      }
    },
    [buildPageCss(themes), shadowCss, pageStyle] as const,
  );
}

async function read(selector: string, name: string, inShadow = false): Promise<string> {
  return page.evaluate(
    ([sel, prop, shadow]) => {
      const host = document.querySelector(sel as string)!;
      const el = shadow ? host.shadowRoot!.querySelector('span')! : host;
      return getComputedStyle(el)
        .getPropertyValue(prop as string)
        .trim();
    },
    [selector, name, inShadow] as const,
  );
}

async function themeOf(selector: string, inShadow = false): Promise<string> {
  for (const theme of ['high-contrast', 'dark', 'light'] as const) {
    if ((await read(selector, probe(theme), inShadow)) === surface[theme]) {
      if (
        theme !== 'light' ||
        (await read(selector, probe('high-contrast'), inShadow)) !== surface['high-contrast']
      ) {
        return theme;
      }
    }
  }
  return 'none';
}

describe('theme switching in Chromium', () => {
  it('follows the user settings when no scheme is chosen', async () => {
    await render({ html: '<x-widget></x-widget>' });
    expect([await themeOf('html'), await themeOf('x-widget', true)]).toEqual(['light', 'light']);
    await render({ html: '<x-widget></x-widget>', colorScheme: 'dark' });
    expect([await themeOf('html'), await themeOf('x-widget', true)]).toEqual(['dark', 'dark']);
    await render({ html: '<x-widget></x-widget>', colorScheme: 'dark', contrast: 'more' });
    expect([await themeOf('html'), await themeOf('x-widget', true)]).toEqual([
      'high-contrast',
      'high-contrast',
    ]);
  });

  it('lets an ancestor data-color-scheme switch page and widget, over the user setting', async () => {
    await render({ html: '<x-widget></x-widget>' });
    await page.evaluate(() => document.documentElement.setAttribute('data-color-scheme', 'dark'));
    expect([await themeOf('html'), await themeOf('x-widget', true)]).toEqual(['dark', 'dark']);

    await render({ html: '<x-widget></x-widget>', colorScheme: 'dark', contrast: 'more' });
    await page.evaluate(() => document.documentElement.setAttribute('data-color-scheme', 'light'));
    expect([await themeOf('html'), await themeOf('x-widget', true)]).toEqual(['light', 'light']);
  });

  it("gives the element's own data-color-scheme the last word", async () => {
    await render({
      html: '<div data-color-scheme="dark"><x-widget data-color-scheme="high-contrast"></x-widget></div>',
    });
    expect([await themeOf('div'), await themeOf('x-widget', true)]).toEqual([
      'dark',
      'high-contrast',
    ]);
    await render({
      html: '<div data-color-scheme="light"><x-widget data-color-scheme="auto"></x-widget></div>',
      colorScheme: 'dark',
    });
    expect([await themeOf('div'), await themeOf('x-widget', true)]).toEqual(['light', 'dark']);
  });

  it('switches a page subtree with data-color-scheme', async () => {
    await render({ html: '<section data-color-scheme="dark"><p>x</p></section>' });
    expect([await themeOf('html'), await themeOf('section p')]).toEqual(['light', 'dark']);
  });

  it('lets page CSS on the element override a token inside the widget', async () => {
    await render({
      html: '<x-widget data-color-scheme="dark"></x-widget>',
      pageStyle: 'x-widget { --mulighetsrom-color-accent-default: #123456; }',
    });
    expect(await read('x-widget', '--mulighetsrom-color-accent-default', true)).toBe('#123456');
    // …while a value on :root does not reach past the widget's own :host tokens.
    await render({
      html: '<x-widget></x-widget>',
      pageStyle: ':root { --mulighetsrom-space-1: 9px; }',
    });
    expect(await read('x-widget', '--mulighetsrom-space-1', true)).toBe('0.25rem');
  });

  it('switches a slim sheet (only) the same way and lets the page set the tokens it leaves out', async () => {
    const shadowCss = minifyCss(
      buildShadowCss(themes, { only: [probe('light'), probe('high-contrast')] }),
    );
    await render({ html: '<x-widget></x-widget>', shadowCss, colorScheme: 'dark' });
    expect(await themeOf('x-widget', true)).toBe('dark');
    await render({ html: '<x-widget></x-widget>', shadowCss, contrast: 'more' });
    expect(await themeOf('x-widget', true)).toBe('high-contrast');
    await render({
      html: '<div data-color-scheme="dark"><x-widget></x-widget></div>',
      shadowCss,
      contrast: 'more',
    });
    expect(await themeOf('x-widget', true)).toBe('dark');
    await render({
      html: '<div data-color-scheme="dark"><x-widget data-color-scheme="light"></x-widget></div>',
      shadowCss,
    });
    expect(await themeOf('x-widget', true)).toBe('light');
    await render({
      html: '<div data-color-scheme="light"><x-widget data-color-scheme="auto"></x-widget></div>',
      shadowCss,
      colorScheme: 'dark',
    });
    expect(await themeOf('x-widget', true)).toBe('dark');
    // A token the slim sheet leaves out is inherited from the page, :root included.
    await render({
      html: '<x-widget></x-widget>',
      shadowCss,
      pageStyle: ':root { --mulighetsrom-space-1: 9px; }',
    });
    expect(await read('x-widget', '--mulighetsrom-space-1', true)).toBe('9px');
  });
});
