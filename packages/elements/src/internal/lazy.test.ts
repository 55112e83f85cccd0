import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import sinon from 'sinon';
import { lazy } from './lazy.js';
import { FixtureElement } from './test-fixture-element.js';

/** A widget with one lazily loaded part, released by the test. */
class LazyPartElement extends FixtureElement {
  pending: Promise<string> | undefined;
  partText: string | undefined;

  override render() {
    if (this.pending && this.partText === undefined) {
      this.loading.track(this.pending.then((text) => (this.partText = text)));
    }
    return litHtml`<p class="part">${this.partText ?? 'waiting'}</p>`;
  }
}
customElements.define('mulighetsrom-test-lazy-part', LazyPartElement);

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('lazy parts', () => {
  it('loads a module once, on first use, and keeps it', async () => {
    const importer = sinon.stub().resolves({ value: 42 });
    const part = lazy(importer);
    expect(part.get()).to.equal(undefined);
    expect(importer.called).to.equal(false);
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).to.equal(b);
    expect(part.get()).to.deep.equal({ value: 42 });
    expect(importer.calledOnce).to.equal(true);
  });

  it('holds updateComplete until the part has loaded and rendered', async () => {
    const el = await fixture<LazyPartElement>(
      html`<mulighetsrom-test-lazy-part></mulighetsrom-test-lazy-part>`,
    );
    const gate = deferred<string>();
    el.pending = gate.promise;
    el.requestUpdate();
    let done = false;
    const complete = el.updateComplete.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).to.equal(false);
    gate.resolve('ready');
    await complete;
    expect(el.shadowRoot!.querySelector('.part')!.textContent).to.equal('ready');
  });

  it('logs a part that fails to load; updateComplete still resolves', async () => {
    const el = await fixture<LazyPartElement>(
      html`<mulighetsrom-test-lazy-part></mulighetsrom-test-lazy-part>`,
    );
    const error = sinon.stub(console, 'error');
    try {
      const gate = deferred<string>();
      el.pending = gate.promise;
      el.requestUpdate();
      gate.reject(new Error('chunk missing'));
      expect(await el.updateComplete).to.equal(true);
      expect(error.calledOnce).to.equal(true);
    } finally {
      error.restore();
    }
  });
});
