import { expect, fixture, html } from '@open-wc/testing';
import './test-fixture-element.js';
import type { FixtureElement } from './test-fixture-element.js';
import { resolveLang } from './lang.js';

function shownLang(el: FixtureElement): string | undefined {
  return el.shadowRoot?.querySelector('.lang')?.textContent?.trim();
}

/** Waits for MutationObserver callbacks and the re-render they request. */
async function settle(el: FixtureElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

describe('language', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('defaults to Bokmål without any lang', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture></mulighetsrom-test-fixture>`,
    );
    expect(el.resolvedLang).to.equal('nb');
    expect(shownLang(el)).to.equal('nb');
  });

  it('uses its own lang, normalizing BCP 47 tags', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture lang="nn-NO"></mulighetsrom-test-fixture>`,
    );
    expect(el.resolvedLang).to.equal('nn');
  });

  it('inherits the closest ancestor lang, also across a shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><div></div></div>`);
    const shadow = outer.firstElementChild!.attachShadow({ mode: 'open' });
    const el = document.createElement('mulighetsrom-test-fixture');
    shadow.append(el);
    await el.updateComplete;
    expect(el.resolvedLang).to.equal('en');
  });

  it('skips an unsupported lang in favour of an outer supported one', async () => {
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="nn">
        <div lang="de"><mulighetsrom-test-fixture></mulighetsrom-test-fixture></div>
      </div>`,
    );
    const el = outer.querySelector('mulighetsrom-test-fixture')!;
    await el.updateComplete;
    expect(el.resolvedLang).to.equal('nn');
    expect(resolveLang(outer.querySelector('[lang="de"]')!)).to.equal('nn');
  });

  it('re-renders when its own or an ancestor lang changes at runtime', async () => {
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="nb"><mulighetsrom-test-fixture></mulighetsrom-test-fixture></div>`,
    );
    const el = outer.querySelector('mulighetsrom-test-fixture')!;
    await el.updateComplete;
    expect(shownLang(el)).to.equal('nb');
    outer.setAttribute('lang', 'en');
    await settle(el);
    expect(shownLang(el)).to.equal('en');
    el.setAttribute('lang', 'nn');
    await settle(el);
    expect(shownLang(el)).to.equal('nn');
    el.removeAttribute('lang');
    await settle(el);
    expect(shownLang(el)).to.equal('en');
  });

  it('follows the page language (<html lang>)', async () => {
    document.documentElement.setAttribute('lang', 'en-GB');
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture></mulighetsrom-test-fixture>`,
    );
    expect(shownLang(el)).to.equal('en');
    document.documentElement.setAttribute('lang', 'nn');
    await settle(el);
    expect(shownLang(el)).to.equal('nn');
  });

  it('follows an ancestor lang change across a shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="nb"><div></div></div>`);
    const shadow = outer.firstElementChild!.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('section');
    shadow.append(wrapper);
    const el = document.createElement('mulighetsrom-test-fixture');
    wrapper.append(el);
    await el.updateComplete;
    expect(shownLang(el)).to.equal('nb');
    wrapper.setAttribute('lang', 'en');
    await settle(el);
    expect(shownLang(el)).to.equal('en');
    wrapper.removeAttribute('lang');
    outer.setAttribute('lang', 'nn');
    await settle(el);
    expect(shownLang(el)).to.equal('nn');
  });
});
