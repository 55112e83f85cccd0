// Test-only (excluded from the build): fixture widgets that save under a storage key.
import { fixture, html } from '@open-wc/testing';
import './test-fixture-element.js';
import type { FixtureElement } from './test-fixture-element.js';
import { readSaved } from './storage.js';

/** A fixture widget saving under `key`, given `data` through the `.data` property. */
export const savingWithProperty = (key: string, data: unknown): Promise<FixtureElement> =>
  fixture<FixtureElement>(
    html`<mulighetsrom-test-fixture storage-key=${key} .data=${data}></mulighetsrom-test-fixture>`,
  );

/** A fixture widget saving under `key`, given `json` in the `data` attribute. */
export const savingWithAttribute = (key: string, json: string): Promise<FixtureElement> =>
  fixture<FixtureElement>(
    html`<mulighetsrom-test-fixture storage-key=${key} data=${json}></mulighetsrom-test-fixture>`,
  );

/**
 * The value saved under `key` by the fixture widget, out of its envelope (undefined when nothing
 * is saved). Throws when what is saved is not the fixture's envelope.
 */
export function savedValue(key: string): unknown {
  const saved = readSaved(key) as
    { format?: unknown; widget?: unknown; version?: unknown; value?: unknown } | undefined;
  if (saved === undefined) return undefined;
  if (
    saved.format !== 'mulighetsrom-saved-work' ||
    saved.widget !== 'mulighetsrom-test-fixture' ||
    saved.version !== 1
  )
    throw new Error(`not the fixture's saved work: ${JSON.stringify(saved)}`);
  return saved.value;
}
