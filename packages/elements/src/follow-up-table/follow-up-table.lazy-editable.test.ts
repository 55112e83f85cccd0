// An element made editable from the start, in a page of its own (its editing half not loaded
// yet): its first render waits for that half (every row rendered once, as a grid), and a paste
// of spreadsheet rows and a move in that very render are taken.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import './mulighetsrom-follow-up-table.js';
import type { MulighetsromFollowUpTable } from './follow-up-table.component.js';
import { atFirst, LAZY_PLAN, loadedModules, paste, TODAY } from './lazy-test-helpers.js';

describe('<mulighetsrom-follow-up-table editable> before its editing half has loaded', () => {
  it('shows the grid at once with it; a paste of TSV and a move in its first render work', async () => {
    const errors = sinon.spy(console, 'error');
    expect(loadedModules().editing).to.deep.equal([]);
    const el = document.createElement('mulighetsrom-follow-up-table') as MulighetsromFollowUpTable;
    el.data = LAZY_PLAN;
    el.today = TODAY;
    el.editable = true;
    document.body.append(el);
    const root = el.shadowRoot!;
    let readOnlyTables = 0;
    try {
      await atFirst(
        root,
        'table',
        (table) => {
          // The first table rendered is already the grid, with its controls.
          expect(table.getAttribute('role')).to.equal('grid');
          const cell = root.querySelector<HTMLElement>('tr[data-id="r2"] td[data-column="what"]')!;
          cell.focus();
          // Excel's clipboard: CRLF and a trailing line end; one row, so no preview.
          paste(cell, 'Roller avklart\tKommunedirektør\r\n');
          root.querySelector<HTMLButtonElement>('tr[data-id="r1"] .move-handle')!.click();
        },
        (r) => {
          if (r.querySelector('table')) readOnlyTables++;
        },
      );
      expect(readOnlyTables).to.equal(0);
      await el.updateComplete;
      expect(el.value!.rows![1]).to.include({
        what: 'Roller avklart',
        responsible: 'Kommunedirektør',
      });
      const down = [...root.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((item) =>
        (item.textContent ?? '').includes('Ned ett trinn'),
      )!;
      down.click();
      await el.updateComplete;
      expect(el.value!.rows!.map((r) => r.id)).to.deep.equal(['r2', 'r1', 'r3']);
      expect(errors.called).to.equal(false);
    } finally {
      errors.restore();
      el.remove();
    }
  });
});
