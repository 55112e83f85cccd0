import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import {
  EXAMPLE_NETWORK,
  MATRIX_PRESETS,
  deriveNetworkStatus,
  type Lang,
  type MatrixDocument,
  type MatrixPresetId,
  type ModelDocument,
} from '@mulighetsrom/core';
import { lazy } from '../internal/lazy.js';
import './mulighetsrom-expectation-matrix.js';
import { MulighetsromExpectationMatrix } from './expectation-matrix.component.js';

const RADMANN: MatrixDocument = {
  preset: 'radmann',
  cells: [
    { row: 'fylkesdirektorer', column: 'radmann-01', value: 'marked' },
    { row: 'radmenn', column: 'radmann-01', value: 'marked' },
    { row: 'nav-ledere', column: 'radmann-01', value: 'marked' },
    { row: 'avdelingsledere', column: 'radmann-01', value: 'marked' },
    { row: 'nav-ledere', column: 'radmann-05', value: 'marked', note: 'kept' },
  ],
  extra: { kept: true },
};

const OFFICES = EXAMPLE_NETWORK.offices;

const PRIORITIES: MatrixDocument = {
  preset: 'network-priorities',
  rows: OFFICES.slice(0, 3).map((o) => ({ id: o.id })),
  cells: [
    { row: OFFICES[0]!.id, column: 'virksomhetsplan', value: 'prioritised', main: true },
    { row: OFFICES[1]!.id, column: 'virksomhetsplan', value: 'discussed' },
  ],
  noAnswer: [OFFICES[2]!.id],
};

const OWN: MatrixDocument = {
  title: 'Egen matrise',
  rows: [
    { id: 'a', label: 'Rad A' },
    { id: 'b', label: 'Rad B' },
  ],
  columns: [
    { id: 'x', label: 'Samme navn', group: 'Gruppe 1' },
    { id: 'y', label: 'Samme navn', group: 'Gruppe 1' },
    { id: 'z', label: 'Annen', group: 'Gruppe 2' },
  ],
  scale: [
    { id: 'ja', label: 'Ja' },
    { id: 'delvis', label: 'Delvis' },
  ],
  cells: [{ row: 'a', column: 'x', value: 'ja' }],
};

interface Options {
  lang?: Lang;
  editable?: boolean;
  transposed?: boolean;
  toolbar?: boolean;
}

const matrix = (doc: unknown = RADMANN, o: Options = {}) =>
  fixture<MulighetsromExpectationMatrix>(
    html`<mulighetsrom-expectation-matrix
      .data=${doc}
      lang=${o.lang ?? 'nb'}
      ?editable=${o.editable ?? false}
      ?transposed=${o.transposed ?? false}
      ?toolbar=${o.toolbar ?? false}
    ></mulighetsrom-expectation-matrix>`,
  );

const root = (el: MulighetsromExpectationMatrix) => el.shadowRoot!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const columnHeaders = (el: MulighetsromExpectationMatrix) =>
  [...root(el).querySelectorAll('thead tr:last-child th[scope="col"]')].map(text);
const rowHeaders = (el: MulighetsromExpectationMatrix) =>
  [...root(el).querySelectorAll('tbody th[scope="row"]')].map(text);
const cells = (el: MulighetsromExpectationMatrix) => [
  ...root(el).querySelectorAll<HTMLTableCellElement>('tbody td.cell'),
];
const focusedKey = (el: MulighetsromExpectationMatrix) =>
  (root(el).activeElement as HTMLElement | null)?.dataset['key'];
const key = (row: string, column: string) => `${row}\u001f${column}`;

