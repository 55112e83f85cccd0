// The slim token sheet in a real widget: colours switch with the theme inside the shadow root,
// other tokens come from the page.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { tokens } from '@mulighetsrom/tokens';
import './test-fixture-element.js';
import type { FixtureElement } from './test-fixture-element.js';

/** Playwright also emulates `prefers-contrast`; the command's type does not list it. */
type Media = Parameters<typeof emulateMedia>[0] & { contrast?: 'more' | 'no-preference' };
const emulate = (media: Media) => emulateMedia(media as Parameters<typeof emulateMedia>[0]);

/** The computed colour of `value` in this document, to compare with a computed style. */
function rgb(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** Which theme a widget shows, told by its error box border (light and HC share the surface). */
function borderOf(el: FixtureElement): string {
  return getComputedStyle(el.shadowRoot!.querySelector('.mulighetsrom-errors')!).borderTopColor;
}

const broken = (scheme?: string) =>
  fixture<FixtureElement>(
    html`<mulighetsrom-test-fixture
      data-color-scheme=${ifDefined(scheme)}
      .data=${{ title: 1 }}
    ></mulighetsrom-test-fixture>`,
  );

describe('shadow-root tokens', () => {
  afterEach(() => emulate({ colorScheme: 'light', contrast: 'no-preference' }));

  it('give the widget light colours by default', async () => {
    const el = await broken();
    expect(borderOf(el)).to.equal(rgb(tokens.light.color.danger.border));
    expect(getComputedStyle(el).getPropertyValue('--mulighetsrom-color-text-default')).to.equal(
      tokens.light.color.text.default,
    );
  });

  it("follow the widget's data-color-scheme", async () => {
    expect(borderOf(await broken('dark'))).to.equal(rgb(tokens.dark.color.danger.border));
    expect(borderOf(await broken('light'))).to.equal(rgb(tokens.light.color.danger.border));
    expect(borderOf(await broken('high-contrast'))).to.equal(
      rgb(tokens['high-contrast'].color.danger.border),
    );
  });

  it('follow the user settings, unless the widget chose a scheme', async () => {
    await emulate({ colorScheme: 'dark' });
    expect(borderOf(await broken())).to.equal(rgb(tokens.dark.color.danger.border));
    expect(borderOf(await broken('auto'))).to.equal(rgb(tokens.dark.color.danger.border));
    expect(borderOf(await broken('light'))).to.equal(rgb(tokens.light.color.danger.border));
    await emulate({ colorScheme: 'light', contrast: 'more' });
    expect(borderOf(await broken())).to.equal(rgb(tokens['high-contrast'].color.danger.border));
  });

  it('follow an ancestor data-color-scheme, also across shadow roots and when it changes', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div data-color-scheme="dark">
        <mulighetsrom-test-fixture .data=${{ title: 1 }}></mulighetsrom-test-fixture>
      </div>`,
    );
    const el = wrap.querySelector<FixtureElement>('mulighetsrom-test-fixture')!;
    await el.updateComplete;
    expect(borderOf(el)).to.equal(rgb(tokens.dark.color.danger.border));
    // Through the custom state the base mirrors (:host-context() works in Chromium only).
    expect(el.matches(':state(scheme-dark)')).to.equal(true);
    expect(el.matches(':state(scheme-light)')).to.equal(false);

    // Inside another component's shadow root (where :host-context() cannot see the page).
    const outer = document.createElement('div');
    outer.setAttribute('data-color-scheme', 'high-contrast');
    const holder = document.createElement('div');
    outer.append(holder);
    document.body.append(outer);
    const inner = document.createElement('mulighetsrom-test-fixture');
    inner.data = { title: 1 };
    holder.attachShadow({ mode: 'open' }).append(inner);
    await inner.updateComplete;
    expect(borderOf(inner)).to.equal(rgb(tokens['high-contrast'].color.danger.border));

    // A page switch later; "auto" hands over to the reader's preference; the own choice wins.
    outer.setAttribute('data-color-scheme', 'dark');
    await new Promise((done) => setTimeout(done));
    expect(borderOf(inner)).to.equal(rgb(tokens.dark.color.danger.border));
    expect(inner.matches(':state(scheme-dark)')).to.equal(true);
    outer.setAttribute('data-color-scheme', 'auto');
    await new Promise((done) => setTimeout(done));
    expect(borderOf(inner)).to.equal(rgb(tokens.light.color.danger.border));
    expect(inner.matches(':state(scheme-dark)')).to.equal(false);
    outer.setAttribute('data-color-scheme', 'dark');
    inner.setAttribute('data-color-scheme', 'light');
    await new Promise((done) => setTimeout(done));
    expect(borderOf(inner)).to.equal(rgb(tokens.light.color.danger.border));
    outer.remove();
  });

  it('skip an ancestor value that is no scheme, so an outer choice applies', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div data-color-scheme="dark">
        <div data-color-scheme="sepia">
          <mulighetsrom-test-fixture .data=${{ title: 1 }}></mulighetsrom-test-fixture>
        </div>
      </div>`,
    );
    const el = wrap.querySelector<FixtureElement>('mulighetsrom-test-fixture')!;
    await el.updateComplete;
    expect(borderOf(el)).to.equal(rgb(tokens.dark.color.danger.border));
  });

  it('leave theme-invariant tokens to the page', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <mulighetsrom-test-fixture .data=${{ title: 1 }}></mulighetsrom-test-fixture>
      </div>`,
    );
    wrap.style.setProperty('--mulighetsrom-space-3', '7px');
    const el = wrap.querySelector<FixtureElement>('mulighetsrom-test-fixture')!;
    await el.updateComplete;
    const box = getComputedStyle(el.shadowRoot!.querySelector('.mulighetsrom-errors')!);
    expect(box.paddingTop).to.equal('7px');
  });
});
