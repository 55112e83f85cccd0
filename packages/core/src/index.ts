// Public API of @mulighetsrom/core (no DOM). Named exports only, so a helper added to a module
// stays internal; exports.test.ts lists every runtime name.
export type {
  AreaDefinition,
  AreaStatus,
  CatalogAreaInput,
  DataError,
  Lang,
  Level,
  LevelId,
  Localized,
  ModelAreaEntry,
  ModelData,
  ModelDocument,
  ParseResult,
} from './types.js';

// The catalog: levels, the 20 areas, a document's own catalog merged in, example data.
export { LEVEL_IDS, isLevelId } from './catalog/levels.js';
export { LEVELS } from './catalog/level-texts.js';
export { BUILT_IN_AREA_COUNT, isBuiltInAreaId } from './catalog/ids.js';
export { AREAS, resolveAreas, withAreaTexts } from './catalog/area-texts.js';
export { areaName, regionKey, resolveAreaNames, type ResolvedArea } from './catalog/resolve.js';
export {
  EXPECTATION_PRESETS,
  ROLE_GROUPS,
  type Expectation,
  type ExpectationPresetId,
  type RoleGroup,
} from './catalog/expectations.js';
export {
  EXAMPLE_NETWORK,
  type ExampleColumn,
  type ExampleNetwork,
  type ExampleOffice,
} from './catalog/example-offices.js';

// Model data: the quick check for good data, the parse with localized errors for bad data.
export { AREA_STATUSES, plainObject, quickParseModelData } from './schema/model-schema.js';
export { modelDocuments, parseModelData, parseModelDocument } from './schema/model.js';
// Localized errors for a widget's own valibot schemas.
export { dataError, formatPath, toDataErrors, type ExtraErrorMessages } from './schema/errors.js';
export {
  documentErrors,
  parseChecked,
  rejectedData,
  type DocumentChecks,
  type ReportIssue,
} from './schema/document-errors.js';

// Copies of JSON-like data (what goes in comes out unchanged through `.value`).
export { deepCopy } from './copy.js';

// Text formats.
export { jsonErrorOffset, parseJsonText } from './json.js';
export { cleanCmsJson } from './cms-json.js';
export { toCsv, toTsv, type CsvCell, type CsvOptions } from './csv.js';
export { parseDelimited, type DelimitedOptions, type Delimiter } from './delimited.js';

// Languages and the message catalogs.
export { DEFAULT_LANG, LANGS, normalizeLang } from './i18n/lang.js';
export { format, type FormatParams } from './i18n/format.js';
export { localize } from './i18n/localize.js';
export { commonMessages, type CommonMessages } from './i18n/common.js';
export { errorMessages, type ErrorKey, type ErrorMessages } from './i18n/errors.js';
export { widgetMessages, type WidgetMessages } from './i18n/widget.js';
export { modelMessages, type ModelMessages } from './i18n/model.js';
export { regionMessages, type RegionMessages } from './i18n/regions.js';
export { editingMessages, type EditingMessages } from './i18n/editing.js';
export { moveMessages, type MoveMessages } from './i18n/move.js';
export { savedWorkMessages, type SavedWorkMessages } from './i18n/saved-work.js';

// The editing kit's pure half.
export { availableMoves, moveItem, type Move, type MoveTarget } from './editing/move.js';

