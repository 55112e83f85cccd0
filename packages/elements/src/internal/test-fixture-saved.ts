// Test-only (excluded from the build): fixture widgets that save under a storage key.
import { fixture, html } from '@open-wc/testing';
import './test-fixture-element.js';
import type { FixtureElement } from './test-fixture-element.js';

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
