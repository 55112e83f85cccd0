import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import './test-fixture-element.js';
import type { FixtureElement } from './test-fixture-element.js';

describe('events and editing', () => {
  it('reflects editable to the attribute', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture></mulighetsrom-test-fixture>`,
    );
    expect(el.editable).to.equal(false);
    expect(el.hasAttribute('editable')).to.equal(false);
    el.editable = true;
    await el.updateComplete;
    expect(el.hasAttribute('editable')).to.equal(true);
    el.removeAttribute('editable');
    await el.updateComplete;
    expect(el.editable).to.equal(false);
  });

  it('emits a bubbling, composed mulighetsrom-change that crosses a shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('mulighetsrom-test-fixture');
    el.editable = true;
    el.data = { title: 'Before', unknown: [1] };
    shadow.append(el);
    await el.updateComplete;

    const onDocument = sinon.spy();
    document.addEventListener('mulighetsrom-change', onDocument);
    try {
      setTimeout(() => el.shadowRoot!.querySelector('button')!.click());
      const event = await oneEvent(outer, 'mulighetsrom-change');
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.cancelable, 'no widget honours a cancel').to.equal(false);
      expect(event.target === outer, 'retargeted to the shadow host').to.equal(true);
      expect(event.detail.value).to.deep.equal({ title: 'Edited', unknown: [1] });
      expect(onDocument.calledOnce).to.equal(true);
    } finally {
      document.removeEventListener('mulighetsrom-change', onDocument);
    }
    await el.updateComplete;
    expect(el.value).to.deep.equal({ title: 'Edited', unknown: [1] });
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Edited');
  });

  it('gives listeners a copy: changing event.detail.value does not change the widget', async () => {
    const el = await fixture<FixtureElement>(
      html`<mulighetsrom-test-fixture .data=${{ title: 'A' }}></mulighetsrom-test-fixture>`,
    );
    el.addEventListener('mulighetsrom-change', (event) => {
      (event.detail.value as { title: string }).title = 'hijacked';
    });
    el.edit({ title: 'B' });
    expect(el.value).to.deep.equal({ title: 'B' });
  });

  it('dispatches mulighetsrom-error composed across a shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('mulighetsrom-test-fixture');
    shadow.append(el);
    await el.updateComplete;
    setTimeout(() => (el.data = []));
    const event = await oneEvent(outer, 'mulighetsrom-error');
    expect(event.composed).to.equal(true);
    expect(event.detail.errors[0]?.path).to.equal('$');
  });
});
