// Types of the annual wheel document (`<mulighetsrom-annual-wheel>`, issue 13 «Data»). Types
// only: no runtime code.

/** The built-in example wheels. */
export type WheelPresetId = 'partnerskap';

/** One concentric ring (a lane: Partnerskapet, Kommunen, NAV/staten, Kontoret). */
export interface WheelRing {
  id: string;
  label: string;
  [extra: string]: unknown;
}

/**
 * One activity: from `start` to `end` (ISO dates `YYYY-MM-DD`, both days included; `end` left
 * out or equal to `start` is a one-day activity, drawn as a marker). An `end` in the next year
 * crosses New Year. `checklist: "model"` marks a meeting where the opportunity-space model is
 * the checklist.
 */
export interface WheelActivity {
  id: string;
  ring: string;
  title: string;
  start: string;
  end?: string;
  checklist?: 'model';
  note?: string;
  link?: string;
  [extra: string]: unknown;
}

/** The wheel data. Unknown fields are kept. */
export interface WheelDocument {
  title?: string;
  /** The year the wheel opens at (else the year of today). */
  year?: number;
  /** Set by a built-in example (`wheelPreset()`): the widget labels the data as an example. */
  preset?: WheelPresetId;
  rings: WheelRing[];
  activities: WheelActivity[];
  [extra: string]: unknown;
}
