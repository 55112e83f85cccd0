import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import './test-fixture-element.js';
import type { FixtureElement } from './test-fixture-element.js';

/**
 * Lets any error or unhandledrejection event the last cycle caused reach window: both are
 * dispatched by the end of the task after the one that threw, so two tasks later they are in.
 */
const afterQueuedErrorEvents = async () => {
  for (let task = 0; task < 2; task++) await new Promise((resolve) => setTimeout(resolve));
};

function alertText(el: FixtureElement): string | undefined {
  return el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();
}

function title(el: FixtureElement): string | undefined {
  return el.shadowRoot?.querySelector('.title')?.textContent?.trim();
}

describe('invalid data', () => {
  afterEach(() => sinon.restore());

  it('shows a visible role="alert" box with path and message in Bokmål by default', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture .data=${{ title: 42 }}></mulighetsrom-test-fixture>`,
    );
    const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert).to.not.equal(null);
    expect(alert.getClientRects().length).to.be.greaterThan(0);
    expect(alertText(el)).to.contain('Dataene kunne ikke brukes');
    expect(alertText(el)).to.contain('$.title');
    expect(alertText(el)).to.contain('Forventet en tekst.');
  });

  it('localizes the box in Nynorsk and English', async () => {
    const nn = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture lang="nn" .data=${{}}></mulighetsrom-test-fixture>`,
    );
    expect(alertText(nn)).to.contain('Dataa kunne ikkje brukast');
    expect(alertText(nn)).to.contain('Stad $.title');
    const en = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture lang="en" .data=${{}}></mulighetsrom-test-fixture>`,
    );
    expect(alertText(en)).to.contain('The data could not be used');
    expect(alertText(en)).to.contain('Location $.title');
    expect(alertText(en)).to.contain('title');
  });

  it('reports a JSON syntax error in the data attribute with line and column', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture
        lang="en"
        data='{"title": "x",}'
      ></mulighetsrom-test-fixture>`,
    );
    expect(el.value).to.equal(undefined);
    expect(alertText(el)).to.match(/line 1, column \d+/);
  });

  it('reports bad JSON in an inline script', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture lang="en"
        ><script type="application/json">
          { "title": oops }
        </script></mulighetsrom-test-fixture
      >`,
    );
    expect(alertText(el)).to.match(/Invalid JSON/i);
  });

  it('dispatches mulighetsrom-error with the errors, after the alert is rendered', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture .data=${{ title: 'Good' }}></mulighetsrom-test-fixture>`,
    );
    let alertWhenDispatched: string | undefined;
    el.addEventListener('mulighetsrom-error', () => (alertWhenDispatched = alertText(el)));
    setTimeout(() => (el.data = { title: 7 }));
    const event = await oneEvent(el, 'mulighetsrom-error');
    expect(event.detail.errors).to.have.length(1);
    expect(event.detail.errors[0]?.path).to.equal('$.title');
    expect(event.detail.errors[0]?.message.nn).to.be.a('string').with.length.greaterThan(0);
    expect(alertWhenDispatched).to.contain('$.title');
  });

  it('reads a string in .data as JSON text, like the data attribute', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture
        .data=${'{"title":"From text"}'}
      ></mulighetsrom-test-fixture>`,
    );
    expect(el.value).to.deep.equal({ title: 'From text' });
    el.data = 'not JSON';
    await el.updateComplete;
    expect(el.value).to.deep.equal({ title: 'From text' });
    expect(alertText(el)).to.contain('Ugyldig JSON');
  });

  it('keeps the last good state, says so, and clears the errors on valid data', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture .data=${{ title: 'Good' }}></mulighetsrom-test-fixture>`,
    );
    el.data = 42;
    await el.updateComplete;
    expect(title(el)).to.equal('Good');
    expect(el.value).to.deep.equal({ title: 'Good' });
    expect(alertText(el)).to.contain('Visningen bruker de forrige gyldige dataene.');
    expect(alertText(el)).to.contain('Forventet et objekt');

    el.data = { title: 'Better' };
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.equal(undefined);
    expect(title(el)).to.equal('Better');
  });

  it('never throws to the page, also when parse or render throw', async () => {
    const onError = sinon.spy();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    sinon.stub(console, 'error');
    try {
      const el = await fixture<FixtureElement>(
        html`<mulighetsrom-test-fixture .data=${{ title: 'Fine' }}></mulighetsrom-test-fixture>`,
      );
      // parseData throwing becomes a localized error.
      sinon
        .stub(el as unknown as { parseData: () => never }, 'parseData')
        .throws(new Error('boom'));
      el.data = { title: 'Whatever' };
      await el.updateComplete;
      expect(alertText(el)).to.contain('uventet feil');
      expect(title(el)).to.equal('Fine');
      sinon.restore();
      sinon.stub(console, 'error');

      // A throwing render is logged; the element keeps its DOM and recovers.
      el.data = { title: 'Explodes', explode: true };
      await el.updateComplete;
      expect(title(el)).to.equal('Fine');
      el.data = { title: 'Recovered' };
      await el.updateComplete;
      expect(title(el)).to.equal('Recovered');
      await afterQueuedErrorEvents();
      expect(onError.called).to.equal(false);
      expect((console.error as sinon.SinonStub).called).to.equal(true);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  it('contains a throwing controller or updated() as well, and updates again afterwards', async () => {
    const onError = sinon.spy();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const logged = sinon.stub(console, 'error');
    try {
      const el = await fixture<FixtureElement>(
        html`<mulighetsrom-test-fixture .data=${{ title: 'Fine' }}></mulighetsrom-test-fixture>`,
      );
      const broken = {
        hostUpdate: () => {
          throw new Error('controller exploded (test)');
        },
      };
      el.addController(broken);
      el.data = { title: 'Lost' };
      await el.updateComplete;
      expect(title(el), 'the cycle failed before render').to.equal('Fine');
      el.removeController(broken);
      el.data = { title: 'After the controller' };
      await el.updateComplete;
      expect(title(el)).to.equal('After the controller');

      const updated = sinon
        .stub(el as unknown as { updated: () => void }, 'updated')
        .throws(new Error('updated exploded (test)'));
      el.data = { title: 'Rendered anyway' };
      await el.updateComplete;
      expect(title(el), 'render ran before updated()').to.equal('Rendered anyway');
      updated.restore();
      el.data = { title: 'Recovered' };
      await el.updateComplete;
      expect(title(el)).to.equal('Recovered');

      await afterQueuedErrorEvents();
      expect(onError.called, 'nothing reached the page').to.equal(false);
      expect(logged.callCount).to.be.greaterThanOrEqual(2);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  it('reflects a property set in a cycle whose render threw, once the element renders again', async () => {
    sinon.stub(console, 'error');
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture .data=${{ title: 'Fine' }}></mulighetsrom-test-fixture>`,
    );
    el.data = { title: 'Explodes', explode: true };
    el.editable = true;
    await el.updateComplete;
    el.data = { title: 'Recovered' };
    await el.updateComplete;
    expect(title(el)).to.equal('Recovered');
    expect(el.hasAttribute('editable')).to.equal(true);
    expect(el.shadowRoot!.querySelector('button'), 'the editable view').to.not.equal(null);
  });

  it('is accessible in the normal and the error state', async () => {
    const normal = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture
        editable
        .data=${{ title: 'Fine' }}
      ></mulighetsrom-test-fixture>`,
    );
    await expect(normal).to.be.accessible();
    const failing = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture .data=${{ title: 'Fine' }}></mulighetsrom-test-fixture>`,
    );
    failing.data = { title: 1 };
    await failing.updateComplete;
    expect(alertText(failing)).to.contain('$.title');
    await expect(failing).to.be.accessible();
  });
});
