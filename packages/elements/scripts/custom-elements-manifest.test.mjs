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
