import { describe, expect, it } from 'vitest';
import { newWorkspace } from '../../workspace/new-workspace.js';
import { chosenAreas, rowsForArea, areaOfRoute, planHasText } from './areas.js';
import { overdueTasks, workspaceProgress } from './progress.js';

const empty = () => newWorkspace({ name: 'NAV Solvik' }, 'nb', new Date('2027-01-05T10:00:00Z'));

describe('workspaceProgress', () => {
  it('has no content in a new workspace', () => {
    const progress = workspaceProgress(empty(), '2027-01-05');
    expect(progress.map((p) => p.step)).toEqual([
      'preparation',
      'gathering-1',
      'local-work',
      'gathering-2',
      'gathering-3',
      'gathering-4',
      'annual-wheel',
    ]);
    expect(progress.every((p) => !p.hasContent && p.overdue.length === 0)).toBe(true);
  });

  it('counts what each step holds', () => {
    const w = empty();
    w.workPlan = {
      rows: [{ id: 'r1', what: 'Invitere' }, { id: 'row-2' }, { id: 'row-3', what: ' ' }],
    };
    w.assessmentCross = {
      worksWell: [{ id: 'n1', text: 'Tillit' }],
      how: [{ id: 'n2', text: 'Møter' }],
    };
    w.expectationsRadmann = {
      preset: 'radmann',
      cells: [{ row: 'radmenn', column: 'radmann-01', value: 'marked' }],
    };
    w.localWorkNotes = '  Møte med rådmannen  ';
    w.model = {
      areas: [
        { id: 3, status: 'improve', planned: true },
        { id: 5, status: 'strong' },
        { id: 7, status: 'unknown' },
      ],
    };
    w.situationBoards = { '3': { area: 3, desired: [{ id: 'n1', text: 'Faste møter' }] } };
    w.developmentPlans = { '3': { why: 'Fordi' }, '4': { why: '  ' } };
    w.ideas = { strengths: [{ id: 'i1', text: 'Felles kontor', votes: 3 }] };
    w.wheel = {
      year: 2027,
      rings: [],
      activities: [{ id: 'a', ring: 'p', title: 'Møte', start: '2027-03-01' }],
    };
    const byStep = Object.fromEntries(
      workspaceProgress(w, '2027-01-05').map((p) => [p.step, p.counts]),
    );
    expect(byStep['preparation']).toEqual([{ kind: 'rows', count: 1 }]);
    expect(byStep['gathering-1']).toEqual([
      { kind: 'notes', count: 2 },
      { kind: 'marks', count: 1 },
    ]);
    expect(byStep['local-work']).toEqual([{ kind: 'text', count: 1 }]);
    expect(byStep['gathering-2']).toEqual([
      { kind: 'chosen', count: 1 },
      { kind: 'notes', count: 1 },
      { kind: 'plans', count: 1 },
    ]);
    expect(byStep['gathering-3']).toEqual([{ kind: 'areas', count: 2 }]);
    expect(byStep['gathering-4']).toEqual([{ kind: 'notes', count: 1 }]);
    expect(byStep['annual-wheel']).toEqual([{ kind: 'activities', count: 1 }]);
  });

  it('finds overdue tasks by core’s rule: end before today and not done', () => {
    const w = empty();
    w.followUpPlan = {
      rows: [
        { id: 'late', what: 'Sende referat', end: '2027-01-04' },
        { id: 'done', what: 'Ferdig', end: '2027-01-01', status: 'done' },
        { id: 'today', what: 'I dag', end: '2027-01-05' },
        { id: 'free', what: 'Fortløpende', when: 'fortløpende' },
      ],
    };
    w.nextSteps = { rows: [{ id: 'n', what: 'Neste', end: '2026-12-01', status: 'doing' }] };
    expect(overdueTasks(w, '2027-01-05').map((t) => [t.plan, t.step, t.row.id])).toEqual([
      ['followUpPlan', 'gathering-1', 'late'],
      ['nextSteps', 'gathering-4', 'n'],
    ]);
    const g1 = workspaceProgress(w, '2027-01-05').find((p) => p.step === 'gathering-1');
    expect(g1?.overdue.map((t) => t.row.id)).toEqual(['late']);
  });
});

describe('areas', () => {
  it('lists the chosen areas in number order and the rows about one area', () => {
    const w = empty();
    w.model = { areas: [{ id: 16, planned: true }, { id: 3, planned: true }, { id: 4 }] };
    expect(chosenAreas(w.model)).toEqual([3, 16]);
    w.followUpPlan = {
      rows: [
        { id: 'a', area: 3 },
        { id: 'b', area: 4 },
      ],
    };
    w.businessPlan = { rows: [{ id: 'c', area: '3' }, { id: 'd' }] };
    expect(rowsForArea(w, 3).map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('reads an area route part and tells an empty plan', () => {
    expect(areaOfRoute('16')).toBe(16);
    expect(areaOfRoute('0')).toBeUndefined();
    expect(areaOfRoute('21')).toBeUndefined();
    expect(areaOfRoute('x')).toBeUndefined();
    expect(planHasText({ why: ' ' })).toBe(false);
    expect(planHasText({ evaluate: 'Årlig' })).toBe(true);
  });
});
