import { describe, expect, it } from 'vitest';
import { lines, readWorkspaceForm, readYear } from './workspace-form.js';

const form = (fields: Record<string, string>) => ({ get: (name: string) => fields[name] ?? null });

describe('readWorkspaceForm', () => {
  it('reads the fields, owners and participants one per line', () => {
    expect(
      readWorkspaceForm(
        form({
          name: ' NAV Solvik ',
          office: 'NAV Solvik',
          municipality: '',
          year: '2027',
          owners: 'Rådmann\n\n  Fylkesdirektør ',
          participants: 'Kari\r\nOla',
        }),
      ),
    ).toEqual({
      ok: true,
      value: {
        name: 'NAV Solvik',
        office: 'NAV Solvik',
        year: 2027,
        owners: ['Rådmann', 'Fylkesdirektør'],
        participants: ['Kari', 'Ola'],
      },
    });
  });

  it('names each missing or bad field', () => {
    expect(readWorkspaceForm(form({ name: '  ', year: '27' }))).toEqual({
      ok: false,
      errors: { name: 'nameMissing', year: 'yearInvalid' },
    });
  });

  it('reads years and lines', () => {
    expect(readYear('1999')).toBeUndefined();
    expect(readYear(' 2100 ')).toBe(2100);
    expect(readYear('20x5')).toBeUndefined();
    expect(lines(' a \n\nb')).toEqual(['a', 'b']);
  });
});
