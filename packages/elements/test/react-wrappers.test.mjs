// The generated React wrappers and JSX types (scripts/react-wrappers.mjs): every widget of the
// manifest has both, and src/react/ matches what the generator makes of the manifest now.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generate, generatedOnDisk, readManifest, widgetsOf } from '../scripts/react-wrappers.mjs';

const manifest = readManifest();

describe('react-wrappers', () => {
  it('src/react/ is up to date with custom-elements.json', async () => {
    const files = await generate(manifest);
    const onDisk = generatedOnDisk();
    assert.deepEqual([...onDisk.keys()].sort(), [...files.keys()].sort());
    for (const [file, text] of files)
      assert.equal(onDisk.get(file), text, `src/react/${file} is stale`);
  });

  it('every widget gets a wrapper, a JSX entry and its documented events', async () => {
    const widgets = widgetsOf(manifest);
    assert.ok(widgets.length >= 7);
    const files = await generate(manifest);
    for (const w of widgets) {
      assert.match(files.get(`${w.name}.ts`), new RegExp(`export const ${w.className} = `));
      assert.match(
        files.get('index.ts'),
        new RegExp(`export \\{ ${w.className} \\} from './${w.name}.js'`),
      );
      assert.match(files.get('jsx.ts'), new RegExp(`'${w.tagName}': RawWidgetProps<`));
      assert.match(files.get(`${w.name}.ts`), /^'use client';$/m, 'a client component');
      assert.ok(w.events.includes('onChange') && w.events.includes('onError'), w.tagName);
    }
    assert.match(files.get('index.ts'), /^'use client';$/m);
    const model = widgets.find((w) => w.name === 'model');
    assert.deepEqual(model.events, ['onChange', 'onSelect', 'onError']);
    assert.deepEqual(model.properties, ['level', 'toolbar']);
  });

  it('a widget added to the manifest gets its wrapper and JSX entry without hand work', async () => {
    const extra = structuredClone(manifest);
    const model = extra.modules.find((m) => m.path === 'src/model/model.component.ts');
    extra.modules.push({
      kind: 'javascript-module',
      path: 'src/roadmap/roadmap.component.ts',
      declarations: [
        {
          ...structuredClone(model.declarations[0]),
          name: 'MulighetsromRoadmap',
          tagName: 'mulighetsrom-roadmap',
        },
      ],
    });
    const files = await generate(extra, { hasEntry: () => true });
    assert.match(files.get('roadmap.ts'), /export const MulighetsromRoadmap = /);
    assert.match(files.get('roadmap.ts'), /from '\.\.\/roadmap\.js'/);
    assert.match(files.get('index.ts'), /export \{ MulighetsromRoadmap \} from '\.\/roadmap\.js'/);
    assert.match(
      files.get('jsx.ts'),
      /'mulighetsrom-roadmap': RawWidgetProps<\s+MulighetsromRoadmap,/,
    );
    assert.match(files.get('jsx.ts'), /from '\.\.\/roadmap\/roadmap\.component\.js'/);
  });

  it('a widget without an entry module is an error, not a broken import', async () => {
    const extra = structuredClone(manifest);
    extra.modules[0].declarations[0].tagName = 'mulighetsrom-no-entry';
    await assert.rejects(generate(extra), /no entry src\/no-entry\.ts/);
  });
});
