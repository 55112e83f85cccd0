// The baseline of the board's first-render budget (issue 12): the editable situation board's
// notes as plain lists under the same headings, written by hand with createElement, no
// framework, in a shadow root with the widget's CSS (its style modules): the help line, the
// caption, the area and «because» fields and the sentence, three columns (heading with count,
// guiding question, a list of notes: text, author and colour, the move, edit and delete
// buttons, one Tab stop) and each column's add form. Texts from core's pure functions and
// catalogs, as the widget takes them. A move is the widget's Alt+ArrowRight: the note leaves
// one list for the same place in the next, both counts change, focus stays on the note.
import {
  BOARD_LAYOUTS,
  NOTE_COLORS,
  NOTE_COLOR_KEYS,
  boardCaption,
  boardMessages,
  commonMessages,
  describeNoteCount,
  format,
  moveMessages,
  resolveAreaNames,
  situationSentence,
} from '@mulighetsrom/core';
import { baseStyles } from '../../packages/elements/src/internal/base.styles.ts';
import { boardStyles } from '../../packages/elements/src/board/board.styles.ts';
import { el, moveFirstNoteRight, svgIcon } from './widget-shared.mjs';

const lang = 'nb';
let view;

function label(text, control) {
  const node = el('label', null, `${text} `);
  node.append(control);
  return node;
}

function colorSelect(m) {
  const select = el('select', { name: 'color' });
  select.append(el('option', { value: '' }, m.colorNone));
  for (const color of NOTE_COLORS)
    select.append(el('option', { value: color }, m[NOTE_COLOR_KEYS[color]]));
  return select;
}

function renderNote(note, m, first) {
  const meta = [];
  if (note.author) meta.push(format(m.byAuthor, { author: note.author }));
  if (note.color) meta.push(format(m.colorName, { color: m[NOTE_COLOR_KEYS[note.color]] }));
  const li = el('li', {
    class: `note${note.color ? ` color-${note.color}` : ''}`,
    'data-key': note.id,
    draggable: 'true',
  });
  const body = el('div', {
    class: 'note-body',
    'data-key': note.id,
    tabindex: first ? 0 : -1,
    'aria-describedby': 'help',
  });
  body.append(el('span', { class: 'text' }, note.text));
  if (meta.length) body.append(el('span', { class: 'meta' }, meta.join(' · ')));
  const actions = el('div', { class: 'actions' });
  const move = el('span', { class: 'move' });
  const handle = el('button', {
    type: 'button',
    class: 'move-handle',
    'aria-haspopup': 'menu',
    'aria-expanded': 'false',
    'aria-label': format(moveMessages[lang].moveHandle, { item: note.text }),
  });
  handle.append(svgIcon('M8 1 5 4h6zM8 15l-3-3h6zM1 8l3-3v6zM15 8l-3-3v6z'));
  move.append(handle);
  actions.append(
    move,
    el(
      'button',
      {
        type: 'button',
        'data-action': 'edit',
        'aria-label': format(m.editNote, { note: note.text }),
      },
      commonMessages[lang].edit,
    ),
    el(
      'button',
      {
        type: 'button',
        'data-action': 'delete',
        'aria-label': format(m.deleteNote, { note: note.text }),
      },
      '✕',
    ),
  );
  li.append(body, actions);
  return li;
}

function render(host, doc) {
  const m = boardMessages[lang];
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [...baseStyles, boardStyles].map((s) => s.styleSheet);
  const widget = el('div', { class: 'widget editable' });
  widget.append(
    el('p', { class: 'help', id: 'help' }, m.editHelp),
    el('div', { class: 'toolbar', role: 'group', 'aria-label': m.toolbarLabel }),
  );
  const boards = el('div', { class: 'boards' });
  const section = el('section', { class: 'board', 'aria-labelledby': 'caption' });
  section.append(el('h2', { id: 'caption' }, boardCaption(doc, 'situation', lang)));
  const fields = el('div', { class: 'fields' });
  const title = el('input', { type: 'text' });
  const area = el('select');
  area.append(el('option', { value: '' }, m.areaNotChosen));
  for (const a of resolveAreaNames()) {
    const option = el('option', { value: a.id }, `${a.id}. ${a.name[lang]}`);
    if (a.id === doc.area) option.selected = true;
    area.append(option);
  }
  area.append(el('option', { value: 'custom' }, m.areaCustom));
  const because = el('textarea', { rows: 2 });
  because.value = doc.because ?? '';
  const wide = label(m.becauseLabel, because);
  wide.className = 'wide';
  fields.append(label(m.titleLabel, title), label(m.areaLabel, area), wide);
  section.append(fields, el('p', { class: 'about' }, situationSentence(doc, lang)));
  const columns = el('div', { class: 'columns columns-3' });
  const lists = {};
  const counts = {};
  BOARD_LAYOUTS.situation.forEach((column, c) => {
    const notes = doc[column.id] ?? [];
    const div = el('div', {
      class: 'column',
      role: 'group',
      'data-column': column.id,
      'aria-labelledby': `h-${column.id}`,
    });
    const h3 = el('h3', { id: `h-${column.id}` }, `${m[column.heading]} `);
    counts[column.id] = el(
      'span',
      { class: 'count' },
      `(${describeNoteCount(notes.length, lang)})`,
    );
    h3.append(counts[column.id]);
    const ul = el('ul', { class: 'notes' });
    notes.forEach((note, i) => ul.append(renderNote(note, m, c === 0 && i === 0)));
    lists[column.id] = ul;
    const form = el('form', { class: 'add' });
    const more = el('div', { class: 'more' });
    more.append(
      label(m.authorLabel, el('input', { name: 'author', type: 'text' })),
      label(m.colorLabel, colorSelect(m)),
      el('button', { type: 'submit' }, m.addNote),
    );
    form.append(
      label(
        format(m.newNote, { column: m[column.heading] }),
        el('input', { name: 'text', type: 'text' }),
      ),
      more,
    );
    div.append(h3, el('p', { class: 'question' }, m[column.question]), ul, form);
    columns.append(div);
  });
  section.append(columns);
  boards.append(section);
  widget.append(boards);
  root.append(widget);
  boards.addEventListener('keydown', onKeydown);
  view = { root, lists, counts, ids: BOARD_LAYOUTS.situation.map((c) => c.id) };
}

let active;

function onKeydown(event) {
  const body = event.target;
  if (!event.altKey || event.key !== 'ArrowRight' || !body.classList.contains('note-body')) return;
  event.preventDefault();
  const li = body.parentElement;
  const from = li.parentElement;
  const fromId = view.ids.find((id) => view.lists[id] === from);
  const toId = view.ids[view.ids.indexOf(fromId) + 1];
  if (!toId) return;
  const index = [...from.children].indexOf(li);
  const to = view.lists[toId];
  to.insertBefore(li, to.children[index] ?? null);
  for (const id of [fromId, toId])
    view.counts[id].textContent = `(${describeNoteCount(view.lists[id].children.length, lang)})`;
  if (active && active !== body) active.tabIndex = -1;
  active = body;
  body.tabIndex = 0;
  body.focus();
}

globalThis.benchCase = {
  render(host, { board }) {
    const div = document.createElement('div');
    host.append(div);
    render(div, board.doc);
  },
  update(_host, _variant, i) {
    moveFirstNoteRight(view.root, i);
  },
  count() {
    return view.root.querySelectorAll('li.note').length;
  },
};
