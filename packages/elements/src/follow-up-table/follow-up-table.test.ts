import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { FollowUpDocument, Lang } from '@mulighetsrom/core';
import './mulighetsrom-follow-up-table.js';
import type { MulighetsromFollowUpTable } from './follow-up-table.component.js';

const TODAY = '2026-02-01';

const PLAN: FollowUpDocument = {
  title: 'Plan for oppfølging',
  sections: [
    { id: 'arbeid', title: 'Flere i arbeid' },
    { id: 'kompetanse', title: 'Økt kompetanse' },
  ],
  rows: [
    {
      id: 'r1',
      what: 'Felles møte',
      responsible: 'NAV-leder',
      start: '2026-01-10',
      end: '2026-01-20',
      status: 'doing',
      area: 16,
      section: 'arbeid',
      own: { kept: true },
    },
    {
      id: 'r2',
      what: 'Avklare roller',
      responsible: 'Rådmann',
      when: 'fortløpende',
      status: 'done',
      section: 'arbeid',
    },
    {
      id: 'r3',
      what: 'Kurs',
      responsible: 'NAV-leder',
      start: '2026-03-01',
      end: '2026-02-01',
      section: 'kompetanse',
    },
    {
      what: 'Uten id',
      responsible: 'Ola',
      end: '2026-05-01',
      section: 'kompetanse',
      status: 'todo',
    } as never,
  ],
  extra: 'kept',
};

interface Options {
  lang?: Lang;
  editable?: boolean;
  toolbar?: boolean;
  view?: 'table' | 'timeline';
}

const table = (doc: unknown = PLAN, o: Options = {}) =>
  fixture<MulighetsromFollowUpTable>(
    html`<mulighetsrom-follow-up-table
      .data=${doc}
      today=${TODAY}
      lang=${o.lang ?? 'nb'}
      view=${o.view ?? 'table'}
      ?editable=${o.editable ?? false}
      ?toolbar=${o.toolbar ?? false}
    ></mulighetsrom-follow-up-table>`,
  );

const root = (el: MulighetsromFollowUpTable) => el.shadowRoot!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: MulighetsromFollowUpTable) => [
  ...root(el).querySelectorAll<HTMLElement>('tbody tr[data-id]'),
];
const ids = (el: MulighetsromFollowUpTable) => rows(el).map((tr) => tr.dataset['id']);
const cell = (el: MulighetsromFollowUpTable, id: string, column: string) =>
  root(el).querySelector<HTMLElement>(`tr[data-id="${id}"] td[data-column="${column}"]`)!;
const active = (el: MulighetsromFollowUpTable) => root(el).activeElement as HTMLElement | null;
const announced = (el: MulighetsromFollowUpTable) =>
  text(root(el).querySelector('.mulighetsrom-announcer'));

function paste(target: HTMLElement, data: string): void {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', data);
  target.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData, bubbles: true, composed: true, cancelable: true }),
  );
}

