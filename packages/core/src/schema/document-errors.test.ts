import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { localize } from '../i18n/localize.js';
import type { Lang } from '../types.js';
import {
  documentErrors,
  parseChecked,
  rejectedData,
  type DocumentChecks,
} from './document-errors.js';

const messages: Record<Lang, { twice: string }> = {
  nb: { twice: 'To ganger: {id}' },
  nn: { twice: 'To gonger: {id}' },
  en: { twice: 'Twice: {id}' },
};
const checks: DocumentChecks<'twice'> = {
  schema: v.object({ ids: v.array(v.string()) }),
  issues: (doc, report) => {
    const ids = Array.isArray(doc.ids) ? doc.ids : [];
    ids.forEach(
      (id, i) => ids.indexOf(id) !== i && report(['ids', i], 'twice', { id: String(id) }),
    );
  },
};
const text = (key: 'twice', params?: Record<string, string | number>) =>
  localize(messages, key, params);

describe('documentErrors', () => {
  it('names the schema issues and the checks findings, with paths under the prefix', () => {
    const errors = documentErrors({ ids: ['a', 'a', 3] }, checks, messages, text, [2]);
    expect(errors.map((e) => e.path)).toEqual(['$[2].ids[2]', '$[2].ids[1]']);
    expect(errors[1]?.message).toEqual({ nb: 'To ganger: a', nn: 'To gonger: a', en: 'Twice: a' });
  });

  it('runs the checks only on an object: an array gets only the schema issues', () => {
    const errors = documentErrors(['a', 'a'], checks, messages, text);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => e.message.en.startsWith('Twice'))).toBe(false);
  });
});

describe('parseChecked and rejectedData', () => {
  it('give the value when nothing is wrong, the errors otherwise, and never throw', () => {
    expect(
      parseChecked(
        () => [],
        () => 1,
      ),
    ).toEqual({ ok: true, value: 1 });
    const thrown = parseChecked(
      () => {
        throw new Error('a throwing getter');
      },
      () => 1,
    );
    expect(thrown.ok).toBe(false);
  });

  it('reject with a general error when the check named none', () => {
    const result = rejectedData(() => []);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['$']);
  });
});
