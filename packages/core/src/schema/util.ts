/** A text a form really filled in: blank text (only spaces) counts as not given. @internal */
export const givenText = (text: unknown): text is string =>
  typeof text === 'string' && text.trim() !== '';

/** A non-null, non-array object (JSON object). @internal */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
