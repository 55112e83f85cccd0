// The data of the follow-up table, situation board and annual wheel suites (issues 11–13
// «Performance»): made up, deterministic, built in Node and handed to the page at run time.
// The hand-written baselines bundle core's pure functions (texts, dates, wheel geometry) and
// take the words from core's catalogs in the page, as the widgets do.
import { shiftWheelActivity } from '@mulighetsrom/core';

export const FOLLOW_UP_ROWS = 1000;
export const FOLLOW_UP_ROWS_LARGE = 10_000;
/** Today for the follow-up cases: some rows are overdue, some done. */
export const FOLLOW_UP_TODAY = '2026-06-01';

const PEOPLE = ['NAV-leder', 'Kommunalsjef', 'Veilederteamet', 'Fagkoordinator', 'Rådgiver'];
const TASKS = [
  'Felles kartlegging av brukerbehov',
  'Rutine for samarbeidsmøter',
  'Opplæring i arbeidsrettet oppfølging',
  'Informasjon til ansatte',
  'Evaluering av tiltaket',
];
const STATUSES = ['todo', 'doing', 'done'];

const iso = (day) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

/**
 * `count` rows of «Plan for oppfølging»: every column filled, a date range for most rows and
 * free-text «når» for every fifth, the three statuses and areas 1–20.
 */
export function followUpDocument(count) {
  return {
    title: 'Plan for oppfølging',
    rows: Array.from({ length: count }, (_, i) => {
      const start = (i * 7) % 300;
      const row = {
        id: `r${i}`,
        what: `${TASKS[i % TASKS.length]} ${i + 1}`,
        responsible: PEOPLE[i % PEOPLE.length],
        involve: PEOPLE[(i + 1) % PEOPLE.length],
        inform: PEOPLE[(i + 2) % PEOPLE.length],
        status: STATUSES[i % STATUSES.length],
        area: (i % 20) + 1,
      };
      if (i % 5 === 4) row.when = 'fortløpende';
      else Object.assign(row, { start: iso(start), end: iso(start + 30 + (i % 60)) });
      return row;
    }),
  };
}

/** The two follow-up suites' data: the plan, its day, and the columns the peers show. */
export function followUpBenchData(count) {
  return { doc: followUpDocument(count), today: FOLLOW_UP_TODAY, rows: count };
}

export const BOARD_NOTES = 200;
const BOARD_COLUMNS = ['desired', 'barriers', 'drivers'];
const COLORS = ['yellow', 'green', 'blue', 'pink', 'orange', 'purple'];

/** A situation board for area 16 with `count` notes over its three columns. */
export function boardBenchData(count = BOARD_NOTES) {
  const doc = { area: 16, because: 'brukerne møter for mange dører.' };
  for (const column of BOARD_COLUMNS) doc[column] = [];
  for (let i = 0; i < count; i += 1) {
    const note = { id: `n${i}`, text: `Lapp ${i + 1}: ${TASKS[i % TASKS.length].toLowerCase()}` };
    if (i % 3 === 0) note.color = COLORS[i % COLORS.length];
    if (i % 4 === 0) note.author = `Gruppe ${(i % 5) + 1}`;
    doc[BOARD_COLUMNS[i % BOARD_COLUMNS.length]].push(note);
  }
  return { doc, notes: count };
}

export const WHEEL_ACTIVITIES = 40;
export const WHEEL_YEAR = 2027;
/** The wheel's clock: the current month and the today line are drawn. */
export const WHEEL_NOW = '2027-05-10T12:00:00Z';
const RINGS = [
  { id: 'partnerskap', label: 'Partnerskapet' },
  { id: 'kommunen', label: 'Kommunen' },
  { id: 'staten', label: 'NAV/staten' },
  { id: 'kontoret', label: 'Kontoret' },
];

/**
 * 40 activities on 4 rings over 2027: arcs of 3–60 days and one-day markers, some that cross New
 * Year; `variants[i]` moves one more activity a week later (as an app sets new data after a move).
 */
export function wheelBenchData(updates = 20) {
  const activities = Array.from({ length: WHEEL_ACTIVITIES }, (_, i) => {
    const start = Date.UTC(WHEEL_YEAR, 0, 1) + ((i * 9) % 365) * 86_400_000;
    const days = i % 4 === 3 ? 0 : 3 + ((i * 11) % 58);
    const day = (t) => new Date(t).toISOString().slice(0, 10);
    return {
      id: `a${i}`,
      ring: RINGS[i % RINGS.length].id,
      title: `${TASKS[i % TASKS.length]} ${i + 1}`,
      start: day(start),
      end: day(start + days * 86_400_000),
      ...(i % 10 === 0 ? { checklist: 'model' } : {}),
    };
  });
  const doc = {
    title: 'Årshjul for partnerskapet i NAV Benchby',
    year: WHEEL_YEAR,
    rings: RINGS,
    activities,
  };
  const variants = [];
  let current = doc;
  for (let i = 0; i < updates; i += 1) {
    current = shiftWheelActivity(current, `a${(i * 7) % WHEEL_ACTIVITIES}`, 7);
    variants.push(current);
  }
  return { doc, variants, now: WHEEL_NOW, activities: WHEEL_ACTIVITIES };
}
