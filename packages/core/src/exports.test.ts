import { expect, it } from 'vitest';
import * as core from './index.js';

// The package's runtime API, name by name: a helper exported from index.ts by accident fails
// here, and so does a public name dropped. Change this list only on purpose.
it('exports exactly the public API', () => {
  expect(Object.keys(core).sort()).toEqual([
    'AREAS',
    'AREA_STATUSES',
    'BUILT_IN_AREA_COUNT',
    'DEFAULT_LANG',
    'EXAMPLE_NETWORK',
    'EXPECTATION_PRESETS',
    'FOLLOW_UP_COLUMNS',
    'FOLLOW_UP_STATUSES',
    'LANGS',
    'LEVELS',
    'LEVEL_IDS',
    'MATRIX_PRESETS',
    'MATRIX_PRESET_IDS',
    'MATRIX_TONES',
    'ROLE_GROUPS',
    'addFollowUpRow',
    'addMatrixColumn',
    'addMatrixRow',
    'areaName',
    'availableMoves',
    'cleanCmsJson',
    'clearMatrixCell',
    'commonMessages',
    'cycleMatrixCell',
    'dataError',
    'deepCopy',
    'deleteFollowUpRow',
    'deriveNetworkStatus',
    'describeFollowUpPaste',
    'describeMatrixCell',
    'describeMatrixConsensus',
    'describeMatrixEdit',
    'describeMatrixTally',
    'duplicateFollowUpRow',
    'editingMessages',
    'errorMessages',
    'followUpAreaChoices',
    'followUpAreaText',
    'followUpCellText',
    'followUpColumnTitle',
    'followUpDocumentSchema',
    'followUpErrorMessages',
    'followUpFilterChoices',
    'followUpIssues',
    'followUpMessages',
    'followUpPastedText',
    'followUpRowIssues',
    'followUpRowMatches',
    'followUpRowNumbers',
    'followUpRowState',
    'followUpRowStatus',
    'followUpRows',
    'followUpSectionTitle',
    'followUpStatusName',
    'followUpSummaryText',
    'followUpTimeline',
    'followUpTimelineItems',
    'followUpToCsv',
    'followUpToMarkdown',
    'followUpToText',
    'format',
    'formatPath',
    'formatWhen',
    'groupFollowUpRows',
    'isBuiltInAreaId',
    'isLevelId',
    'isoDay',
    'jsonErrorOffset',
    'layoutVenn',
    'levelMask',
    'localize',
    'matrixCaption',
    'matrixCellValue',
    'matrixConsensus',
    'matrixErrorMessages',
    'matrixLegend',
    'matrixMessages',
    'matrixToCsv',
    'modelDocuments',
    'modelMessages',
    'moveFollowUpRow',
    'moveItem',
    'moveMatrixColumn',
    'moveMatrixRow',
    'moveMessages',
    'normalizeLang',
    'parseDelimited',
    'parseFollowUp',
    'parseJsonText',
    'parseMatrix',
    'parseModelData',
    'parseModelDocument',
    'plainObject',
    'planFollowUpPaste',
    'quickParseFollowUp',
    'quickParseMatrix',
    'quickParseModelData',
    'readWhen',
    'regionKey',
    'regionPaths',
    'removeMatrixColumn',
    'removeMatrixRow',
    'renameMatrixColumn',
    'renameMatrixRow',
    'resolveAreaNames',
    'resolveAreas',
    'resolveMatrix',
    'savedWorkMessages',
    'setFollowUpCell',
    'setMatrixCell',
    'setMatrixNoAnswer',
    'sortFollowUpRows',
    'summarizeFollowUp',
    'summarizeMatrixConsensus',
    'tallyMatrixColumns',
    'tallyMatrixRows',
    'toCsv',
    'toDataErrors',
    'toTsv',
    'todayIso',
    'toggleMatrixMain',
    'transposeMatrix',
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
