import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFollowUp } from './parse.js';
import { quickParseFollowUp, followUpRowIssues } from './schema.js';
import type { FollowUpDocument } from './types.js';

const PLAN = {
  title: 'Plan for oppfølging',
  sections: [{ id: 'arbeid', title: 'Flere i arbeid', colour: 'kept' }],
  rows: [
    {
      id: 'r1',
      what: 'Felles møte',
      responsible: 'NAV-leder',
      start: '2026-01-10',
      end: '2026-03-01',
      when: 'fortløpende',
      status: 'todo',
      area: 16,
      section: 'arbeid',
      own: { nested: [1, 2] },
    },
  ],
  extra: true,
};

describe('parseFollowUp', () => {
  it('reads a plan as a deep copy, unknown fields kept', () => {
    const result = parseFollowUp(PLAN);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(PLAN);
    expect(result.value).not.toBe(PLAN);
    expect(result.value.rows![0]!.own).not.toBe(PLAN.rows[0]!.own);
  });

  it('generates missing and blank ids, not taken ones, and keeps them', () => {
    const input = { rows: [{ what: 'a' }, { id: 'row-1', what: 'b' }, { id: '  ', what: 'c' }] };
    const result = parseFollowUp(input);
    expect(result.ok && result.value.rows!.map((r) => r.id)).toEqual(['row-2', 'row-1', 'row-3']);
    expect(quickParseFollowUp(input)).toEqual(result.ok && result.value);
    // The input is not changed.
    expect(input.rows[0]).toEqual({ what: 'a' });
  });

  it('keeps and does not reject rows with bad fields', () => {
    const input = {
      sections: [{ id: 's' }],
      rows: [
        {
          id: 'x',
          what: 3,
          start: '2026-13-01',
          end: '2026-02-30',
          status: 'maybe',
          area: 99,
          section: 'nope',
        },
      ],
    };
    const result = parseFollowUp(input);
    expect(result.ok).toBe(true);
    const issues = followUpRowIssues(input.rows[0] as never, new Set(['s']));
    expect(issues.map((i) => `${i.field}:${i.key}`)).toEqual([
      'what:expectedText',
      'start:invalidDate',
      'end:invalidDate',
      'status:invalidStatus',
      'area:invalidArea',
      'section:unknownSection',
    ]);
    expect(issues[1]!.value).toBe('2026-13-01');
  });

  it('flags an end before the start, and nothing for a sound row', () => {
    expect(
      followUpRowIssues({ id: 'a', start: '2026-03-01', end: '2026-01-10' }, new Set()),
    ).toEqual([{ field: 'end', key: 'endBeforeStart', value: '2026-01-10' }]);
    expect(followUpRowIssues(PLAN.rows[0] as never, new Set(['arbeid']))).toEqual([]);
    expect(followUpRowIssues({ id: 'a', area: 'Eget område' }, new Set())).toEqual([]);
  });

  it.each([
    [null, '$'],
    [[], '$'],
    [{ title: 4 }, '$.title'],
    [{ rows: {} }, '$.rows'],
    [{ rows: ['text'] }, '$.rows[0]'],
    [{ rows: [{ id: 5 }] }, '$.rows[0].id'],
    [{ sections: [{ title: 'x' }] }, '$.sections[0].id'],
    [{ sections: [{ id: 'a' }, { id: 'a' }] }, '$.sections[1].id'],
    [{ rows: [{ id: 'a' }, { id: 'a' }] }, '$.rows[1].id'],
  ])('rejects %j with an error at %s, in three languages', (input, path) => {
    const result = parseFollowUp(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain(path);
    for (const error of result.errors) {
      expect(error.message.nb).not.toBe('');
      expect(error.message.en).not.toBe(error.message.nb);
    }
    expect(quickParseFollowUp(input)).toBeUndefined();
  });

  it('names the duplicate id', () => {
    const result = parseFollowUp({ rows: [{ id: 'a' }, { id: 'a' }] });
    expect(!result.ok && result.errors[0]!.message.nb).toContain('«a»');
  });

  it('never throws on exotic input', () => {
    const cycle: Record<string, unknown> = { rows: [] };
    (cycle.rows as unknown[]).push(cycle);
    expect(parseFollowUp(cycle).ok).toBe(false);
    expect(quickParseFollowUp(cycle)).toBeUndefined();
  });

  it('agrees with the quick check on any JSON (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json().map((t) => JSON.parse(t) as unknown),
          fc.record({
            rows: fc.array(
              fc.record(
                { id: fc.oneof(fc.constantFrom('a', 'b', ''), fc.integer()), what: fc.string() },
                { requiredKeys: [] },
              ),
            ),
          }),
        ),
        (input) => {
          const result = parseFollowUp(input);
          const quick = quickParseFollowUp(input);
          if (result.ok) expect(quick).toEqual(result.value);
          else expect(quick).toBeUndefined();
        },
      ),
    );
  });

  it('types the value', () => {
    const result = parseFollowUp(PLAN);
    const doc: FollowUpDocument | undefined = result.ok ? result.value : undefined;
    expect(doc?.rows?.[0]?.status).toBe('todo');
  });
});
