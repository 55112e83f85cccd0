// Shared types of the domain core. The contract between core, elements and the demo app.

/** The three languages every user-facing string exists in. */
export type Lang = 'nb' | 'nn' | 'en';

/** A text in every supported language. */
export type Localized = Readonly<Record<Lang, string>>;

/** One problem found in user data. `path` is a JSON path, e.g. `$.areas[3].status`. */
export interface DataError {
  readonly path: string;
  readonly message: Localized;
}

/** Parsers never throw on user data: they return the data or every error found. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly DataError[] };

export type LevelId = 'eier' | 'kontor' | 'tjeneste';

export interface Level {
  readonly id: LevelId;
  readonly name: Localized;
  readonly description: Localized;
}

export interface AreaDefinition {
  /** 1–20 for the built-in areas; custom catalogs may add more. */
  readonly id: number;
  readonly name: Localized;
  /** Non-empty subset of the levels; decides the Venn region. */
  readonly levels: readonly LevelId[];
  /** The pilot network (Agder 2018–19) prioritised this area. */
  readonly prioritisedInPilot: boolean;
  /** Our own short description (written for this project, not copied from the seeds). */
  readonly description: Localized;
  /** The suggested tool / template, if the seed names one. */
  readonly tool?: Localized;
}

/** Status of an area in a partnership's model. */
export type AreaStatus = 'strong' | 'improve' | 'unknown';

/** One area's entry in a model document. Unknown fields are kept. */
export interface ModelAreaEntry {
  id: number;
  status?: AreaStatus;
  planned?: boolean;
  note?: string;
  [extra: string]: unknown;
}

/** A custom catalog entry: adds an area (name + levels required) or renames/re-describes one. */
export interface CatalogAreaInput {
  id: number;
  name?: string;
  levels?: LevelId[];
  description?: string;
  tool?: string;
  [extra: string]: unknown;
}

/** The data of `<mulighetsrom-model>` for one partnership. Unknown fields are kept. */
export interface ModelDocument {
  title?: string;
  areas?: ModelAreaEntry[];
  catalog?: { areas: CatalogAreaInput[]; [extra: string]: unknown };
  [extra: string]: unknown;
}

/** One document, or several (compare mode). */
export type ModelData = ModelDocument | ModelDocument[];