// The expectation and network matrices: document, presets, parse, resolve, edits, tallies, text.
export type {
  MatrixCell,
  MatrixColumn,
  MatrixDocument,
  MatrixMark,
  MatrixPresetId,
  MatrixRow,
  MatrixScaleItem,
  MatrixTone,
  ResolvedCell,
  ResolvedMatrix,
  ResolvedMatrixItem,
  ResolvedScaleItem,
} from './matrix/types.js';
export {
  MATRIX_PRESETS,
  MATRIX_PRESET_IDS,
  MATRIX_TONES,
  type MatrixPreset,
  type MatrixPresetItem,
  type MatrixPresetScaleItem,
} from './matrix/presets.js';
export { matrixChecks, quickParseMatrix } from './matrix/matrix-schema.js';
export { parseMatrix } from './matrix/parse.js';
export { resolveMatrix, transposeMatrix } from './matrix/resolve.js';
export {
  matrixConsensus,
  tallyMatrixColumns,
  tallyMatrixRows,
  type MatrixConsensus,
  type MatrixTally,
} from './matrix/tally.js';
export {
  addMatrixColumn,
  addMatrixRow,
  clearMatrixCell,
  cycleMatrixCell,
  moveMatrixColumn,
  moveMatrixRow,
  removeMatrixColumn,
  removeMatrixRow,
  renameMatrixColumn,
  renameMatrixRow,
  setMatrixCell,
  setMatrixNoAnswer,
  toggleMatrixMain,
  type NewMatrixItem,
} from './matrix/edit.js';
export {
  describeMatrixCell,
  describeMatrixConsensus,
  describeMatrixTally,
  matrixCaption,
  matrixCellValue,
  matrixItemsValue,
  matrixLegend,
  summarizeMatrixConsensus,
} from './matrix/describe.js';
export { describeMatrixEdit, type MatrixEdit } from './matrix/describe-edit.js';
export { deriveNetworkStatus, networkOfModels } from './matrix/derive.js';
export { matrixToCsv, type MatrixCsvOptions } from './matrix/csv.js';
export { matrixMessages, type MatrixMessages } from './i18n/matrix.js';
export {
  matrixErrorMessages,
  matrixIssueText,
  type MatrixErrorKey,
  type MatrixErrorMessages,
  type MatrixIssueKey,
} from './matrix/error-messages.js';

// The workshop boards (SWOT, assessment cross, situation board): documents, parse, edits, votes,
// summaries, exports.
export type {
  AssessmentCrossDocument,
  BoardDocument,
  BoardKind,
  BoardNote,
  ColumnCount,
  NoteColor,
  NotePlace,
  SituationArea,
  SituationBoardDocument,
  SwotData,
  SwotDocument,
  VoteLedger,
} from './board/types.js';
export {
  BOARD_KINDS,
  BOARD_LAYOUTS,
  NOTE_COLORS,
  NOTE_COLOR_KEYS,
  boardColumnIds,
  type BoardColumn,
} from './board/layouts.js';
export { boardChecks, quickParseBoard } from './board/board-schema.js';
export { boardErrors } from './board/board-errors.js';
export { parseBoard } from './board/parse.js';
export {
  addNote,
  arrowTarget,
  boardColumns,
  columnNotes,
  deleteNote,
  editNote,
  findNote,
  moveNote,
  newNoteId,
  setNoteVotes,
  setNotesHidden,
  sortBoardByVotes,
  sortNotesByVotes,
  type NewNote,
  type NoteChanges,
} from './board/edit.js';
export { castVote, roomVote, takeBackVote, votesGiven, votesLeft } from './board/votes.js';
export {
  boardCaption,
  boardCounts,
  boardKindName,
  describeHidden,
  describeNoteCount,
  describePortfolio,
  describeVotes,
  serviceName,
  situationAreaName,
  situationSentence,
  swotPortfolioSummary,
  type PortfolioRow,
  type PortfolioSummary,
} from './board/summary.js';
export { boardToCsv, boardToJson, boardToMarkdown } from './board/export.js';
export { boardMessages, type BoardMessages } from './i18n/board.js';
export {
  boardErrorMessages,
  type BoardErrorKey,
  type BoardErrorMessages,
} from './board/error-messages.js';
// The follow-up plan: document, parse, row flags, state, sort and filter, edits, paste, files.
export type {
  FollowUpColumn,
  FollowUpDocument,
  FollowUpRow,
  FollowUpSection,
  FollowUpStatus,
} from './follow-up/types.js';
export {
  FOLLOW_UP_STATUSES,
  followUpDocumentSchema,
  followUpIssues,
  followUpRowIssues,
  followUpChecks,
  quickParseFollowUp,
  type FollowUpRowIssue,
} from './follow-up/schema.js';
export { parseFollowUp } from './follow-up/parse.js';
export { formatWhen, isoDay, readWhen, todayIso, type FollowUpWhen } from './follow-up/dates.js';
export {
  FOLLOW_UP_COLUMNS,
  followUpAreaChoices,
  followUpAreaText,
  followUpCellText,
  followUpColumnTitle,
  followUpFilterChoices,
  followUpRowMatches,
  followUpRowState,
  followUpRowStatus,
  followUpSectionTitle,
  followUpStatusName,
  followUpSummaryText,
  followUpTimelineItems,
  groupFollowUpRows,
  sortFollowUpRows,
  summarizeFollowUp,
  type FollowUpFilter,
  type FollowUpGroup,
  type FollowUpRowState,
  type FollowUpSort,
  type FollowUpSummary,
} from './follow-up/plan.js';
export {
  addFollowUpRow,
  deleteFollowUpRow,
  duplicateFollowUpRow,
  followUpRowNumbers,
  followUpRows,
  moveFollowUpRow,
  setFollowUpCell,
} from './follow-up/edit.js';
export {
  describeFollowUpPaste,
  followUpPastedText,
  planFollowUpPaste,
  type PasteRowChange,
  type PastePlan,
  type PasteTarget,
} from './follow-up/paste.js';
export { followUpToCsv, followUpToMarkdown, followUpToText } from './follow-up/export.js';
export {
  followUpTimeline,
  type FollowUpTimeline,
  type TimelineBar,
  type TimelineItem,
  type TimelineTick,
} from './follow-up/timeline.js';
export { followUpMessages, type FollowUpMessages } from './i18n/follow-up.js';
export {
  followUpErrorMessages,
  type FollowUpErrorKey,
  type FollowUpErrorMessages,
} from './follow-up/error-messages.js';

