// The baseline of the follow-up table's first-render budget (issue 11): what the editable
// <mulighetsrom-follow-up-table> shows, written by hand with createElement, no framework, with
// the same markup and the same CSS (the widget's style modules, adopted in a shadow root as the
// widget adopts them): the help and summary lines, a named scroll region, the table laid out
// as CSS grid with explicit roles, a header row of sort buttons, rows in groups of 25 that skip
// layout off screen, per row a number, seven gridcells (one Tab stop) and the move, copy and
// delete buttons, then the add button. Texts, dates and states come from core's pure functions,
// as the widget takes them. An edit is the widget's: Enter on a cell puts one labelled input in
// it, Enter saves, only that cell changes and focus goes back to it.
import {
  FOLLOW_UP_COLUMNS,
  commonMessages,
  followUpCellText,
  followUpColumnTitle,
  followUpMessages,
  followUpRowIssues,
  followUpRowState,
  followUpRowStatus,
  followUpSummaryText,
  format,
  moveMessages,
  summarizeFollowUp,
} from '@mulighetsrom/core';
import { baseStyles } from '../../packages/elements/src/internal/base.styles.ts';
import { followUpStyles } from '../../packages/elements/src/follow-up-table/follow-up-table.styles.ts';
import { commitCellEdit, el, startCellEdit, svgIcon } from './widget-shared.mjs';

const CHUNK = 25;
const lang = 'nb';
let view;

function cellContent(td, row, column, today, m) {
  td.textContent = '';
  td.append(el('span', { class: 'value' }, followUpCellText(row, column, lang)));
  if (column === 'when' && followUpRowState(row, today).overdue) {
    td.append(' ', el('span', { class: 'tag overdue-tag' }, m.overdue));
  }
}

function renderRow(row, number, today, sections, first) {
  const m = followUpMessages[lang];
  const state = followUpRowState(row, today);
  const issues = followUpRowIssues(row, sections);
  const status = followUpRowStatus(row);
  const tr = el('tr', {
    role: 'row',
    class: `row ${state.overdue ? 'overdue' : ''} ${issues.length ? 'flagged' : ''} ${status === 'done' ? 'done' : ''}`,
    'data-id': row.id,
  });
  tr.append(el('th', { scope: 'row', role: 'rowheader', class: 'num' }, String(number)));
  for (const column of FOLLOW_UP_COLUMNS) {
    const td = el('td', {
      role: 'gridcell',
      class: `cell col-${column} ${column === 'status' && status ? `status-${status}` : ''}`,
      'data-column': column,
      'data-label': followUpColumnTitle(column, lang),
      tabindex: first && column === 'what' ? 0 : -1,
    });
    cellContent(td, row, column, today, m);
    for (const issue of issues) td.append(el('span', { class: 'flag' }, `⚠ ${issue.key}`));
    tr.append(td);
  }
  const actions = el('td', {
    role: 'gridcell',
    class: 'actions',
    'data-label': format(m.rowActions, { number }),
    draggable: 'true',
  });
  const move = el('span', { class: 'move' });
  const item = row.what
    ? `${format(m.rowName, { number })}: ${row.what}`
    : format(m.rowName, { number });
  const handle = el('button', {
    type: 'button',
    class: 'move-handle',
    'aria-haspopup': 'menu',
    'aria-expanded': 'false',
    'aria-label': format(moveMessages[lang].moveHandle, { item }),
  });
  handle.append(svgIcon('M8 1 5 4h6zM8 15l-3-3h6zM1 8l3-3v6zM15 8l-3-3v6z'));
  move.append(handle);
  const button = (cls, text, d) => {
    const b = el('button', { type: 'button', class: cls, tabindex: -1 });
    b.append(el('span', { class: 'visually-hidden' }, text), svgIcon(d));
    return b;
  };
  actions.append(
    move,
    button('duplicate', format(m.duplicateRow, { number }), 'M5 1h9v10H5zM2 5h2v8h8v2H2z'),
    button('delete', format(m.deleteRow, { number }), 'M3 3l10 10M13 3 3 13'),
  );
  tr.append(actions);
  return tr;
}

