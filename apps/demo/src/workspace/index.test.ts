import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstStart } from './index.js';
import { createMemoryAdapter } from './persistence.js';
import { createSavedStore } from './saved-store.js';

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/demo-model-v1.json', import.meta.url), 'utf8'),
) as { text: string };

describe('first start', () => {
  it('makes today’s demo model a first workspace and adds the examples, once', async () => {
    const adapter = createMemoryAdapter();
    const open = async (legacy: string | undefined) => {
      const store = createSavedStore({
        adapter,
        setup: (s) => firstStart(s, { lang: 'nn' }, () => legacy),
      });
      await store.ready;
      return store;
    };
    const store = await open(fixture.text);
    const names = store.list().map((w) => w.name);
    expect(names).toHaveLength(12);
    expect(names[0]).toBe('Eksempel: Solvik kommune og NAV Solvik');
    const mine = store.list().find((w) => !w.example)!;
    expect(store.get(mine.id)?.model).toEqual(JSON.parse(fixture.text).value);

    // A reader who deletes an example and starts again: nothing comes back, nothing doubles.
    await store.remove('example-valle');
    const again = await open(fixture.text);
    expect(again.list()).toHaveLength(11);
    expect(again.get('example-valle')).toBeUndefined();
  });

  it('starts with the examples only when the demo saved nothing or nothing readable', async () => {
    for (const legacy of [undefined, '{not json']) {
      const store = createSavedStore({
        adapter: createMemoryAdapter(),
        setup: (s) => firstStart(s, {}, () => legacy),
      });
      await store.ready;
      expect(store.list().every((w) => w.example)).toBe(true);
      expect(store.list()).toHaveLength(11);
    }
  });
});
