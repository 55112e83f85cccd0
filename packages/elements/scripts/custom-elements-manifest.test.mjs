// Tests of the manifest plugin in custom-elements-manifest.config.mjs (node --test), and of the
// generated custom-elements.json when a build has made it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isInternalMember, publicApiOnly } from '../custom-elements-manifest.config.mjs';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('publicApiOnly', () => {
  it('removes private, protected, _/# and static members, keeps the rest', () => {
    const manifest = {
      modules: [
        {
          declarations: [
            {
              kind: 'class',
              name: 'X',
              members: [
                { kind: 'field', name: 'level' },
                { kind: 'method', name: 'select' },
                { kind: 'field', name: 'selectedId', privacy: 'private' },
                { kind: 'method', name: 'parseData', privacy: 'protected' },
                { kind: 'field', name: '_cache' },
                { kind: 'field', name: '#seq' },
                { kind: 'field', name: 'styles', static: true },
                {
                  kind: 'field',
                  name: 'language',
                  privacy: 'protected',
                  inheritedFrom: { name: 'MulighetsromElement' },
                },
              ],
              attributes: [{ name: 'level' }],
              events: [{ name: 'x-change' }],
              cssParts: [{ name: 'area' }],
              cssProperties: [{ name: '--x' }],
            },
            { kind: 'function', name: 'helper' },
          ],
        },
      ],
    };
    publicApiOnly().packageLinkPhase({ customElementsManifest: manifest, context: {} });
    const [cls, fn] = manifest.modules[0].declarations;
    assert.deepEqual(
      cls.members.map((m) => m.name),
      ['level', 'select', 'lang'],
    );
    assert.deepEqual(
      cls.attributes.map((a) => a.name),
      ['level', 'lang'],
    );
    assert.deepEqual(cls.events, [{ name: 'x-change' }]);
    assert.deepEqual(cls.cssParts, [{ name: 'area' }]);
    assert.deepEqual(cls.cssProperties, [{ name: '--x' }]);
    assert.deepEqual(fn, { kind: 'function', name: 'helper' });
    assert.equal(isInternalMember({ name: 'value' }), false);
  });

  it('the generated manifest lists the public API only', (t) => {
    const file = join(packageDir, 'custom-elements.json');
    if (!existsSync(file)) return t.skip('no custom-elements.json (run npm run build first)');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    const model = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'mulighetsrom-model');
    assert.ok(model, 'mulighetsrom-model is in the manifest');
    const names = model.members.map((member) => member.name);
    for (const name of [
      'level',
      'toolbar',
      'data',
      'src',
      'lang',
      'editable',
      'storageKey',
      'value',
    ])
      assert.ok(names.includes(name), `member ${name}`);
    for (const name of ['select', 'exportSVG', 'exportPNG'])
      assert.ok(
        model.members.some((m) => m.name === name && m.kind === 'method'),
        `method ${name}`,
      );
    for (const name of ['selectedId', 'onDiagramClick', 'uid', 'parseData'])
      assert.ok(!names.includes(name), `${name} is internal`);
    for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? []))
      for (const member of declaration.members ?? [])
        assert.ok(!isInternalMember(member), `${declaration.name}.${member.name} is internal`);
    assert.ok(model.events.some((event) => event.name === 'mulighetsrom-select'));
    assert.ok(model.cssParts.length > 0 && model.cssProperties.length > 0);
  });
  it("lists the three workshop boards with the engine's public API", (t) => {
    const file = join(packageDir, 'custom-elements.json');
    if (!existsSync(file)) return t.skip('no custom-elements.json (run npm run build first)');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    for (const tag of [
      'mulighetsrom-swot',
      'mulighetsrom-assessment-cross',
      'mulighetsrom-situation-board',
    ]) {
      const board = declarations.find((declaration) => declaration.tagName === tag);
      assert.ok(board, `${tag} is in the manifest`);
      const names = board.members.map((member) => member.name);
      for (const name of [
        'voteLimit',
        'roomMode',
        'silent',
        'toolbar',
        'name',
        'required',
        'value',
      ])
        assert.ok(names.includes(name), `${tag} member ${name}`);
      for (const name of [
        'exportJSON',
        'exportCSV',
        'exportMarkdown',
        'printPoster',
        'checkValidity',
      ])
        assert.ok(
          board.members.some((m) => m.name === name && m.kind === 'method'),
          `${tag} method ${name}`,
        );
      for (const name of ['editingKey', 'ledgers', 'parseData', 'kind'])
        assert.ok(!names.includes(name), `${tag}: ${name} is internal`);
      assert.ok(board.events.some((event) => event.name === 'mulighetsrom-change'));
      assert.ok(board.attributes.some((a) => a.name === 'vote-limit'));
    }
  });

  it('lists the annual wheel with its public API', (t) => {
    const file = join(packageDir, 'custom-elements.json');
    if (!existsSync(file)) return t.skip('no custom-elements.json (run npm run build first)');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    const wheel = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'mulighetsrom-annual-wheel');
    assert.ok(wheel, 'mulighetsrom-annual-wheel is in the manifest');
    const names = wheel.members.map((member) => member.name);
    for (const name of ['preset', 'year', 'toolbar', 'now', 'data', 'editable', 'value'])
      assert.ok(names.includes(name), `member ${name}`);
    for (const name of ['exportSVG', 'exportPNG', 'exportICS'])
      assert.ok(
        wheel.members.some((m) => m.name === name && m.kind === 'method'),
        `method ${name}`,
      );
    for (const name of ['selectedId', 'roving', 'uid', 'parseData', 'presetShown'])
      assert.ok(!names.includes(name), `${name} is internal`);
    for (const event of ['mulighetsrom-select', 'mulighetsrom-change', 'mulighetsrom-error'])
      assert.ok(
        wheel.events.some((e) => e.name === event),
        `event ${event}`,
      );
    const parts = wheel.cssParts.map((part) => part.name);
    for (const part of ['wheel', 'list', 'detail', 'toolbar', 'errors'])
      assert.ok(parts.includes(part), `part ${part}`);
  });

  it('lists the follow-up table with its public API', (t) => {
    const file = join(packageDir, 'custom-elements.json');
    if (!existsSync(file)) return t.skip('no custom-elements.json (run npm run build first)');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    const table = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'mulighetsrom-follow-up-table');
    assert.ok(table, 'mulighetsrom-follow-up-table is in the manifest');
    const names = table.members.map((member) => member.name);
    for (const name of ['toolbar', 'view', 'today', 'now', 'editable', 'data', 'value'])
      assert.ok(names.includes(name), `member ${name}`);
    for (const name of ['exportCSV', 'exportText', 'exportMarkdown'])
      assert.ok(
        table.members.some((m) => m.name === name && m.kind === 'method'),
        `method ${name}`,
      );
    for (const name of ['sort', 'filter', 'editing', 'pastePlan', 'roving', 'parseData'])
      assert.ok(!names.includes(name), `${name} is internal`);
    assert.ok(table.events.some((event) => event.name === 'mulighetsrom-change'));
    assert.ok(table.cssParts.some((part) => part.name === 'table'));
  });
});
