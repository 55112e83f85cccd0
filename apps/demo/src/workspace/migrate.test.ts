import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from './document.js';
import {
  LEGACY_MODEL_ITEM,
  migrateErrorText,
  migrateWorkspace,
  readLegacyModel,
  workspaceFromLegacyModel,
} from './migrate.js';
import { newWorkspace } from './new-workspace.js';
import { checkWorkspace } from './schema.js';

/** Saved by today's demo page: its model widget, area 5 set strong and 8 improve, read back. */
const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/demo-model-v1.json', import.meta.url), 'utf8'),
) as { key: string; text: string };

const solvik = () => newWorkspace({ name: 'NAV Solvik' }, 'nb', new Date('2026-01-05T10:00:00Z'));

describe('migrateWorkspace', () => {
  it('takes a current workspace as it is (a copy, unknown fields kept)', () => {
    const workspace = { ...solvik(), custom: { kept: true } };
    const result = migrateWorkspace(workspace);
    expect(result).toMatchObject({ ok: true, from: SCHEMA_VERSION });
    if (!result.ok) return;
    expect(result.workspace).toEqual(workspace);
    expect(result.workspace).not.toBe(workspace);
  });

  it('brings a version-0 workspace (no schemaVersion, posters missing) up to date', () => {
    const { schemaVersion: _, helpsAndHinders: _h, wheel: _w, ...old } = solvik();
    const result = migrateWorkspace({ ...old, model: { areas: [{ id: 3, status: 'strong' }] } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toBe(0);
    expect(result.workspace.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.workspace.helpsAndHinders).toEqual({});
    expect(result.workspace.wheel).toMatchObject({ rings: [], activities: [] });
    expect(result.workspace.model.areas).toEqual([{ id: 3, status: 'strong' }]);
    expect(result.workspace.id).toBe(old.id);
  });

  it('refuses a workspace from a newer version of the app, in every language', () => {
    const result = migrateWorkspace({ ...solvik(), schemaVersion: SCHEMA_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.key).toBe('newerSchema');
    expect(result.error.message.nb).toContain(`skjemaversjon ${SCHEMA_VERSION + 1}`);
    expect(result.error.message.nn).toContain('nyare versjon');
    expect(result.error.message.en).toContain('newer version');
  });

  it('refuses what is not a workspace, and a bad schema version', () => {
    for (const input of [null, 3, 'x', [], undefined])
      expect(migrateWorkspace(input)).toMatchObject({ ok: false, error: { key: 'notWorkspace' } });
    expect(migrateWorkspace({ ...solvik(), schemaVersion: '1' })).toMatchObject({
      ok: false,
      error: { key: 'badSchemaVersion' },
    });
  });

  it('names what is wrong in a broken workspace, with its path, localized', () => {
    const result = migrateWorkspace({ ...solvik(), owners: 'Rådmann', model: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.key).toBe('invalidWorkspace');
    expect(result.error.details.map((d) => d.path)).toEqual(['$.owners', '$.model']);
    expect(migrateErrorText(result.error, 'nb')).toMatch(/^Arbeidsflaten har feil\. \$\.owners: /);
    expect(migrateErrorText(result.error, 'en')).toMatch(
      /^The workspace has errors\. \$\.owners: /,
    );
  });
});

describe('schema', () => {
  it('checks the widgets’ documents loosely: any object, unknown fields kept', () => {
    const workspace = { ...solvik(), model: { areas: 'the widget checks this', extra: 1 } };
    const checked = checkWorkspace(workspace);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.workspace.model).toEqual(workspace.model);
  });

  it('reports every missing part', () => {
    const { wheel: _, name: _n, ...partial } = solvik();
    const checked = checkWorkspace(partial);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.errors.map((e) => e.path).sort()).toEqual(['$.name', '$.wheel']);
  });
});

describe('today’s demo-model', () => {
  it('is the fixture as the widget saved it (versioned envelope under mulighetsrom:demo-model)', () => {
    expect(fixture.key).toBe(LEGACY_MODEL_ITEM);
    expect(JSON.parse(fixture.text)).toMatchObject({
      format: 'mulighetsrom-saved-work',
      widget: 'mulighetsrom-model',
      version: 1,
    });
  });

  it('becomes the model of a first workspace, with the reader’s edits', () => {
    const model = readLegacyModel(fixture.text);
    expect(model?.areas?.find((a) => a.id === 5)).toEqual({ id: 5, status: 'strong' });
    expect(model?.areas?.find((a) => a.id === 8)).toEqual({ id: 8, status: 'improve' });
    const workspace = workspaceFromLegacyModel(model!, 'Partnerskapet mitt', 'nb');
    expect(workspace.name).toBe('Eksempel: Solvik kommune og NAV Solvik');
    expect(workspace.model).toEqual(JSON.parse(fixture.text).value);
    expect(migrateWorkspace(workspace)).toMatchObject({ ok: true });
  });

  it('reads work saved before envelopes (bare JSON), and names an untitled one', () => {
    const model = readLegacyModel(JSON.stringify({ areas: [{ id: 2, status: 'strong' }] }));
    expect(model).toEqual({ areas: [{ id: 2, status: 'strong' }] });
    expect(workspaceFromLegacyModel(model!, 'My partnership', 'en').name).toBe('My partnership');
  });

  it('leaves alone what the widget would not open', () => {
    const envelope = JSON.parse(fixture.text);
    expect(readLegacyModel('{broken')).toBeUndefined();
    expect(
      readLegacyModel(JSON.stringify({ ...envelope, widget: 'mulighetsrom-swot' })),
    ).toBeUndefined();
    expect(readLegacyModel(JSON.stringify({ ...envelope, version: 2 }))).toBeUndefined();
    expect(readLegacyModel(JSON.stringify({ ...envelope, value: { areas: 'x' } }))).toBeUndefined();
  });
});
