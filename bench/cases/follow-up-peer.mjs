// What the follow-up table's peers share: the rows as flat records of the cell texts the widget
// shows (dates, status and area names from core), and the columns with their titles.
import {
  FOLLOW_UP_COLUMNS,
  followUpAreaChoices,
  followUpCellText,
  followUpColumnTitle,
  followUpStatusName,
} from '@mulighetsrom/core';

const lang = 'nb';

export function peerRows({ doc }) {
  return doc.rows.map((row, i) => {
    const record = { id: row.id, number: i + 1 };
    for (const column of FOLLOW_UP_COLUMNS) record[column] = followUpCellText(row, column, lang);
    return record;
  });
}

export function peerColumns() {
  return FOLLOW_UP_COLUMNS.map((field) => ({
    field,
    title: followUpColumnTitle(field, lang),
    values:
      field === 'status'
        ? ['todo', 'doing', 'done'].map((s) => followUpStatusName(s, lang))
        : field === 'area'
          ? followUpAreaChoices(lang).map(([, name]) => name)
          : undefined,
  }));
}
