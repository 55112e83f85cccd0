import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { RovingFocusController } from './roving-focus.js';

/** A grid of buttons with the quick lookup; counts how often rows() is listed. */
class RovingProbe extends LitElement {
  static override properties = { grid: { attribute: false } };
  grid: string[][] = [
    ['a1', 'a2'],
    ['b1', 'b2'],
  ];
  listed = 0;
  readonly roving = new RovingFocusController<string>(this, {
    layout: 'grid',
    rows: () => {
      this.listed++;
      return this.grid;
    },
    element: (key) => this.renderRoot.querySelector<HTMLElement>(`[data-key="${key}"]`),
    lookup: {
      has: (key) => this.grid.flat().includes(key),
      first: () => this.grid[0]?.[0],
    },
  });

  override render() {
    return html`${this.grid.map(
      (row) =>
        html`<div>
          ${row.map(
            (key) =>
              html`<button
                data-key=${key}
                tabindex=${this.roving.tabIndex(key)}
                @keydown=${(event: KeyboardEvent) => this.roving.onKeydown(event, key)}
              >
                ${key}
              </button>`,
          )}
        </div>`,
    )}`;
  }
}
customElements.define('roving-probe', RovingProbe);

const stops = (el: RovingProbe) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('button')]
    .filter((b) => b.tabIndex === 0)
    .map((b) => b.dataset['key']);

describe('RovingFocusController', () => {
  it('with a lookup: one Tab stop kept across updates, without listing every item', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe></roving-probe>`);
    el.roving.activate('b2');
    await el.updateComplete;
    el.listed = 0;
    el.grid = [...el.grid, ['c1', 'c2']];
    await el.updateComplete;
    expect(stops(el)).to.deep.equal(['b2']);
    expect(el.listed).to.equal(0);
    // The item gone: the Tab stop falls back to the first.
    el.grid = [['a1', 'a2']];
    await el.updateComplete;
    expect(stops(el)).to.deep.equal(['a1']);
    // Keys still move by the rows (listed when pressed).
    el.shadowRoot!.querySelector<HTMLElement>('[data-key="a1"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['key']).to.equal('a2');
    expect(el.listed).to.be.greaterThan(0);
  });
});
