// The data each suite's pages draw, shared by run.mjs and profile.mjs. Imported after the
// packages are built: core's dist provides the catalogs.

/**
 * The model and matrix cases share one data object (as they always did); each later suite's
 * page gets only its own (a 10,000-row plan is not handed to every case).
 * @param {number} updates status changes per sample (the variants a case cycles through)
 */
export async function benchDataBySuite(updates) {
  const { benchData } = await import('./data.mjs');
  const { matrixBenchData, MATRIX_ROWS, MATRIX_COLUMNS } = await import('./matrix-data.mjs');
  const {
    boardBenchData,
    followUpBenchData,
    wheelBenchData,
    FOLLOW_UP_ROWS,
    FOLLOW_UP_ROWS_LARGE,
  } = await import('./widget-data.mjs');
  const data = { ...benchData(updates), matrix: matrixBenchData(updates) };
  const suiteData = {
    'follow-up': { variants: [], followUp: followUpBenchData(FOLLOW_UP_ROWS) },
    'follow-up-10k': { variants: [], followUp: followUpBenchData(FOLLOW_UP_ROWS_LARGE) },
    board: { variants: [], board: boardBenchData() },
    wheel: { variants: [], wheel: wheelBenchData(updates) },
  };
  const dataFor = (suite) => suiteData[suite] ?? data;
  return { data, suiteData, dataFor, MATRIX_ROWS, MATRIX_COLUMNS };
}
