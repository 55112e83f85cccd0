// Test helper: a <mulighetsrom-model> on the test page with the given data and attributes.
import { fixture, html } from '@open-wc/testing';
import './mulighetsrom-model.js';
import type { MulighetsromModel } from './model.component.js';

export function modelFixture(
  doc: unknown,
  attrs: { lang?: string; editable?: boolean } = {},
): Promise<MulighetsromModel> {
  return fixture<MulighetsromModel>(
    html`<mulighetsrom-model
      .data=${doc}
      lang=${attrs.lang ?? 'nb'}
      ?editable=${attrs.editable ?? false}
    ></mulighetsrom-model>`,
  );
}
