/** Values a message placeholder can take. */
export type FormatParams = Readonly<Record<string, string | number>>;

/**
 * Replace `{name}` placeholders with values. Unknown placeholders are left as they are, so a
 * missing parameter is visible instead of silently empty. Values are inserted as text only.
 */
export function format(template: string, params: FormatParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
