// Reading the new-workspace form: the name is required, the year a whole year, owners and
// participants one per line.
import type { NewWorkspace } from '../workspace/new-workspace.js';

export type FormErrors = Partial<Record<'name' | 'year', 'nameMissing' | 'yearInvalid'>>;

/** Non-empty trimmed lines. */
export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** A year 2000–2100 from text, else undefined. */
export function readYear(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  const year = Number(trimmed);
  return year >= 2000 && year <= 2100 ? year : undefined;
}

export function readWorkspaceForm(data: {
  get(name: string): unknown;
}): { ok: true; value: NewWorkspace } | { ok: false; errors: FormErrors } {
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  const name = text('name').trim();
  const year = readYear(text('year'));
  const errors: FormErrors = {};
  if (name === '') errors.name = 'nameMissing';
  if (year === undefined) errors.year = 'yearInvalid';
  if (errors.name || errors.year) return { ok: false, errors };
  const office = text('office').trim();
  const municipality = text('municipality').trim();
  return {
    ok: true,
    value: {
      name,
      ...(office ? { office } : {}),
      ...(municipality ? { municipality } : {}),
      year,
      owners: lines(text('owners')),
      participants: lines(text('participants')),
    },
  };
}