function render(host, { doc, today }) {
  const m = followUpMessages[lang];
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [...baseStyles, followUpStyles].map((s) => s.styleSheet);
  const rows = doc.rows;
  const sections = new Set();
  const caption = doc.title || m.defaultTitle;
  const plan = el('div', { class: 'plan editable' });
  plan.append(
    el('p', { class: 'help', id: 'help' }, m.editHelp),
    el('p', { class: 'summary' }, followUpSummaryText(summarizeFollowUp(rows, today), lang)),
  );
  const scroll = el('div', {
    class: 'scroll',
    role: 'region',
    tabindex: 0,
    'aria-label': format(m.scrollRegion, { title: caption }),
  });
  const table = el('table', {
    role: 'grid',
    class: 'with-actions',
    'aria-describedby': 'help',
  });
  table.append(el('caption', null, caption));
  const thead = el('thead', { role: 'rowgroup' });
  const head = el('tr', { role: 'row' });
  head.append(el('th', { scope: 'col', role: 'columnheader', class: 'num' }, m.colNumber));
  for (const column of FOLLOW_UP_COLUMNS) {
    const th = el('th', { scope: 'col', role: 'columnheader' });
    const sort = el('button', { type: 'button', class: 'sort' }, followUpColumnTitle(column, lang));
    const icon = svgIcon('M5 1 1 6h8z', '0 0 10 14', 'sort-icon none');
    icon.firstChild.setAttribute('class', 'up');
    const down = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    down.setAttribute('class', 'down');
    down.setAttribute('d', 'M5 13 1 8h8z');
    icon.append(down);
    sort.append(icon);
    th.append(sort);
    head.append(th);
  }
  const actionsHead = el('th', { scope: 'col', role: 'columnheader', class: 'actions-head' });
  actionsHead.append(el('span', { class: 'visually-hidden' }, commonMessages[lang].edit));
  head.append(actionsHead);
  thead.append(head);
  table.append(thead);
  let tbody;
  rows.forEach((row, i) => {
    if (i % CHUNK === 0) {
      tbody = el('tbody', { role: 'rowgroup', class: 'chunk' });
      table.append(tbody);
    }
    tbody.append(renderRow(row, i + 1, today, sections, i === 0));
  });
  scroll.append(table);
  const add = el('div', { class: 'add-rows' });
  add.append(el('button', { type: 'button', class: 'add-row' }, m.addRow));
  plan.append(scroll, add);
  root.append(plan);
  view = {
    root,
    table,
    rows: new Map(rows.map((r, i) => [r.id, { row: r, number: i + 1 }])),
    today,
  };
  table.addEventListener('keydown', onKeydown);
}

let active;

function onKeydown(event) {
  const m = followUpMessages[lang];
  const target = event.target;
  if (event.key !== 'Enter') return;
  event.preventDefault();
  if (target.classList.contains('editor')) {
    const td = target.closest('td');
    const id = td.parentElement.dataset.id;
    const entry = view.rows.get(id);
    entry.row = { ...entry.row, [td.dataset.column]: target.value };
    cellContent(td, entry.row, td.dataset.column, view.today, m);
    td.focus();
    return;
  }
  const td = target.closest('td[data-column]');
  if (!td || td !== target) return;
  if (active && active !== td) active.tabIndex = -1;
  active = td;
  td.tabIndex = 0;
  const { row, number } = view.rows.get(td.parentElement.dataset.id);
  const column = td.dataset.column;
  const input = el('input', {
    class: 'editor',
    type: 'text',
    'aria-label': format(m.editorLabel, { column: followUpColumnTitle(column, lang), number }),
  });
  input.value = followUpCellText(row, column, lang);
  td.textContent = '';
  td.append(input);
  input.focus();
  input.select();
}

globalThis.benchCase = {
  render(host, { followUp }) {
    const div = document.createElement('div');
    host.append(div);
    render(div, followUp);
  },
  update(_host, _variant, i) {
    startCellEdit(view.root, i);
    commitCellEdit(view.root, i);
  },
  count() {
    return view.root.querySelectorAll('tbody tr[data-id]').length;
  },
};