// Venn geometry: marker layout and region outlines.
export {
  layoutVenn,
  type VennAreaInput,
  type VennLayout,
  type VennLayoutOptions,
  type VennMarker,
} from './venn/layout.js';
export { levelMask, type VennBox, type VennCircle, type VennFrame } from './venn/frame.js';
export { regionPaths } from './venn/paths.js';

// The annual wheel: document, example, parse, geometry and labels, order, edits, iCalendar.
export type { WheelActivity, WheelDocument, WheelPresetId, WheelRing } from './wheel/types.js';
export { wheelPreset } from './wheel/presets.js';
export { quickParseWheel, wheelChecks, type ReportWheelIssue } from './wheel/wheel-schema.js';
export { parseWheel } from './wheel/parse.js';
export {
  activityAngles,
  dayAngle,
  layoutWheel,
  type WheelLayout,
  type WheelLayoutOptions,
  type WheelMonthSector,
  type WheelRingBand,
  type WheelShape,
  type WheelSizes,
} from './wheel/geometry.js';
export {
  placeLabels,
  type LabelBox,
  type LabelInput,
  type LabelOptions,
  type PlacedLabel,
} from './wheel/labels.js';
export {
  activitiesByMonth,
  activitiesInYear,
  activityByMonth,
  type DatedActivity,
  type WheelMonth,
} from './wheel/order.js';
export {
  addWheelActivity,
  addWheelRing,
  deleteWheelActivity,
  moveWheelActivity,
  moveWheelRing,
  removeWheelRing,
  renameWheelRing,
  shiftWheelActivity,
  updateWheelActivity,
  type NewWheelActivity,
  type WheelActivityPatch,
} from './wheel/edit.js';
export {
  describeWheelEdit,
  formatActivityDates,
  formatWheelDate,
  monthName,
  type WheelEdit,
} from './wheel/describe.js';
export { wheelToIcs, type WheelIcsOptions } from './wheel/ics.js';
export { wheelMessages, type WheelMessages } from './i18n/wheel.js';
export {
  wheelErrorMessages,
  type WheelErrorKey,
  type WheelErrorMessages,
} from './wheel/error-messages.js';