describe('<mulighetsrom-expectation-matrix>', () => {
  afterEach(() => sinon.restore());

  it('renders a real table: caption, scoped headers, column groups, no grid role', async () => {
    const el = await matrix(OWN);
    const table = root(el).querySelector('table')!;
    expect(table.getAttribute('role')).to.equal(null);
    expect(text(table.querySelector('caption'))).to.equal('Egen matrise');
    const groups = [...table.querySelectorAll('th[scope="colgroup"]')];
    expect(groups.map(text)).to.deep.equal(['Gruppe 1', 'Gruppe 2']);
    expect(groups.map((g) => g.getAttribute('colspan'))).to.deep.equal(['2', '1']);
    expect(table.querySelectorAll('colgroup[span]')).to.have.length(2);
    // Duplicate labels are kept, one header each.
    expect(columnHeaders(el)).to.deep.equal(['Samme navn', 'Samme navn', 'Annen', 'Antall']);
    expect(rowHeaders(el).slice(0, 2)).to.deep.equal(['Rad A', 'Rad B']);
    const region = root(el).querySelector('[role="region"]')!;
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(region.getAttribute('aria-label')).to.contain('Egen matrise');
    await expect(el).to.be.accessible();
  });

  for (const lang of ['nb', 'nn', 'en'] as const) {
    for (const id of Object.keys(MATRIX_PRESETS) as MatrixPresetId[]) {
      it(`preset ${id} in ${lang}: its exact rows and columns`, async () => {
        const preset = MATRIX_PRESETS[id];
        const el = await matrix({ preset: id }, { lang });
        expect(rowHeaders(el).slice(0, preset.rows.length)).to.deep.equal(
          preset.rows.map((r) => r.label[lang]),
        );
        expect(columnHeaders(el).slice(1, -1)).to.deep.equal(
          preset.columns.map((c) => c.label[lang]),
        );
        expect(text(root(el).querySelector('caption'))).to.equal(preset.title[lang]);
      });
    }
  }

  it('shows each value by symbol, text and colour, and legends every mark', async () => {
    const el = await matrix(RADMANN);
    const held = cells(el)[0]!;
    expect(held.className).to.contain('tone-marked');
    expect(text(held.querySelector('.symbol'))).to.equal('✓');
    expect(held.querySelector('.symbol')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(held.querySelector('.text'))).to.equal('Forventning');
    const empty = cells(el)[1]!;
    expect(text(empty)).to.equal('Ikke diskutert');
    expect(empty.querySelector('.visually-hidden')).to.not.equal(null);
    const legend = [...root(el).querySelectorAll('.legend li')].map(text);
    expect(legend).to.deep.equal(['✓Forventning', 'Ikke diskutert']);
    await expect(el).to.be.accessible();
  });

  it('tallies columns and rows, and marks consensus columns in text', async () => {
    const el = await matrix(RADMANN);
    const footer = [...root(el).querySelectorAll('tfoot tr')];
    const tallies = [...footer[0]!.querySelectorAll('td')].map(text);
    expect(tallies[0]).to.equal('4 av 4');
    expect(tallies[4]).to.equal('1 av 4');
    const agreement = [...footer[1]!.querySelectorAll('td')].map(text);
    expect(agreement[0]).to.equal('Alle er enige: Forventning');
    expect(agreement[4]).to.equal('');
    expect(root(el).querySelector('thead th.consensus')).to.not.equal(null);
    const rowTally = root(el).querySelectorAll('tbody tr')[2]!.querySelector('td.tally');
    expect(text(rowTally)).to.equal('2 av 12');
    expect(text(root(el).querySelector('.summary'))).to.contain('NAV mer inn i planarbeid');
  });

  it('shows the main-area star with text, and no-answer rows', async () => {
    const el = await matrix(PRIORITIES, { lang: 'en' });
    const starred = cells(el)[0]!;
    expect(text(starred.querySelector('.star'))).to.equal('★');
    expect(text(starred.querySelector('.text'))).to.equal('Prioritised, main area');
    const silentRow = root(el).querySelectorAll('tbody tr')[2]!;
    expect(silentRow.className).to.contain('no-answer');
    expect(text(silentRow.querySelector('th'))).to.contain('(No answer)');
    expect(text(silentRow.querySelector('td.cell'))).to.equal('—No answer');
    const legend = [...root(el).querySelectorAll('.legend li')].map(text);
    expect(legend).to.include('★Main area for development');
    expect(legend).to.include('—No answer');
    await expect(el).to.be.accessible();
  });

  it('invalid data: role=alert, mulighetsrom-error, and the last good state stays', async () => {
    const el = await matrix(RADMANN);
    const error = oneEvent(el, 'mulighetsrom-error');
    el.data = { preset: 'radmann', cells: [{ row: 'nobody', column: 'radmann-01' }] };
    const event = await error;
    expect(event.detail.errors.length).to.be.greaterThan(0);
    await el.updateComplete;
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(text(alert)).to.contain('nobody');
    expect(text(root(el).querySelector('caption'))).to.equal('Forventninger til rådmannen');
    expect(el.value).to.deep.equal(RADMANN);
    await expect(el).to.be.accessible();
  });

  it('invalid data first: the error box and no table', async () => {
    const el = await matrix({ preset: 'nope' });
    await waitUntil(() => root(el).querySelector('[role="alert"]'));
    expect(root(el).querySelector('table')).to.equal(null);
    expect(el.errors.length).to.be.greaterThan(0);
  });

  it('shows a network derived from model documents (core deriveNetworkStatus)', async () => {
    const doc = deriveNetworkStatus(
      [
        {
          title: 'NAV Aust',
          areas: [
            { id: 1, status: 'strong' },
            { id: 2, status: 'improve' },
          ],
        },
        { title: 'NAV Vest', areas: [{ id: 1, status: 'strong' }] },
        { title: 'NAV Nord' },
      ],
      'nb',
    );
    const el = await matrix(doc);
    expect(rowHeaders(el)).to.deep.equal(['NAV Aust', 'NAV Vest', 'NAV Nord (Ingen svar)']);
    expect(columnHeaders(el).length).to.equal(22); // corner, 20 areas, count
    expect(text(cells(el)[0])).to.equal('✓Sterkt');
    expect(text(root(el).querySelectorAll('tfoot tr')[1]!.querySelector('td'))).to.contain(
      'Alle er enige: Sterkt',
    );
    await expect(el).to.be.accessible();
  });

  describe('a network of model documents given as data (`models`)', () => {
    const models: ModelDocument[] = [
      { title: 'NAV Aust', areas: [{ id: 1, status: 'strong', note: 'kept' }], own: 1 },
      { title: 'NAV Vest', areas: [] },
    ];
    const doc: MatrixDocument = { title: 'Nettverket vårt', models, extra: { kept: true } };

    it('derives offices × areas, and .value is the data as given', async () => {
      const el = await matrix(doc, { lang: 'en' });
      expect(text(root(el).querySelector('caption'))).to.contain('Nettverket vårt');
      expect(rowHeaders(el)).to.deep.equal(['NAV Aust', 'NAV Vest (No answer)']);
      expect(columnHeaders(el).length).to.equal(22);
      expect(text(cells(el)[0])).to.equal('✓Strong, note: kept');
      expect(el.value).to.deep.equal(doc);
      await expect(el).to.be.accessible();
    });

    it('editable: a cell edit writes the status into that office model, undoable; no row editor', async () => {
      const el = await matrix(doc, { editable: true });
      expect(root(el).querySelector('.structure')).to.equal(null);
      expect(text(root(el).querySelector('.help'))).to.contain('kontorenes egne modeller');
      const change = sinon.spy();
      el.addEventListener('mulighetsrom-change', change);
      const vest = cells(el)[20 + 3]!; // NAV Vest × area 4
      vest.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      const after = change.lastCall.args[0].detail.value as MatrixDocument;
      expect(after.models?.[1]?.areas).to.deep.equal([{ id: 4, status: 'strong' }]);
      expect(after.models?.[0]).to.deep.equal(models[0]);
      expect(rowHeaders(el)[1]).to.equal('NAV Vest');
      await sendKeys({ press: 'Control+z' });
      await el.updateComplete;
      expect(el.value).to.deep.equal(doc);
      expect(rowHeaders(el)[1]).to.equal('NAV Vest (Ingen svar)');
      await expect(el).to.be.accessible();
    });

    it('a derived network with rows of its own too: role=alert, error event, named field', async () => {
      const el = await matrix(doc);
      const error = oneEvent(el, 'mulighetsrom-error');
      el.data = { models, rows: [{ id: 'x', label: 'X' }] };
      await error;
      await waitUntil(() => root(el).querySelector('[role="alert"]'));
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain('«rows»');
      expect(el.value).to.deep.equal(doc);
    });
  });

  it('a one-cell change touches only that cell, its tallies, its consensus and the summary', async () => {
    const el = await matrix(RADMANN);
    const changed: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) changed.push(r.target);
    });
    observer.observe(root(el), {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    // radmann-02 of the first group: empty → held.
    el.data = {
      ...RADMANN,
      cells: [
        ...RADMANN.cells!,
        { row: 'fylkesdirektorer', column: 'radmann-02', value: 'marked' },
      ],
    };
    await el.updateComplete;
    await aTimeout(0);
    observer.disconnect();
    const body = root(el).querySelectorAll('tbody tr');
    const foot = root(el).querySelectorAll('tfoot tr');
    const allowed = [
      body[0]!.querySelectorAll('td')[1]!, // the cell
      body[0]!.querySelector('td.tally')!, // its row's tally
      foot[0]!.querySelectorAll('td')[1]!, // its column's tally
      foot[1]!.querySelectorAll('td')[1]!, // its column's consensus
      root(el).querySelector('.summary')!,
    ];
    expect(changed.length).to.be.greaterThan(0);
    const outside = changed.filter((node) => !allowed.some((a) => a === node || a.contains(node)));
    expect(outside.map((n) => (n instanceof Element ? n.outerHTML : n.textContent))).to.deep.equal(
      [],
    );
    expect(text(body[0]!.querySelectorAll('td')[1])).to.equal('✓Forventning');
  });

  it('keeps unknown fields through .value', async () => {
    const el = await matrix(RADMANN);
    expect(el.value).to.deep.equal(RADMANN);
  });

  describe('editable', () => {
    it('is an ARIA grid with one Tab stop, and axe-clean', async () => {
      const el = await matrix(RADMANN, { editable: true });
      const table = root(el).querySelector('table')!;
      expect(table.getAttribute('role')).to.equal('grid');
      const stops = cells(el).filter((c) => c.tabIndex === 0);
      expect(stops).to.have.length(1);
      expect(text(root(el).querySelector('.help'))).to.contain('Piltaster');
      await expect(el).to.be.accessible();
    });

    it('moves with arrows, Home/End, Ctrl+Home/End and PageUp/PageDown', async () => {
      const el = await matrix(RADMANN, { editable: true });
      cells(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focusedKey(el)).to.equal(key('fylkesdirektorer', 'radmann-02'));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focusedKey(el)).to.equal(key('radmenn', 'radmann-02'));
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focusedKey(el)).to.equal(key('radmenn', 'radmann-12'));
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focusedKey(el)).to.equal(key('radmenn', 'radmann-01'));
      await sendKeys({ press: 'Control+End' });
      await el.updateComplete;
      expect(focusedKey(el)).to.equal(key('avdelingsledere', 'radmann-12'));
      await sendKeys({ press: 'PageUp' });
      await el.updateComplete;
      expect(focusedKey(el)).to.equal(key('fylkesdirektorer', 'radmann-12'));
      await sendKeys({ press: 'Control+Home' });
      await el.updateComplete;
      expect(focusedKey(el)).to.equal(key('fylkesdirektorer', 'radmann-01'));
      const stops = cells(el).filter((c) => c.tabIndex === 0);
      expect(stops).to.have.length(1);
    });

    it('Space cycles the scale, Delete clears: each a named, announced undo step', async () => {
      const el = await matrix(RADMANN, { editable: true });
      const change = sinon.spy();
      el.addEventListener('mulighetsrom-change', change);
      const target = cells(el)[1]!; // fylkesdirektorer × radmann-02, empty
      target.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(change.callCount).to.equal(1);
      const after = change.lastCall.args[0].detail.value as MatrixDocument;
      expect(after.cells).to.deep.include({
        row: 'fylkesdirektorer',
        column: 'radmann-02',
        value: 'marked',
      });
      expect(after['extra']).to.deep.equal({ kept: true });
      await waitUntil(() => text(root(el).querySelector('.mulighetsrom-announcer')).length > 0);
      expect(text(root(el).querySelector('.mulighetsrom-announcer'))).to.contain(
        'Celle endret: Fylkesdirektører/stab',
      );
      expect(text(cells(el)[1])).to.equal('✓Forventning');
      // Enter cycles on: back to empty (a one-value scale).
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text(cells(el)[1])).to.equal('Ikke diskutert');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      await sendKeys({ press: 'Delete' });
      await el.updateComplete;
      expect(text(cells(el)[0])).to.equal('Ikke diskutert');
      expect(change.callCount).to.equal(3);
      // Undo brings the cleared value back.
      await sendKeys({ press: 'Control+z' });
      await el.updateComplete;
      expect(text(cells(el)[0])).to.equal('✓Forventning');
      expect(change.callCount).to.equal(4);
    });

    it('* moves the main-area star within the row, as an announced undo step', async () => {
      const el = await matrix(PRIORITIES, { editable: true });
      expect(text(root(el).querySelector('.help'))).to.contain('Stjerne (*)');
      cells(el)[1]!.focus();
      await sendKeys({ type: '*' });
      await el.updateComplete;
      expect(cells(el)[0]!.querySelector('.star')).to.equal(null);
      expect(text(cells(el)[1]!.querySelector('.star'))).to.equal('★');
      await waitUntil(() =>
        text(root(el).querySelector('.mulighetsrom-announcer')).includes('Hovedområde satt'),
      );
      await sendKeys({ press: 'Control+z' });
      await el.updateComplete;
      expect(text(cells(el)[0]!.querySelector('.star'))).to.equal('★');
      await expect(el).to.be.accessible();
    });

    it('selecting a cell sends mulighetsrom-select with its row and column', async () => {
      const el = await matrix(RADMANN, { editable: true });
      cells(el)[0]!.focus();
      const select = oneEvent(el, 'mulighetsrom-select');
      await sendKeys({ press: 'ArrowDown' });
      const event = await select;
      expect(event.detail).to.deep.equal({
        id: 'radmenn/radmann-01',
        row: 'radmenn',
        column: 'radmann-01',
      });
    });

    it('a read-only matrix never loads the editing half; editable loads it at once', async () => {
      let loads = 0;
      class Counting extends MulighetsromExpectationMatrix {
        protected static override readonly editingPart = lazy(() => {
          loads++;
          return import('./matrix-editor.js');
        });
      }
      customElements.define('test-matrix-counting', Counting);
      const el = await fixture<Counting>(
        html`<test-matrix-counting .data=${RADMANN} lang="nb"></test-matrix-counting>`,
      );
      expect(loads).to.equal(0);
      expect(root(el).querySelector('.structure')).to.equal(null);
      el.editable = true;
      await el.updateComplete;
      expect(loads).to.equal(1);
      expect(root(el).querySelector('.structure')).to.not.equal(null);
    });

    it('editable set on a read-only matrix, act at once: the click is not lost', async () => {
      const el = await matrix(RADMANN);
      const change = sinon.spy();
      el.addEventListener('mulighetsrom-change', change);
      el.editable = true;
      // The grid is there after one render, whether or not the editing half has arrived.
      await waitUntil(() => cells(el)[1]?.dataset['key'] !== undefined);
      cells(el)[1]!.click();
      await el.updateComplete;
      expect(change.callCount).to.equal(1);
      expect(text(cells(el)[1])).to.equal('✓Forventning');
    });

    it('while the editing half loads: edits and moves wait for it, none is lost', async () => {
      const errors = sinon.spy(console, 'error');
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      class HeldBack extends MulighetsromExpectationMatrix {
        protected static override readonly editingPart = lazy(async () => {
          await gate;
          return import('./matrix-editor.js');
        });
      }
      customElements.define('test-matrix-held-back', HeldBack);
      const el = document.createElement('test-matrix-held-back') as HeldBack;
      el.lang = 'nb';
      el.data = RADMANN;
      el.editable = true;
      document.body.append(el);
      try {
        await waitUntil(() => cells(el).length > 0);
        const change = sinon.spy();
        el.addEventListener('mulighetsrom-change', change);
        // Read-only-looking chrome is left out until the part is there; the grid is not.
        expect(root(el).querySelector('table')!.getAttribute('role')).to.equal('grid');
        expect(root(el).querySelector('.structure')).to.equal(null);
        cells(el)[1]!.focus();
        await sendKeys({ press: 'Space' });
        cells(el)[2]!.click();
        // A move waits for the render after the part, as updateComplete does.
        cells(el)[2]!.focus();
        await sendKeys({ press: 'ArrowRight' });
        const clear = new KeyboardEvent('keydown', {
          key: 'Delete',
          bubbles: true,
          composed: true,
          cancelable: true,
        });
        cells(el)[0]!.dispatchEvent(clear);
        expect(clear.defaultPrevented).to.equal(true);
        await aTimeout(20);
        expect(change.called).to.equal(false);
        let settled = false;
        void el.updateComplete.then(() => (settled = true));
        await aTimeout(0);
        expect(settled).to.equal(false); // updateComplete waits for the part
        release();
        await el.updateComplete;
        expect(change.callCount).to.equal(3);
        expect(text(cells(el)[1])).to.equal('✓Forventning');
        expect(text(cells(el)[2])).to.equal('✓Forventning');
        expect(text(cells(el)[0])).to.equal('Ikke diskutert');
        expect(root(el).querySelector('.structure')).to.not.equal(null);
        expect(focusedKey(el)).to.equal(key('fylkesdirektorer', 'radmann-04'));
        // Each queued edit is its own undo step.
        await sendKeys({ press: 'Control+z' });
        await el.updateComplete;
        expect(text(cells(el)[0])).to.equal('✓Forventning');
        expect(errors.called).to.equal(false);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('a read-only matrix ignores Space and clicks', async () => {
      const el = await matrix(RADMANN);
      const change = sinon.spy();
      el.addEventListener('mulighetsrom-change', change);
      cells(el)[1]!.click();
      await aTimeout(0);
      expect(change.called).to.equal(false);
    });
  });
  describe('transpose, CSV and print', () => {
    it('transposed: the data columns become rows, the caption says so, the data stays', async () => {
      const el = await matrix(RADMANN, { toolbar: true });
      const toggle = root(el).querySelector<HTMLButtonElement>('.toolbar button')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(el.transposed).to.equal(true);
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(text(root(el).querySelector('caption'))).to.equal(
        'Forventninger til rådmannen (rader og kolonner byttet om)',
      );
      expect(rowHeaders(el).slice(0, 12)).to.deep.equal(
        MATRIX_PRESETS.radmann.columns.map((c) => c.label.nb),
      );
      expect(columnHeaders(el).slice(1, -1)).to.deep.equal(
        MATRIX_PRESETS.radmann.rows.map((r) => r.label.nb),
      );
      expect(el.value).to.deep.equal(RADMANN);
      await expect(el).to.be.accessible();
    });

    it('an edit in the transposed grid changes the data cell it shows', async () => {
      const el = await matrix(RADMANN, { editable: true, transposed: true });
      const change = sinon.spy();
      el.addEventListener('mulighetsrom-change', change);
      // Row 2 of the view is column radmann-02; its first cell is fylkesdirektorer.
      const cell = root(el).querySelectorAll('tbody tr')[1]!.querySelector<HTMLElement>('td.cell')!;
      cell.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      const after = change.lastCall.args[0].detail.value as MatrixDocument;
      expect(after.cells).to.deep.include({
        row: 'fylkesdirektorer',
        column: 'radmann-02',
        value: 'marked',
      });
    });

    it('exports formula-safe CSV with tallies, and downloads it as a file', async () => {
      const doc: MatrixDocument = {
        ...OWN,
        rows: [{ id: 'a', label: '=SUM(1)' }, ...OWN.rows!.slice(1)],
      };
      const el = await matrix(doc, { toolbar: true });
      const csv = await el.exportCSV();
      const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).to.equal(',Gruppe 1,Gruppe 1,Gruppe 2');
      expect(lines[1]).to.equal(',Samme navn,Samme navn,Annen');
      expect(lines[2]).to.equal("'=SUM(1),Ja,,");
      expect(csv).to.contain('Antall');
      const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
      root(el).querySelectorAll<HTMLButtonElement>('.toolbar button')[1]!.click();
      await waitUntil(() => click.called);
      expect((click.firstCall.thisValue as HTMLAnchorElement).download).to.equal(
        'Egen-matrise.csv',
      );
    });

    it('prints on A4 landscape: a page rule on the document, then window.print()', async () => {
      const el = await matrix(RADMANN, { toolbar: true });
      const pageRules = () =>
        document.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
          .filter((rule) => rule.includes('@page'));
      let rules: string[] = [];
      const print = sinon.stub(window, 'print').callsFake(() => (rules = pageRules()));
      root(el).querySelectorAll<HTMLButtonElement>('.toolbar button')[2]!.click();
      expect(print.calledOnce).to.equal(true);
      expect(rules.some((rule) => rule.toLowerCase().includes('a4 landscape'))).to.equal(true);
      // Only for this print: the host page prints on its own size again after.
      await aTimeout(0);
      expect(pageRules()).to.deep.equal([]);
    });
  });

  describe('layout', () => {
    it('wide: sticky headers in a named, focusable scroll region', async () => {
      const el = await matrix({ preset: 'fylkesdirektor' });
      const region = root(el).querySelector<HTMLElement>('.scroll')!;
      expect(getComputedStyle(region).overflowX).to.equal('auto');
      expect(getComputedStyle(root(el).querySelector('thead')!).position).to.equal('sticky');
      expect(getComputedStyle(root(el).querySelector('tbody th')!).position).to.equal('sticky');
      region.focus();
      expect(root(el).activeElement).to.equal(region);
      // The narrow lists are not even rendered when wide (at 50 × 40 they double the nodes).
      expect(root(el).querySelector('.lists')).to.equal(null);
    });

    it('narrow (320 px): one list per row, no horizontal overflow, axe-clean', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <mulighetsrom-expectation-matrix .data=${PRIORITIES}></mulighetsrom-expectation-matrix>
        </div>`,
      );
      const el = wrap.querySelector('mulighetsrom-expectation-matrix')!;
      await el.updateComplete;
      expect(getComputedStyle(root(el).querySelector('.scroll')!).display).to.equal('none');
      await waitUntil(() => root(el).querySelector('.lists'), 'the lists render once measured');
      const lists = [...root(el).querySelectorAll('.row-list')];
      expect(lists).to.have.length(3);
      expect(text(lists[0]!.querySelector('.row-title'))).to.equal(OFFICES[0]!.name);
      expect(text(lists[0]!.querySelector('li'))).to.contain('Prioritert, hovedområde');
      expect(el.scrollWidth).to.be.at.most(320);
      expect(wrap.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });

    it('narrow and editable: the grid scrolls inside its region, not the page', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <mulighetsrom-expectation-matrix
            .data=${RADMANN}
            editable
          ></mulighetsrom-expectation-matrix>
        </div>`,
      );
      const el = wrap.querySelector('mulighetsrom-expectation-matrix')!;
      await el.updateComplete;
      const region = root(el).querySelector<HTMLElement>('.scroll')!;
      expect(region.scrollWidth).to.be.greaterThan(320);
      expect(wrap.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });
  });
  describe('editing rows and columns', () => {
    const rowItems = (el: MulighetsromExpectationMatrix) => [
      ...root(el).querySelectorAll<HTMLLIElement>('.axis-rows > ol > li'),
    ];

    it('renames, adds and removes rows and columns, each an undo step', async () => {
      const el = await matrix(OWN, { editable: true });
      const rename = rowItems(el)[0]!.querySelector('input')!;
      expect(rename.getAttribute('aria-label')).to.equal('Navn på Rad A');
      rename.value = 'Rad A2';
      rename.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(rowHeaders(el)[0]).to.equal('Rad A2');
      const add = root(el).querySelector<HTMLFormElement>('.axis-columns form')!;
      add.querySelector('input')!.value = 'Ny kolonne';
      add.requestSubmit();
      await el.updateComplete;
      // No preset: the corner is an empty cell, not a header.
      expect(columnHeaders(el).slice(0, -1)).to.deep.equal([
        'Samme navn',
        'Samme navn',
        'Annen',
        'Ny kolonne',
      ]);
      rowItems(el)[1]!.querySelector<HTMLButtonElement>('button:not(.move-handle)')!.click();
      await el.updateComplete;
      expect(rowHeaders(el)).to.deep.equal(['Rad A2']);
      await waitUntil(() =>
        text(root(el).querySelector('.mulighetsrom-announcer')).includes('Rad fjernet'),
      );
      await expect(el).to.be.accessible();
      // Focus stays in the list (on the row now in its place), not lost with the button.
      expect(root(el).activeElement).to.equal(rowItems(el)[0]!.querySelector('input'));
      // Three undo steps back to the start (Ctrl+Z outside text fields).
      root(el).querySelector<HTMLElement>('.scroll')!.focus();
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Control+z' });
        await el.updateComplete;
      }
      expect(el.value).to.deep.equal(OWN);
    });

    it('moves a row with the move menu; focus comes back to its handle', async () => {
      const el = await matrix(RADMANN, { editable: true });
      rowItems(el)[0]!.querySelector<HTMLButtonElement>('.move-handle')!.click();
      await el.updateComplete;
      const menu = root(el).querySelector('[role="menu"]')!;
      const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
      const down = items.find((b) => /ned/i.test(text(b)))!;
      down.click();
      await el.updateComplete;
      await aTimeout(0);
      expect(rowHeaders(el).slice(0, 2)).to.deep.equal(['Rådmenn', 'Fylkesdirektører/stab']);
      expect(root(el).activeElement).to.equal(rowItems(el)[1]!.querySelector('.move-handle'));
      await sendKeys({ press: 'Control+z' });
      await el.updateComplete;
      expect(rowHeaders(el)[0]).to.equal('Fylkesdirektører/stab');
    });

    it('marks a row as «no answer» and back with its checkbox, each an undo step', async () => {
      const el = await matrix(RADMANN, { editable: true });
      const box = rowItems(el)[3]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      expect(box.getAttribute('aria-label')).to.equal('Avd. ledere/rådgivere: ingen svar');
      box.click();
      await el.updateComplete;
      expect(el.value?.noAnswer).to.deep.equal(['avdelingsledere']);
      // Its value went with the answer; the tallies leave the row out.
      expect(el.value?.cells?.some((c) => c.row === 'avdelingsledere' && c.value)).to.equal(false);
      expect(rowHeaders(el)[3]).to.contain('(Ingen svar)');
      await waitUntil(() =>
        text(root(el).querySelector('.mulighetsrom-announcer')).includes('Avd. ledere/rådgivere'),
      );
      rowItems(el)[3]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await el.updateComplete;
      expect(el.value?.noAnswer).to.equal(undefined);
      root(el).querySelector<HTMLElement>('.scroll')!.focus();
      await sendKeys({ press: 'Control+z' });
      await el.updateComplete;
      await sendKeys({ press: 'Control+z' });
      await el.updateComplete;
      expect(el.value).to.deep.equal(RADMANN);
      await expect(el).to.be.accessible();
    });

    it('a read-only matrix has no editor', async () => {
      const el = await matrix(RADMANN);
      expect(root(el).querySelector('.structure')).to.equal(null);
    });
  });
});
