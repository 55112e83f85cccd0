// The baseline of the matrix's first-render budget (issue 10): what <mulighetsrom-expectation-
// matrix> shows read-only, written by hand with createElement and one <style>, no framework: a
// named scroll region holding a <table> with caption, column groups, the group and column
// headers, a row header and 40 cells per row (symbol + text, a tone class), the row tallies, the
// column tallies and the consensus row, then the summary line and the legend. The tallies and
// consensus are counted here, as the widget counts them. A change updates the changed cell, its
// row and column tallies, its consensus cell and the summary. (The widget also renders one list
// per row for narrow containers; this baseline does not.)
const CSS = `
.scroll{overflow:auto;max-height:70vh}
table{border-collapse:separate;border-spacing:0;font-size:.875rem}
caption{text-align:start;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #c6c2bf;padding:.25rem .5rem;vertical-align:top}
thead th{position:sticky;top:0;background:#fff;min-width:6rem;text-align:start}
tbody th{position:sticky;left:0;background:#fff;text-align:start}
.symbol{margin-inline-end:.25rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.tone-strong{background:#ccf1d6;color:#06693a}
.tone-improve{background:#ffebd1;color:#8a4f00}
.tone-empty{color:#545454}
.summary{margin:.5rem 0}
.legend ul{display:flex;flex-wrap:wrap;gap:.5rem 1rem;list-style:none;padding:0}
.swatch{display:inline-block;min-width:1.25rem;text-align:center;margin-inline-end:.25rem}
`;

const format = (text, params) => text.replace(/\{(\w+)\}/g, (_, key) => String(params[key]));

function el(name, attributes, text) {
  const node = document.createElement(name);
  if (attributes) for (const key in attributes) node.setAttribute(key, String(attributes[key]));
  if (text !== undefined) node.textContent = text;
  return node;
}

let view;

/** Counts of one line of cells: per scale value, and empty. */
function tally(values, scale) {
  const counts = scale.map(() => 0);
  let empty = 0;
  for (const value of values) {
    const at = scale.findIndex((s) => s.id === value);
    if (at < 0) empty += 1;
    else counts[at] += 1;
  }
  return { counts, empty };
}

function tallyText({ counts, empty }, { scale, empty: emptyLabel, texts }) {
  const parts = scale.map((s, i) => [s.label, counts[i]]);
  parts.push([emptyLabel, empty]);
  return parts
    .filter(([, n]) => n > 0)
    .map(([value, count]) => format(texts.tallyValue, { value, count }))
    .join(', ');
}

/** The scale value every row holds in a column, or undefined. */
function agreed(values) {
  const [first] = values;
  return first !== undefined && values.every((v) => v === first) ? first : undefined;
}

function fillCell(td, value, plain) {
  const item = plain.scale.find((s) => s.id === value);
  td.className = `cell tone-${item ? item.tone : 'empty'}`;
  td.textContent = '';
  if (item) td.append(el('span', { class: 'symbol', 'aria-hidden': 'true' }, item.symbol));
  td.append(
    el('span', { class: item ? 'text' : 'visually-hidden' }, item ? item.label : plain.empty),
  );
}

function summaryText(doc, values, plain) {
  const columns = doc.columns.filter((_, c) => agreed(values.map((row) => row[c])) !== undefined);
  return columns.length
    ? format(plain.texts.consensusSummary, { columns: columns.map((c) => c.label).join(', ') })
    : plain.texts.consensusNone;
}

