// What a read-only follow-up table loads (its own page: nothing else has loaded the parts), and
// an editable one made from it: no editing controls until the editing half is there, and the
// first render that shows them takes a key press at once.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import './mulighetsrom-follow-up-table.js';
import type { MulighetsromFollowUpTable } from './follow-up-table.component.js';
import { atFirst, LAZY_PLAN, loadedModules, press, TODAY } from './lazy-test-helpers.js';

describe('<mulighetsrom-follow-up-table> loads its editing half only when editable', () => {
  let errors: sinon.SinonSpy;
  beforeEach(() => {
    errors = sinon.spy(console, 'error');
  });
  afterEach(() => {
    errors.restore();
  });

  let el: MulighetsromFollowUpTable;

  it('a read-only table never loads it; the writers load on the first export', async () => {
    el = await fixture<MulighetsromFollowUpTable>(
      html`<mulighetsrom-follow-up-table
        .data=${LAZY_PLAN}
        today=${TODAY}
        toolbar
      ></mulighetsrom-follow-up-table>`,
    );
    const root = el.shadowRoot!;
    // Sort, filter and the timeline: everything a read-only table does.
    root.querySelector<HTMLButtonElement>('th button.sort')!.click();
    const status = root.querySelector<HTMLSelectElement>('.filters select')!;
    status.value = 'doing';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const timeline = await fixture<MulighetsromFollowUpTable>(
      html`<mulighetsrom-follow-up-table
        .data=${LAZY_PLAN}
        today=${TODAY}
        view="timeline"
      ></mulighetsrom-follow-up-table>`,
    );
    expect(timeline.shadowRoot!.querySelector('.timeline')).to.not.equal(null);
    expect(root.querySelector('table')!.getAttribute('role')).to.equal('table');
    // The test's own check: the module graph of this page has the table, not its editing half.
    expect(
      performance
        .getEntriesByType('resource')
        .some((e) => /follow-up-table\.component/.test(e.name)),
    ).to.equal(true);
    expect(loadedModules()).to.deep.equal({ editing: [], exports: [] });
    const csv = await el.exportCSV();
    expect(csv).to.contain('Felles møte');
    expect(loadedModules().exports.length).to.equal(1);
    expect(loadedModules().editing).to.deep.equal([]);
    expect(errors.called).to.equal(false);
  });

  it('editable set on a shown table: readable meanwhile, no control before it loads, Enter at once', async () => {
    // A new read-only table (fixtures are removed after each test); nothing has loaded the half.
    el = await fixture<MulighetsromFollowUpTable>(
      html`<mulighetsrom-follow-up-table
        .data=${LAZY_PLAN}
        today=${TODAY}
      ></mulighetsrom-follow-up-table>`,
    );
    const root = el.shadowRoot!;
    expect(loadedModules().editing).to.deep.equal([]);
    let earlier = 0;
    const opened = atFirst(
      root,
      'table[role="grid"]',
      () => {
        // The first render with the grid: its cells are focusable and Enter edits right away.
        const cell = root.querySelector<HTMLElement>('tr[data-id="r1"] td[data-column="what"]')!;
        expect(cell.tabIndex).to.equal(0);
        cell.focus();
        expect(press(cell, 'Enter')).to.equal(false); // taken (default prevented)
      },
      (r) => {
        // Before the editing half arrives the plan stays readable, with no control that could
        // swallow a key press, a paste or a click.
        earlier++;
        expect(r.querySelector('table')?.getAttribute('role')).to.equal('table');
        expect(r.querySelector('td[tabindex], .move-handle, .add-row, .history')).to.equal(null);
      },
    );
    el.editable = true;
    await opened;
    expect(earlier).to.be.greaterThan(0);
    await el.updateComplete;
    const editor = root.querySelector<HTMLInputElement>('input.editor')!;
    expect(root.activeElement).to.equal(editor);
    editor.value = 'Felles møte i mars';
    press(editor, 'Enter');
    await el.updateComplete;
    expect(el.value!.rows![0]!.what).to.equal('Felles møte i mars');
    expect(loadedModules().editing.length).to.be.greaterThan(0);
    expect(errors.called).to.equal(false);
  });
});
