import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import './test-fixture-element.js';
import type { FixtureElement } from './test-fixture-element.js';

const srcUrl = new URL('./test-fixture.json', import.meta.url).href;

function title(el: FixtureElement): string | undefined {
  return el.shadowRoot?.querySelector('.title')?.textContent?.trim();
}

describe('data inputs', () => {
  it('reads the .data property', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture
        .data=${{ title: 'From property' }}
      ></mulighetsrom-test-fixture>`,
    );
    expect(title(el)).to.equal('From property');
    expect(el.value).to.deep.equal({ title: 'From property' });
  });

  it('parses a property set after the first render', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture></mulighetsrom-test-fixture>`,
    );
    expect(el.value).to.equal(undefined);
    el.data = { title: 'Later' };
    await el.updateComplete;
    expect(title(el)).to.equal('Later');
  });

  it('keeps a property set before the element is defined', async () => {
    const el = document.createElement('mulighetsrom-test-fixture-late') as FixtureElement;
    (el as unknown as { data: unknown }).data = { title: 'Before upgrade' };
    document.body.append(el);
    const { FixtureElement: Ctor } = await import('./test-fixture-element.js');
    customElements.define('mulighetsrom-test-fixture-late', class extends Ctor {});
    await el.updateComplete;
    expect(el.value).to.deep.equal({ title: 'Before upgrade' });
    el.remove();
  });

  it('reads JSON from the data attribute', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture
        data='{"title":"From attribute"}'
      ></mulighetsrom-test-fixture>`,
    );
    expect(title(el)).to.equal('From attribute');
  });

  it('follows a changed data attribute', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture data='{"title":"One"}'></mulighetsrom-test-fixture>`,
    );
    el.setAttribute('data', '{"title":"Two"}');
    await el.updateComplete;
    expect(title(el)).to.equal('Two');
  });

  it('reads an inline <script type="application/json">', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture>
        <script type="application/json">
          { "title": "From script" }
        </script>
      </mulighetsrom-test-fixture>`,
    );
    expect(title(el)).to.equal('From script');
  });

  it('reads an inline script added after the element was connected', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture></mulighetsrom-test-fixture>`,
    );
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"title":"Streamed in"}';
    el.append(script);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(title(el)).to.equal('Streamed in');
    script.textContent = '{"title":"Edited script"}';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(title(el)).to.equal('Edited script');
  });

  it('fetches src', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture src=${srcUrl}></mulighetsrom-test-fixture>`,
    );
    await el.updateComplete;
    expect(title(el)).to.equal('From src');
    expect(el.value).to.deep.equal({ title: 'From src', extra: { kept: [1, 2, 3] } });
  });

  it('says «Laster …» in a status region while src is on its way, and nothing after', async () => {
    let answer: (response: Response) => void = () => {};
    sinon.stub(window, 'fetch').callsFake(() => new Promise((resolve) => (answer = resolve)));
    try {
      // fixtureSync: fixture() would wait for updateComplete, which waits for the fetch.
      const el = fixtureSync<FixtureElement>(
        html`<mulighetsrom-test-fixture lang="nn" src="/slow.json"></mulighetsrom-test-fixture>`,
      );
      // The first update has run (a microtask after connecting); the fetch has not answered.
      await new Promise((resolve) => setTimeout(resolve));
      const status = el.shadowRoot?.querySelector('[role="status"]');
      expect(status?.textContent?.trim()).to.equal('Lastar …');
      answer(new Response('{"title":"Late"}', { headers: { 'content-type': 'application/json' } }));
      await el.updateComplete;
      expect(title(el)).to.equal('Late');
      // The same region, now empty: a screen reader keeps tracking it.
      expect(el.shadowRoot?.querySelector('[role="status"]')).to.equal(status);
      expect(status?.textContent?.trim()).to.equal('');
    } finally {
      sinon.restore();
    }
  });

  it('shows a localized error naming the URL when src fails, and keeps earlier data', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture .data=${{ title: 'Good' }}></mulighetsrom-test-fixture>`,
    );
    const missing = new URL('./no-such-file.json', import.meta.url).href;
    el.src = missing;
    const event = await oneEvent(el, 'mulighetsrom-error');
    await el.updateComplete;
    const alert = el.shadowRoot?.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('Kunne ikke hente data fra');
    expect(alert?.textContent).to.contain(missing);
    expect(alert?.textContent).to.contain('404');
    expect(event.detail.errors[0]?.message.en).to.contain('Could not fetch data');
    expect(title(el)).to.equal('Good');
  });

  it('uses the precedence property > attribute > inline script > src on first load', async () => {
    const all = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture
        .data=${{ title: 'property' }}
        data='{"title":"attribute"}'
        src=${srcUrl}
        ><script type="application/json">
          { "title": "inline" }
        </script></mulighetsrom-test-fixture
      >`,
    );
    expect(title(all)).to.equal('property');

    const noProperty = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture data='{"title":"attribute"}' src=${srcUrl}
        ><script type="application/json">
          { "title": "inline" }
        </script></mulighetsrom-test-fixture
      >`,
    );
    expect(title(noProperty)).to.equal('attribute');

    const inlineAndSrc = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture src=${srcUrl}
        ><script type="application/json">
          { "title": "inline" }
        </script></mulighetsrom-test-fixture
      >`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await inlineAndSrc.updateComplete;
    expect(title(inlineAndSrc)).to.equal('inline');
  });

  it('returns a deep copy from .value with unknown fields kept, JSON round-trip safe', async () => {
    const input = { title: 'Round trip', unknown: { nested: ['a', { b: 1 }] }, n: null };
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture .data=${input}></mulighetsrom-test-fixture>`,
    );
    const value = el.value!;
    expect(value).to.deep.equal(input);
    expect(JSON.parse(JSON.stringify(value))).to.deep.equal(input);
    (value.unknown as { nested: unknown[] }).nested.push('mutated');
    input.unknown.nested.push('mutated input');
    expect(el.value).to.deep.equal({
      title: 'Round trip',
      unknown: { nested: ['a', { b: 1 }] },
      n: null,
    });
  });

  it('sets data through the .value setter', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture></mulighetsrom-test-fixture>`,
    );
    el.value = { title: 'Via value', extra: 1 };
    await el.updateComplete;
    expect(title(el)).to.equal('Via value');
    expect(el.value).to.deep.equal({ title: 'Via value', extra: 1 });
  });

  it('does not render light DOM children (no default slot)', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture
        ><p>stray paragraph</p>
        <br />
        <script type="application/json">
          { "title": "T" }
        </script></mulighetsrom-test-fixture
      >`,
    );
    expect(el.shadowRoot?.querySelector('slot')?.localName).to.equal(undefined);
    const p = el.querySelector('p')!;
    expect(p.getClientRects().length).to.equal(0);
    expect(el.innerText).not.to.contain('stray paragraph');
  });
});