describe('<mulighetsrom-follow-up-table> read-only', () => {
  it('renders a real table: caption, scoped headers, explicit roles, sections as row groups', async () => {
    const el = await table();
    const t = root(el).querySelector('table')!;
    expect(t.getAttribute('role')).to.equal('table');
    expect(text(t.querySelector('caption'))).to.equal('Plan for oppfølging');
    const heads = [...t.querySelectorAll('thead th')];
    expect(
      heads.every(
        (th) => th.getAttribute('scope') === 'col' && th.getAttribute('role') === 'columnheader',
      ),
    ).to.equal(true);
    expect(heads.map(text).slice(0, 3)).to.deep.equal([
      'Nr.',
      'Hva skal gjøres?',
      'Hvem har ansvaret?',
    ]);
    for (const tbody of t.querySelectorAll('tbody'))
      expect(tbody.getAttribute('role')).to.equal('rowgroup');
    for (const tr of t.querySelectorAll('tr')) expect(tr.getAttribute('role')).to.equal('row');
    for (const td of t.querySelectorAll('tbody td'))
      expect(td.getAttribute('role')).to.equal('cell');
    const sections = [...t.querySelectorAll('tr.section th')];
    expect(sections.map(text)).to.deep.equal(['Flere i arbeid', 'Økt kompetanse']);
    expect(sections[0]!.getAttribute('scope')).to.equal('rowgroup');
    expect(ids(el)).to.deep.equal(['r1', 'r2', 'r3', 'row-1']);
    // Laid out as a grid with subgrid rows, groups skipping layout off screen.
    expect(getComputedStyle(t).display).to.equal('grid');
    const tbody = t.querySelector('tbody')!;
    const rowTracks = getComputedStyle(t.querySelector('tbody tr[data-id]')!).gridTemplateColumns;
    expect(rowTracks.startsWith('subgrid')).to.equal(true);
    // Every row group lines up with the header, column by column.
    const lefts = (tr: Element) =>
      [...tr.children].map((c) => Math.round(c.getBoundingClientRect().left));
    expect(lefts(t.querySelector('tbody:last-of-type tr[data-id]')!)).to.deep.equal(
      lefts(t.querySelector('thead tr')!),
    );
    expect(getComputedStyle(tbody).display).to.equal('grid');
    expect(getComputedStyle(tbody).contentVisibility).to.equal('auto');
    await expect(el).to.be.accessible();
  });

  it('marks overdue rows in text and colour, flags an end before the start, and sums up', async () => {
    const el = await table();
    const r1 = root(el).querySelector<HTMLElement>('tr[data-id="r1"]')!;
    expect(r1.classList.contains('overdue')).to.equal(true);
    expect(text(cell(el, 'r1', 'when'))).to.contain('Forsinket');
    expect(getComputedStyle(cell(el, 'r1', 'what')).backgroundColor).to.not.equal(
      getComputedStyle(cell(el, 'r2', 'what')).backgroundColor,
    );
    // Done and free-text rows are not overdue.
    expect(text(cell(el, 'r2', 'when'))).to.equal('fortløpende');
    expect(text(cell(el, 'r3', 'when'))).to.contain('Sluttdatoen kommer før startdatoen.');
    expect(text(root(el).querySelector('.summary'))).to.equal(
      '4 oppgaver: 1 ferdige, 1 pågår, 1 forsinket.',
    );
    expect(text(cell(el, 'r1', 'area'))).to.match(/^16\. /);
  });

  it('keeps unknown fields and generated ids through .value', async () => {
    const el = await table();
    const value = el.value!;
    expect(value.extra).to.equal('kept');
    expect(value.rows![0]!.own).to.deep.equal({ kept: true });
    expect(value.rows![3]!.id).to.equal('row-1');
  });

  it('sorts by a header button with aria-sort, icons hidden, focus kept', async () => {
    const el = await table({ rows: PLAN.rows });
    const th = root(el).querySelectorAll('thead th')[2]!;
    const button = th.querySelector('button')!;
    expect(th.hasAttribute('aria-sort')).to.equal(false);
    expect(button.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    button.focus();
    button.click();
    await el.updateComplete;
    expect(th.getAttribute('aria-sort')).to.equal('ascending');
    expect(ids(el)).to.deep.equal(['r1', 'r3', 'row-1', 'r2']);
    expect(active(el)).to.equal(button);
    button.click();
    await el.updateComplete;
    expect(th.getAttribute('aria-sort')).to.equal('descending');
    expect(ids(el)).to.deep.equal(['r2', 'row-1', 'r1', 'r3']);
    button.click();
    await el.updateComplete;
    expect(th.hasAttribute('aria-sort')).to.equal(false);
    expect(ids(el)).to.deep.equal(['r1', 'r2', 'r3', 'row-1']);
  });

  it('filters by status, area and responsible, and says how many show', async () => {
    const el = await table();
    const [status, area, responsible] = [
      ...root(el).querySelectorAll('.filters select'),
    ] as HTMLSelectElement[];
    status!.value = 'overdue';
    status!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['r1']);
    status!.value = '';
    status!.dispatchEvent(new Event('change'));
    responsible!.value = 'NAV-leder';
    responsible!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['r1', 'r3']);
    area!.value = 'n:16';
    area!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['r1']);
    expect(text(root(el).querySelector('.summary'))).to.contain('Viser 1 av 4 oppgaver.');
    await waitUntil(() => announced(el).includes('Viser 1 av 4'));
    (root(el).querySelector('.clear-filters') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['r1', 'r2', 'r3', 'row-1']);
  });

  it('has a named scroll region reachable by keyboard', async () => {
    const el = await table();
    const region = root(el).querySelector('.scroll')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(region.getAttribute('aria-label')).to.equal(
      'Plan for oppfølging: tabell som kan rulles',
    );
  });

  it('shows the empty template: five numbered rows', async () => {
    const el = await table({});
    expect(rows(el).map((tr) => text(tr.querySelector('th.num')))).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    await expect(el).to.be.accessible();
  });

  it('exports CSV, text and Markdown of every row', async () => {
    const el = await table();
    const csv = await el.exportCSV();
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    expect(csv.split('\r\n').filter(Boolean).length).to.equal(5);
    expect(await el.exportText()).to.contain('Økt kompetanse');
    expect(await el.exportMarkdown()).to.contain('## Flere i arbeid');
  });

  it('the toolbar offers the three files and prints every row on A4 landscape', async () => {
    const el = await table(PLAN, { toolbar: true });
    const button = (label: string) =>
      [...root(el).querySelectorAll<HTMLButtonElement>('.toolbar button')].find(
        (b) => text(b) === label,
      )!;
    const names: string[] = [];
    const click = sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    try {
      for (const label of ['Last ned CSV', 'Last ned som tekst', 'Last ned som Markdown'])
        button(label).click();
      await waitUntil(() => names.length === 3, 'three files offered');
    } finally {
      click.restore();
    }
    expect(names.map((name) => name.split('.').pop()).sort()).to.deep.equal(['csv', 'md', 'txt']);
    expect(names.every((name) => name.startsWith('Plan'))).to.equal(true);
    // A filter hides rows on screen; the print has every row, on A4 landscape.
    const status = root(el).querySelector<HTMLSelectElement>('.filters select')!;
    status.value = 'done';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['r2']);
    let printed: { rows: (string | undefined)[]; rules: string[] } | undefined;
    const print = sinon.stub(window, 'print').callsFake(() => {
      printed = {
        rows: ids(el),
        rules: document.adoptedStyleSheets.flatMap((sheet) =>
          [...sheet.cssRules].map((rule) => rule.cssText.toLowerCase()),
        ),
      };
    });
    try {
      button('Skriv ut').click();
      await waitUntil(() => printed, 'printed');
    } finally {
      print.restore();
    }
    expect(printed!.rows).to.deep.equal(['r1', 'r2', 'r3', 'row-1']);
    expect(printed!.rules.some((rule) => rule.includes('a4 landscape'))).to.equal(true);
    // After the print: the filter is back, and the page rule is gone.
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['r2']);
    const rules = document.adoptedStyleSheets.flatMap((sheet) =>
      [...sheet.cssRules].map((rule) => rule.cssText.toLowerCase()),
    );
    expect(rules.some((rule) => rule.includes('a4 landscape'))).to.equal(false);
  });

  it('speaks nn and en', async () => {
    const nn = await table(PLAN, { lang: 'nn' });
    expect(text(root(nn).querySelector('thead th:nth-child(2)'))).to.equal('Kva skal gjerast?');
    expect(text(cell(nn, 'r1', 'when'))).to.contain('Forseinka');
    await expect(nn).to.be.accessible();
    const en = await table(PLAN, { lang: 'en', toolbar: true });
    expect(text(root(en).querySelector('caption'))).to.equal('Plan for oppfølging');
    expect(text(root(en).querySelector('.summary'))).to.equal(
      '4 tasks: 1 done, 1 in progress, 1 overdue.',
    );
    expect(text(cell(en, 'r1', 'when'))).to.equal('2026-01-10 – 2026-01-20 Overdue');
    await expect(en).to.be.accessible();
  });

  it('bad data: role=alert, mulighetsrom-error, last good plan kept', async () => {
    const el = await table();
    const errored = oneEvent(el, 'mulighetsrom-error');
    el.data = { rows: [{ id: 'a' }, { id: 'a' }] };
    const event = await errored;
    await el.updateComplete;
    expect(event.detail.errors[0]!.path).to.equal('$.rows[1].id');
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(text(alert)).to.contain('«a»');
    expect(ids(el)).to.deep.equal(['r1', 'r2', 'r3', 'row-1']);
    await expect(el).to.be.accessible();
  });

  it('keeps and flags rows with bad fields instead of dropping them', async () => {
    const el = await table({
      rows: [{ id: 'x', what: 'Noe', start: '2026-13-01', status: 'kanskje' }],
    });
    expect(ids(el)).to.deep.equal(['x']);
    expect(text(cell(el, 'x', 'when'))).to.contain('«2026-13-01» er ikke en dato');
    expect(text(cell(el, 'x', 'status'))).to.contain('«kanskje» er ikke en status');
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('keeps 1,000 rows in the DOM, findable as text, in groups of 25', async () => {
    const many: FollowUpDocument = {
      rows: Array.from({ length: 1000 }, (_, i) => ({
        id: `r${i}`,
        what: `Oppgave nummer ${i}`,
        responsible: `Person ${i % 7}`,
      })),
    };
    const el = await table(many);
    expect(rows(el).length).to.equal(1000);
    expect(root(el).querySelectorAll('tbody.chunk').length).to.equal(40);
    expect(root(el).textContent).to.contain('Oppgave nummer 999');
    // The last row is laid out once scrolled to (content-visibility keeps it findable).
    const last = rows(el)[999]!;
    last.scrollIntoView();
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    expect(last.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('shows a timeline: bars on a time axis, today marked, overdue distinct, free text beside', async () => {
    const el = await table(PLAN, { view: 'timeline', toolbar: true });
    const svg = root(el).querySelector('svg.gantt')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelectorAll('.bar').length).to.equal(3);
    expect(svg.querySelectorAll('.bar.overdue').length).to.equal(1);
    expect(svg.querySelector('.today text')!.textContent).to.equal('I dag');
    expect(svg.querySelectorAll('.tick').length).to.be.greaterThan(1);
    expect(text(root(el).querySelector('.undated'))).to.contain('fortløpende');
    // The table stays: keyboard and screen readers get the same facts from it.
    expect(rows(el).length).to.equal(4);
    await expect(el).to.be.accessible();
  });

  it('becomes cards with labelled fields in a narrow container', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <mulighetsrom-follow-up-table today=${TODAY} .data=${PLAN}></mulighetsrom-follow-up-table>
      </div>`,
    );
    const el = wrap.querySelector('mulighetsrom-follow-up-table')!;
    await el.updateComplete;
    const td = cell(el, 'r1', 'responsible');
    expect(getComputedStyle(td, '::before').content).to.equal('"Hvem har ansvaret?"');
    expect(getComputedStyle(root(el).querySelector('table')!).display).to.equal('block');
    expect(wrap.scrollWidth).to.be.at.most(320);
    expect(root(el).querySelector('table')!.getAttribute('role')).to.equal('table');
    await expect(el).to.be.accessible();
  });
});

describe('<mulighetsrom-follow-up-table> editable', () => {
  it('is a grid with one Tab stop; Enter edits with one labelled editor, Enter saves', async () => {
    const el = await table(PLAN, { editable: true });
    expect(root(el).querySelector('table')!.getAttribute('role')).to.equal('grid');
    expect(root(el).querySelectorAll('td[tabindex="0"]').length).to.equal(1);
    const first = cell(el, 'r1', 'what');
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active(el)).to.equal(cell(el, 'r2', 'what'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const editors = root(el).querySelectorAll('.editor');
    expect(editors.length).to.equal(1);
    expect(editors[0]!.getAttribute('aria-label')).to.equal('Hva skal gjøres?, rad 2');
    const changed = oneEvent(el, 'mulighetsrom-change');
    await sendKeys({ type: 'Nytt' });
    await sendKeys({ press: 'Enter' });
    const event = await changed;
    expect(event.detail.value!.rows![1]!.what).to.equal('Nytt');
    await el.updateComplete;
    expect(root(el).querySelectorAll('.editor').length).to.equal(0);
    expect(active(el)).to.equal(cell(el, 'r2', 'what'));
    expect(text(cell(el, 'r2', 'what'))).to.equal('Nytt');
  });

  it('F2 edits, Escape cancels, Tab saves and moves on; Ctrl+Z undoes', async () => {
    const el = await table(PLAN, { editable: true });
    cell(el, 'r1', 'responsible').focus();
    await sendKeys({ press: 'F2' });
    await el.updateComplete;
    await sendKeys({ type: 'Borte' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(text(cell(el, 'r1', 'responsible'))).to.equal('NAV-leder');
    expect(active(el)).to.equal(cell(el, 'r1', 'responsible'));
    await sendKeys({ press: 'F2' });
    await el.updateComplete;
    await sendKeys({ type: 'Kari' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(text(cell(el, 'r1', 'responsible'))).to.equal('Kari');
    expect(active(el)).to.equal(cell(el, 'r1', 'involve'));
    await sendKeys({ press: 'Control+z' });
    await el.updateComplete;
    expect(text(cell(el, 'r1', 'responsible'))).to.equal('NAV-leder');
    await waitUntil(() => announced(el).startsWith('Angret'));
  });

  it('edits the status with a select and «når» as text', async () => {
    const el = await table(PLAN, { editable: true });
    cell(el, 'r3', 'status').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const select = root(el).querySelector<HTMLSelectElement>('select.editor')!;
    select.value = 'done';
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value!.rows![2]!.status).to.equal('done');
    cell(el, 'r3', 'when').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const input = root(el).querySelector<HTMLInputElement>('input.editor')!;
    input.value = '01.02.2026–01.04.2026 (hver 14. dag)';
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value!.rows![2]).to.include({
      start: '2026-02-01',
      end: '2026-04-01',
      when: 'hver 14. dag',
    });
    expect(text(cell(el, 'r3', 'when'))).to.not.contain('Sluttdatoen');
  });

  it('adds, duplicates and deletes rows, announced, each undoable', async () => {
    const el = await table(PLAN, { editable: true });
    const add = [...root(el).querySelectorAll<HTMLButtonElement>('.add-row')];
    expect(add.map(text)).to.deep.equal([
      'Legg til rad i Flere i arbeid',
      'Legg til rad i Økt kompetanse',
    ]);
    add[0]!.click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['r1', 'r2', 'row-5', 'r3', 'row-1']);
    await waitUntil(() => announced(el) === 'Rad 3 lagt til');
    await el.updateComplete;
    expect(active(el)).to.equal(cell(el, 'row-5', 'what'));
    (root(el).querySelector('tr[data-id="r1"] .duplicate') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['r1', 'row-6', 'r2', 'row-5', 'r3', 'row-1']);
    expect(el.value!.rows!.find((r) => r.id === 'row-6')!.what).to.equal('Felles møte');
    expect(announced(el)).to.equal('Rad 2 kopiert');
    (root(el).querySelector('tr[data-id="r2"] .delete') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(ids(el)).to.not.include('r2');
    expect(announced(el)).to.equal('Rad 3 slettet');
    (root(el).querySelector('.history .undo') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(ids(el)).to.include('r2');
  });

  it('the empty template: five numbered rows to fill in, an add button', async () => {
    const el = await table({}, { editable: true });
    expect(rows(el).length).to.equal(5);
    cell(el, 'row-3', 'what').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: 'Møte' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value!.rows!.length).to.equal(5);
    expect(el.value!.rows![2]).to.deep.equal({ id: 'row-3', what: 'Møte' });
    await expect(el).to.be.accessible();
  });

  it('moves a row by the move menu, within and between sections, by keyboard', async () => {
    const el = await table(PLAN, { editable: true });
    cell(el, 'r1', 'what').focus();
    await sendKeys({ press: 'Tab' });
    const handle = root(el).querySelector<HTMLElement>('tr[data-id="r1"] .move-handle')!;
    expect(active(el)).to.equal(handle);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const items = [...root(el).querySelectorAll('[role="menuitem"]')].map(text);
    expect(items).to.include('Ned ett trinn');
    expect(items.some((t) => t.includes('Økt kompetanse'))).to.equal(true);
    await sendKeys({ press: 'Enter' }); // «Flytt ned»: the first move
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['r2', 'r1', 'r3', 'row-1']);
    await waitUntil(() => announced(el).includes('Felles møte'));
    const again = root(el).querySelector<HTMLElement>('tr[data-id="r1"] .move-handle')!;
    await waitUntil(() => active(el) === again);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const into = [...root(el).querySelectorAll<HTMLElement>('[role="menuitem"]')].find((b) =>
      text(b).includes('Økt kompetanse'),
    )!;
    into.click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['r2', 'r3', 'row-1', 'r1']);
    expect(el.value!.rows!.find((r) => r.id === 'r1')!.section).to.equal('kompetanse');
    await sendKeys({ press: 'Control+z' });
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['r2', 'r1', 'r3', 'row-1']);
  });

  it('moves a row by drag and drop', async () => {
    const el = await table(PLAN, { editable: true });
    const handle = root(el).querySelector<HTMLElement>('tr[data-id="r3"] td.actions')!;
    expect(handle.getAttribute('draggable')).to.equal('true');
    const dataTransfer = new DataTransfer();
    handle.dispatchEvent(
      new DragEvent('dragstart', { dataTransfer, bubbles: true, composed: true }),
    );
    const target = cell(el, 'r1', 'what');
    const over = new DragEvent('dragover', {
      dataTransfer,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    target.dispatchEvent(over);
    expect(over.defaultPrevented).to.equal(true);
    target.dispatchEvent(
      new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true }),
    );
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['r3', 'r1', 'r2', 'row-1']);
    expect(el.value!.rows!.find((r) => r.id === 'r3')!.section).to.equal('arbeid');
    expect(announced(el)).to.contain('Rad flyttet');
  });

  it('pastes Excel TSV from the focused cell with a preview, as one undo step', async () => {
    const el = await table(PLAN, { editable: true });
    const start = cell(el, 'r3', 'what');
    start.focus();
    paste(start, 'Møte\t"Kari\r\nog Ola"\r\n"Si ""hei"""\tNAV-leder\r\nTredje\tPer\r\n');
    await el.updateComplete;
    const dialog = root(el).querySelector<HTMLDialogElement>('dialog.paste')!;
    await waitUntil(() => dialog.open);
    expect(text(dialog)).to.contain('Innlimingen endrer 2 rader og legger til 1 nye.');
    expect(dialog.querySelectorAll('li').length).to.equal(3);
    const changed = oneEvent(el, 'mulighetsrom-change');
    (dialog.querySelector('.apply') as HTMLButtonElement).click();
    const { detail } = await changed;
    await el.updateComplete;
    const after = detail.value!.rows as FollowUpDocument['rows'] & object;
    expect(after.length).to.equal(5);
    const r3 = after.find((r) => r.id === 'r3')!;
    expect(r3.what).to.equal('Møte');
    expect(r3.responsible).to.equal('Kari\r\nog Ola');
    expect(after.find((r) => r.id === 'row-1')).to.include({
      what: 'Si "hei"',
      responsible: 'NAV-leder',
    });
    const added = after.find((r) => r.what === 'Tredje')!;
    expect(added).to.include({ responsible: 'Per', section: 'kompetanse' });
    for (const row of after) expect(JSON.stringify(row)).to.not.match(/\\r"/);
    expect(announced(el)).to.equal('Limt inn: 2 rader endret, 1 nye rader');
    expect(root(el).querySelector('dialog.paste')).to.equal(null);
    // One undo takes back the whole paste.
    (root(el).querySelector('.history .undo') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.value!.rows!.length).to.equal(4);
    expect(el.value!.rows![2]!.what).to.equal('Kurs');
    expect(el.value!.rows![3]!.what).to.equal('Uten id');
  });

  it('pastes one row without a preview; cancelling a preview changes nothing', async () => {
    const el = await table(PLAN, { editable: true });
    const start = cell(el, 'r1', 'responsible');
    start.focus();
    paste(start, 'Kari\tOla\r\n');
    await el.updateComplete;
    expect(root(el).querySelector('dialog.paste')).to.equal(null);
    expect(el.value!.rows![0]).to.include({ responsible: 'Kari', involve: 'Ola' });
    paste(start, 'a\r\nb\r\n');
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector<HTMLDialogElement>('dialog.paste')?.open === true);
    await expect(el).to.be.accessible();
    (root(el).querySelector('dialog .cancel') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.value!.rows![0]!.responsible).to.equal('Kari');
    expect(active(el)).to.equal(cell(el, 'r1', 'responsible'));
  });

  it('a one-cell edit at 1,000 rows renders and changes only that row in the DOM', async () => {
    const many: FollowUpDocument = {
      sections: [{ id: 'arbeid', title: 'Flere i arbeid' }],
      rows: Array.from({ length: 1000 }, (_, i) => ({
        id: `r${i}`,
        what: `Oppgave ${i}`,
        section: 'arbeid',
      })),
    };
    const el = await table(many, { editable: true });
    const rendered = sinon.spy(el as unknown as { renderRow: () => unknown }, 'renderRow');
    const changedRows = new Set<Element>();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const node = r.target instanceof Element ? r.target : r.target.parentElement;
        const tr = node?.closest('tr[data-id]');
        if (tr) changedRows.add(tr);
      }
    });
    observer.observe(root(el).querySelector('table')!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    cell(el, 'r500', 'what').focus();
    await el.updateComplete;
    changedRows.clear();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: 'X' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    observer.disconnect();
    expect(el.value!.rows![500]!.what).to.equal('X');
    // Each row's guard holds the section ids: kept from the last view, only the edited row
    // renders again (with a new set per edit all 1,000 did).
    expect(rendered.callCount).to.be.below(5);
    expect([...changedRows].map((tr) => (tr as HTMLElement).dataset['id'])).to.deep.equal(['r500']);
  });

  it('passes axe when editing and timeline, nn and en', async () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const el = await table(PLAN, { editable: true, toolbar: true, view: 'timeline', lang });
      await expect(el).to.be.accessible();
    }
  });
});
