import { describe, expect, it } from 'vitest';
import { newWorkspace } from '../workspace/new-workspace.js';
import { STEP_IDS, type Workspace } from '../workspace/document.js';
import {
  pageRule,
  posterData,
  rowWhen,
  type Poster,
  stepDecisions,
  workspacePosters,
} from './print-posters.js';

const base = newWorkspace({ name: 'NAV Solvik' }, 'nb', new Date('2026-12-04T12:00:00Z'));
const workspace: Workspace = {
  ...base,
  localWorkNotes: 'Møte med rådmannen.',
  model: {
    areas: [
      { id: 16, status: 'improve', planned: true },
      { id: 3, status: 'strong', planned: true },
      { id: 5, status: 'strong' },
    ],
  },
  situationBoards: { '16': { area: 16, desired: [] }, '7': { area: 7 } },
  developmentPlans: { '3': { why: 'Fordi.' } },
  followUpPlan: { rows: [{ id: 'r1', what: 'Avtale møter' }] },
  businessPlan: { rows: [{ id: 'b1', what: 'Plan', when: '2. halvår' }] },
};

describe('the posters of a workspace', () => {
  it('lists every poster once, in the order of the process', () => {
    const keys = workspacePosters(workspace).map((p) => `${p.key}${'area' in p ? p.area : ''}`);
    expect(keys).toEqual([
      'workPlan',
      'assessmentCross',
      'expectationsRadmann',
      'expectationsFylkesdirektor',
      'followUpPlan',
      'localWorkNotes',
      'model',
      'developmentPlan3',
      'situationBoard16',
      'situationBoard7',
      'businessPlan',
      'helpsAndHinders',
      'ideas',
      'nextSteps',
      'wheel',
    ]);
  });

  it('gives one step its own posters; the model in gathering 3 too', () => {
    expect(workspacePosters(workspace, 'gathering-3').map((p) => p.key)).toEqual([
      'model',
      'helpsAndHinders',
    ]);
    expect(workspacePosters({ ...workspace, localWorkNotes: ' ' }, 'local-work')).toEqual([]);
    for (const step of STEP_IDS)
      for (const poster of workspacePosters(workspace, step)) expect(poster.step).toBe(step);
  });

  it('hands each widget its document as it is in the workspace', () => {
    const [plan] = workspacePosters(workspace, 'gathering-1').slice(-1);
    expect(plan).toMatchObject({
      widget: 'mulighetsrom-follow-up-table',
      data: workspace.followUpPlan,
    });
  });
});

describe('what a step decided', () => {
  it('each gathering with its own plan rows', () => {
    expect(stepDecisions(workspace, 'gathering-1')).toEqual({ rows: workspace.followUpPlan.rows });
    expect(stepDecisions(workspace, 'gathering-2')).toEqual({
      areas: [3, 16],
      rows: workspace.businessPlan.rows,
    });
    expect(stepDecisions(workspace, 'gathering-3')).toEqual({ areas: [3, 16] });
    expect(stepDecisions(workspace, 'local-work')).toEqual({});
  });

  it('a row’s «when» is its free text, else its dates', () => {
    expect(rowWhen({ id: 'a', when: 'fortløpende', start: '2027-01-01' })).toBe('fortløpende');
    expect(rowWhen({ id: 'a', start: '2027-01-01', end: '2027-02-01' })).toBe(
      '2027-01-01–2027-02-01',
    );
    expect(rowWhen({ id: 'a' })).toBe('');
  });
});

describe('the page rule', () => {
  it('names the paper and the orientation', () => {
    expect(pageRule('A4', 'portrait')).toBe('@page { size: A4 portrait; margin: 12mm; }');
    expect(pageRule('A3', 'landscape')).toContain('size: A3 landscape;');
  });
});

describe('a poster’s data', () => {
  it('an untitled plan or SWOT is titled as its poster; the others are as they are', () => {
    const widgets = workspacePosters(workspace).filter(
      (p): p is Extract<Poster, { widget: string }> => 'widget' in p,
    );
    const find = (key: string) => widgets.find((p) => p.key === key)!;
    expect(posterData(find('workPlan'), 'Arbeidsplan')).toEqual({ rows: [], title: 'Arbeidsplan' });
    expect(posterData(find('helpsAndHinders'), 'Hva hjelper')).toEqual({ title: 'Hva hjelper' });
    const titled = { ...find('workPlan'), data: { title: 'Egen', rows: [] } };
    expect(posterData(titled, 'x')).toEqual({ title: 'Egen', rows: [] });
    for (const key of ['model', 'assessmentCross', 'expectationsRadmann', 'wheel'])
      expect(posterData(find(key), 'x')).toBe(find(key).data);
  });
});
