// What a read-only follow-up table loads (its own page: nothing else has loaded the parts), and
// an editable one made from it.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import './mulighetsrom-follow-up-table.js';
import type { MulighetsromFollowUpTable } from './follow-up-table.component.js';
import { LAZY_PLAN, loadedModules, press, TODAY } from './lazy-test-helpers.js';

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

  it('editable set on a shown table: the grid comes with its editing half, Enter edits', async () => {
    // A new read-only table (fixtures are removed after each test); nothing has loaded the half.
    el = await fixture<MulighetsromFollowUpTable>(
      html`<mulighetsrom-follow-up-table
        .data=${LAZY_PLAN}
        today=${TODAY}
      ></mulighetsrom-follow-up-table>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('table')!.getAttribute('role')).to.equal('table');
    expect(loadedModules().editing).to.deep.equal([]);
    el.editable = true;
    await el.updateComplete; // waits for the editing half
    expect(root.querySelector('table')!.getAttribute('role')).to.equal('grid');
    const cell = root.querySelector<HTMLElement>('tr[data-id="r1"] td[data-column="what"]')!;
    expect(cell.tabIndex).to.equal(0);
    cell.focus();
    expect(press(cell, 'Enter')).to.equal(false); // taken (default prevented)
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
