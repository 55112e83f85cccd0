import { expect, it } from 'vitest';
import * as core from './index.js';

// The package's runtime API, name by name: a helper exported from index.ts by accident fails
// here, and so does a public name dropped. Change this list only on purpose.
it('exports exactly the public API', () => {
  expect(Object.keys(core).sort()).toEqual([
    'AREAS',
    'AREA_STATUSES',
    'BOARD_KINDS',
    'BOARD_LAYOUTS',
    'BUILT_IN_AREA_COUNT',
    'DEFAULT_LANG',
    'EXAMPLE_NETWORK',
    'EXPECTATION_PRESETS',
    'LANGS',
    'LEVELS',
    'LEVEL_IDS',
    'MATRIX_PRESETS',
    'MATRIX_PRESET_IDS',
    'MATRIX_TONES',
    'NOTE_COLORS',
    'NOTE_COLOR_KEYS',
    'ROLE_GROUPS',
    'addMatrixColumn',
    'addMatrixRow',
    'addNote',
    'areaName',
    'arrowTarget',
    'availableMoves',
    'boardCaption',
    'boardColumnIds',
    'boardColumns',
    'boardCounts',
    'boardErrorMessages',
    'boardKindName',
    'boardMessages',
    'boardToCsv',
    'boardToJson',
    'boardToMarkdown',
    'castVote',
    'cleanCmsJson',
    'clearMatrixCell',
    'columnNotes',
    'commonMessages',
    'cycleMatrixCell',
    'dataError',
    'deepCopy',
    'deleteNote',
    'deriveNetworkStatus',
    'describeHidden',
    'describeMatrixCell',
    'describeMatrixConsensus',
    'describeMatrixEdit',
    'describeMatrixTally',
    'describeNoteCount',
    'describePortfolio',
    'describeVotes',
    'editNote',
    'editingMessages',
    'errorMessages',
    'findNote',
    'format',
    'formatPath',
    'isBuiltInAreaId',
    'isLevelId',
    'jsonErrorOffset',
    'layoutVenn',
    'levelMask',
    'localize',
    'matrixCaption',
    'matrixCellValue',
    'matrixConsensus',
    'matrixErrorMessages',
    'matrixIssueText',
    'matrixItemsValue',
    'matrixLegend',
    'matrixMessages',
    'matrixToCsv',
    'modelDocuments',
    'modelMessages',
    'moveItem',
    'moveMatrixColumn',
    'moveMatrixRow',
    'moveMessages',
    'networkOfModels',
    'moveNote',
    'newNoteId',
    'normalizeLang',
    'parseBoard',
    'parseDelimited',
    'parseJsonText',
    'parseMatrix',
    'parseModelData',
    'parseModelDocument',
    'plainObject',
    'quickParseBoard',
    'quickParseMatrix',
    'quickParseModelData',
    'regionKey',
    'regionMessages',
    'regionPaths',
    'removeMatrixColumn',
    'removeMatrixRow',
    'renameMatrixColumn',
    'renameMatrixRow',
    'resolveAreaNames',
    'resolveAreas',
    'resolveMatrix',
    'roomVote',
    'savedWorkMessages',
    'serviceName',
    'setMatrixCell',
    'setMatrixNoAnswer',
    'setNoteVotes',
    'setNotesHidden',
    'situationAreaName',
    'situationSentence',
    'sortBoardByVotes',
    'sortNotesByVotes',
    'summarizeMatrixConsensus',
    'swotPortfolioSummary',
    'takeBackVote',
    'tallyMatrixColumns',
    'tallyMatrixRows',
    'toCsv',
    'toDataErrors',
    'toTsv',
    'toggleMatrixMain',
    'transposeMatrix',
    'votesGiven',
    'votesLeft',
    'widgetMessages',
    'withAreaTexts',
  ]);
});

// Every module is also a subpath (`@mulighetsrom/core/i18n/model.js`), so a bundler that splits
// by file can leave the lazy texts out of a widget's first chunk. A module's other exports are
// internal: marked `@internal`, which the build strips from the published types.
const modules = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts'], {
  eager: true,
});
const sources = import.meta.glob<string>(['./**/*.ts', '!./**/*.test.ts'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

it('marks every module export outside the public API as @internal', () => {
  const unmarked: string[] = [];
  for (const [path, module] of Object.entries(modules)) {
    for (const name of Object.keys(module)) {
      if (name in core) continue;
      const declaration = new RegExp(
        String.raw`@internal[^/]*\*/\s*export (?:const|function|class) ${name}\b`,
      );
      // A re-export (`export * from`) is checked where it is declared.
      const declared = new RegExp(String.raw`export (?:const|function|class) ${name}\b`);
      const text = sources[path] ?? '';
      if (declared.test(text) && !declaration.test(text)) unmarked.push(`${path}: ${name}`);
    }
  }
  expect(unmarked).toEqual([]);
});