function render(host, { doc, plain }) {
  const rowIndex = new Map(doc.rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(doc.columns.map((c, i) => [c.id, i]));
  const values = doc.rows.map(() => doc.columns.map(() => undefined));
  for (const cell of doc.cells)
    values[rowIndex.get(cell.row)][columnIndex.get(cell.column)] = cell.value;

  const style = el('style');
  style.textContent = CSS;
  const region = el('div', {
    class: 'scroll',
    role: 'region',
    tabindex: 0,
    'aria-label': format(plain.texts.scrollRegion, { title: doc.title }),
  });
  const table = el('table');
  table.append(el('caption', null, doc.title));
  table.append(el('colgroup'));
  const groups = [];
  for (const column of doc.columns) {
    const last = groups[groups.length - 1];
    if (last && last.label === column.group) last.span += 1;
    else groups.push({ label: column.group, span: 1 });
  }
  for (const g of groups) table.append(el('colgroup', { span: g.span }));
  table.append(el('colgroup'));
  const thead = el('thead');
  const groupRow = el('tr');
  groupRow.append(el('td'));
  for (const g of groups)
    groupRow.append(el('th', { scope: 'colgroup', colspan: g.span }, g.label));
  groupRow.append(el('td'));
  const headRow = el('tr');
  headRow.append(el('td'));
  for (const column of doc.columns) headRow.append(el('th', { scope: 'col' }, column.label));
  headRow.append(el('th', { scope: 'col' }, plain.texts.tallyHeading));
  thead.append(groupRow, headRow);
  const tbody = el('tbody');
  const cells = [];
  const rowTallies = [];
  doc.rows.forEach((row, r) => {
    const tr = el('tr');
    tr.append(el('th', { scope: 'row' }, row.label));
    cells.push(
      doc.columns.map((_, c) => {
        const td = el('td');
        fillCell(td, values[r][c], plain);
        tr.append(td);
        return td;
      }),
    );
    const t = el('td', { class: 'tally' }, tallyText(tally(values[r], plain.scale), plain));
    rowTallies.push(t);
    tr.append(t);
    tbody.append(tr);
  });
  const tfoot = el('tfoot');
  const tallyRow = el('tr');
  tallyRow.append(el('th', { scope: 'row' }, plain.texts.tallyHeading));
  const columnTallies = doc.columns.map((_, c) => {
    const td = el(
      'td',
      { class: 'tally' },
      tallyText(
        tally(
          values.map((v) => v[c]),
          plain.scale,
        ),
        plain,
      ),
    );
    tallyRow.append(td);
    return td;
  });
  tallyRow.append(el('td'));
  const agreeRow = el('tr');
  agreeRow.append(el('th', { scope: 'row' }, plain.texts.consensusHeading));
  const agreement = doc.columns.map((_, c) => {
    const value = agreed(values.map((v) => v[c]));
    const label = plain.scale.find((s) => s.id === value)?.label;
    const td = el('td', null, label ? format(plain.texts.consensusValue, { value: label }) : '');
    agreeRow.append(td);
    return td;
  });
  agreeRow.append(el('td'));
  tfoot.append(tallyRow, agreeRow);
  table.append(thead, tbody, tfoot);
  region.append(table);
  const summary = el('p', { class: 'summary' }, summaryText(doc, values, plain));
  const legend = el('div', { class: 'legend' });
  legend.append(el('p', { id: 'legend-title' }, plain.texts.legend));
  const list = el('ul', { 'aria-labelledby': 'legend-title' });
  for (const item of [...plain.scale, { label: plain.empty, symbol: '', tone: 'empty' }]) {
    const li = el('li');
    li.append(
      el('span', { class: `swatch tone-${item.tone}`, 'aria-hidden': 'true' }, item.symbol),
      item.label,
    );
    list.append(li);
  }
  legend.append(list);
  host.append(style, region, summary, legend);
  view = {
    doc,
    plain,
    values,
    rowIndex,
    columnIndex,
    cells,
    rowTallies,
    columnTallies,
    agreement,
    summary,
  };
}

/** New data with one cell changed: find it, and redraw that cell and what counts it. */
function update(doc) {
  const { plain, values, rowIndex, columnIndex } = view;
  const next = doc.rows.map(() => doc.columns.map(() => undefined));
  for (const cell of doc.cells)
    next[rowIndex.get(cell.row)][columnIndex.get(cell.column)] = cell.value;
  for (let r = 0; r < next.length; r += 1) {
    for (let c = 0; c < next[r].length; c += 1) {
      if (next[r][c] === values[r][c]) continue;
      values[r][c] = next[r][c];
      fillCell(view.cells[r][c], values[r][c], plain);
      view.rowTallies[r].textContent = tallyText(tally(values[r], plain.scale), plain);
      const column = values.map((v) => v[c]);
      view.columnTallies[c].textContent = tallyText(tally(column, plain.scale), plain);
      const label = plain.scale.find((s) => s.id === agreed(column))?.label;
      view.agreement[c].textContent = label
        ? format(plain.texts.consensusValue, { value: label })
        : '';
    }
  }
  view.summary.textContent = summaryText(doc, values, plain);
}

globalThis.benchCase = {
  render(host, { matrix }) {
    render(host, matrix);
  },
  update(_host, _variant, i, { matrix }) {
    update(matrix.variants[i % matrix.variants.length]);
  },
};
