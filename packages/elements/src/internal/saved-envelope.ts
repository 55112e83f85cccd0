// What a widget saves under its storage-key: the value in an envelope that names the widget and
// the version of its saved shape, so a later release can migrate old work instead of losing it.

export const SAVED_FORMAT = 'mulighetsrom-saved-work';

export interface SavedEnvelope {
  readonly format: typeof SAVED_FORMAT;
  /** The widget's tag name: work saved by one widget is never opened by another. */
  readonly widget: string;
  /** The version of the saved shape (the widget's `savedWorkVersion`). */
  readonly version: number;
  /** When it was saved (ISO 8601). */
  readonly savedAt: string;
  readonly value: unknown;
}

/** What a widget knows about its saved shape. */
export interface SavedShape {
  readonly widget: string;
  readonly version: number;
  /** Brings a value saved at version `from` (0: before envelopes) up to `version`. */
  migrate(value: unknown, from: number): unknown;
}

/** Saved text, read: a value to check, or why it cannot be opened. */
export type OpenedSaved =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'newer'; readonly version: number };

export function wrapSaved(value: unknown, shape: SavedShape, now = new Date()): string {
  const envelope: SavedEnvelope = {
    format: SAVED_FORMAT,
    widget: shape.widget,
    version: shape.version,
    savedAt: now.toISOString(),
    value,
  };
  return JSON.stringify(envelope);
}

function isEnvelope(value: unknown): value is SavedEnvelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === SAVED_FORMAT
  );
}

/**
 * Opens saved text. Text without an envelope is work saved before envelopes existed (version 0)
 * and is migrated like any older version. A migration that throws makes the work unreadable.
 */
export function openSaved(text: string, shape: SavedShape): OpenedSaved {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'unreadable' };
  }
  let version = 0;
  let value = parsed;
  if (isEnvelope(parsed)) {
    if (parsed.widget !== shape.widget) return { kind: 'unreadable' };
    if (!Number.isInteger(parsed.version) || parsed.version < 0) return { kind: 'unreadable' };
    if (parsed.version > shape.version) return { kind: 'newer', version: parsed.version };
    version = parsed.version;
    value = parsed.value;
  }
  if (version === shape.version) return { kind: 'value', value };
  try {
    return { kind: 'value', value: shape.migrate(value, version) };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** The key the unreadable text is kept under, beside the widget's own. */
export function keptAsideKey(key: string, now = new Date()): string {
  return `${key}:unreadable:${now.toISOString()}`;
}
