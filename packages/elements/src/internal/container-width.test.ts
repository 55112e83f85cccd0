import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContainerWidthController } from './container-width.js';

class WidthProbe extends LitElement {
  readonly width = new ContainerWidthController(this, 36);
  renders = 0;
  override render() {
    this.renders++;
    return html`${this.width.narrow ? 'narrow' : 'wide'}`;
  }
}
customElements.define('width-probe', WidthProbe);

describe('ContainerWidthController', () => {
  it('says narrow at or below the width in rem, and re-renders only when that changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><width-probe></width-probe></div>`);
    const probe = wrap.querySelector<WidthProbe>('width-probe')!;
    probe.style.display = 'block';
    wrap.style.width = '800px';
    await waitUntil(() => probe.renders >= 1);
    expect(probe.width.narrow).to.equal(false);
    wrap.style.width = '320px';
    await waitUntil(() => probe.width.narrow);
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('narrow');
    const renders = probe.renders;
    wrap.style.width = '300px';
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    expect(probe.renders).to.equal(renders);
    // 36rem at a 16 px root font is 576 px: exactly that is still narrow, one more is wide.
    wrap.style.width = '576px';
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    expect(probe.width.narrow).to.equal(true);
    wrap.style.width = '577px';
    await waitUntil(() => !probe.width.narrow);
  });

  it('stops observing when the host leaves the page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><width-probe></width-probe></div>`);
    const probe = wrap.querySelector<WidthProbe>('width-probe')!;
    probe.style.display = 'block';
    wrap.style.width = '800px';
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    probe.remove();
    const renders = probe.renders;
    wrap.style.width = '300px';
    wrap.append(document.createElement('span'));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    expect(probe.renders).to.equal(renders);
    expect(probe.width.narrow).to.equal(false);
  });
});
