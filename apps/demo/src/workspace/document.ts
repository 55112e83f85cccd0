// One partnership's workspace: every poster of the four-gathering process as the widgets'
// own documents, so each widget gets its part as `.data` and gives it back through `.value`.
// The store (./store.ts) is the only module that reads or writes workspaces.
import type {
  AssessmentCrossDocument,
  FollowUpDocument,
  MatrixDocument,
  ModelDocument,
  SituationBoardDocument,
  SwotDocument,
  WheelDocument,
} from '@mulighetsrom/core';

/** Bumped when the saved shape changes; ./migrate.ts brings older documents up to it. */
export const SCHEMA_VERSION = 1;

/** The steps of the process, in order (domain.md §6). */
export const STEP_IDS = [
  'preparation',
  'gathering-1',
  'local-work',
  'gathering-2',
  'gathering-3',
  'gathering-4',
  'annual-wheel',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Appendix B's questions for one chosen area; each answer is free text. */
export interface DevelopmentPlan {
  /** Why this area, and what the partnership wants to achieve. */
  why?: string;
  /** What must be done, why and when. */
  what?: string;
  /** How it will be done. */
  how?: string;
  /** Who must be involved. */
  involve?: string;
  /** Who is responsible. */
  responsible?: string;
  /** How the work is followed up and evaluated. */
  evaluate?: string;
  [extra: string]: unknown;
}

export interface Workspace {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  /** E.g. «NAV Solvik». */
  name: string;
  office: string;
  municipality: string;
  owners: string[];
  participants: string[];
  /** The year of the annual wheel and the plans. */
  year: number;
  /** Example data (the Agder network): shown with an «Eksempel» label everywhere. */
  example?: boolean;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Preparation: the work plan. */
  workPlan: FollowUpDocument;
  /** Gathering 1. */
  assessmentCross: AssessmentCrossDocument;
  expectationsRadmann: MatrixDocument;
  expectationsFylkesdirektor: MatrixDocument;
  followUpPlan: FollowUpDocument;
  /** Local work between gatherings 1 and 2: free notes. */
  localWorkNotes: string;
  /** The model: statuses (gathering 3) and the up-to-three chosen areas (`planned`, gathering 2). */
  model: ModelDocument;
  /** Gathering 2: a situation board and a development plan per chosen area, keyed by area id. */
  situationBoards: Record<string, SituationBoardDocument>;
  developmentPlans: Record<string, DevelopmentPlan>;
  businessPlan: FollowUpDocument;
  /** Gathering 3: what helps and what hinders. */
  helpsAndHinders: SwotDocument;
  /** Gathering 4: the hunt for new ideas (dot voting) and the next steps. */
  ideas: SwotDocument;
  nextSteps: FollowUpDocument;
  wheel: WheelDocument;
  [extra: string]: unknown;
}

/** What a list of workspaces shows without loading each one. */
export interface WorkspaceSummary {
  id: string;
  name: string;
  example: boolean;
  updatedAt: string;
}
