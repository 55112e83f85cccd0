import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import sinon from 'sinon';
import type { ParseResult } from '@mulighetsrom/core';
import { define } from './define.js';
import { MulighetsromElement } from './mulighetsrom-element.js';
import { parseFixture, type FixtureDoc } from './test-fixture-element.js';

/** A parse the test answers by hand: data with `slow: true` waits in `pending`. */
interface Pending {
  readonly input: FixtureDoc;
  readonly answer: (result: ParseResult<FixtureDoc>) => void;
  readonly fail: (error: unknown) => void;
}
const pending: Pending[] = [];

class LateParseElement extends MulighetsromElement<FixtureDoc> {
  protected parseData(input: unknown) {
    if ((input as { slow?: boolean } | null)?.slow !== true) return parseFixture(input);
    return new Promise<ParseResult<FixtureDoc>>((answer, fail) =>
      pending.push({ input: input as FixtureDoc, answer, fail }),
    );
  }

  override render() {
    return litHtml`${this.renderNotices()}<p class="title">${this.current?.title ?? ''}</p>`;
  }
}
define('mulighetsrom-late-parse-test', LateParseElement);

declare global {
  interface HTMLElementTagNameMap {
    'mulighetsrom-late-parse-test': LateParseElement;
  }
}

const titleOf = (el: Element) => el.shadowRoot!.querySelector('.title')!.textContent;
const alertOf = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');
const tick = () => new Promise((done) => setTimeout(done, 0));

describe('parseData answering later (the lazily loaded error path)', () => {
  afterEach(() => {
    pending.length = 0;
    sinon.restore();
  });

  it('holds updateComplete until the answer, then renders it', async () => {
    const el = await fixture<LateParseElement>(
      html`<mulighetsrom-late-parse-test .data=${{ title: 'A' }}></mulighetsrom-late-parse-test>`,
    );
    el.data = { title: 'B', slow: true };
    let settled = false;
    void el.updateComplete.then(() => (settled = true));
    await tick();
    expect(settled).to.equal(false);
    expect(titleOf(el)).to.equal('A');
    pending[0]!.answer({ ok: true, value: pending[0]!.input });
    await el.updateComplete;
    expect(titleOf(el)).to.equal('B');
  });

  it('drops a late answer when newer data came in meanwhile (no stale error, no event)', async () => {
    const el = await fixture<LateParseElement>(
      html`<mulighetsrom-late-parse-test .data=${{ title: 'A' }}></mulighetsrom-late-parse-test>`,
    );
    const errors = sinon.spy();
    el.addEventListener('mulighetsrom-error', errors);
    el.data = { title: 'stale', slow: true };
    await tick();
    el.data = { title: 'C' };
    await tick();
    const badLater = pending[0]!;
    badLater.answer({ ok: false, errors: [{ path: '$', message: { nb: 'x', nn: 'x', en: 'x' } }] });
    await el.updateComplete;
    await tick();
    expect(titleOf(el)).to.equal('C');
    expect(alertOf(el)).to.equal(null);
    expect(errors.called).to.equal(false);
  });

  it('shows and announces a late rejection, keeping the last good data', async () => {
    const el = await fixture<LateParseElement>(
      html`<mulighetsrom-late-parse-test .data=${{ title: 'A' }}></mulighetsrom-late-parse-test>`,
    );
    const errors = sinon.spy();
    el.addEventListener('mulighetsrom-error', errors);
    el.data = { title: 'bad', slow: true };
    await tick();
    pending[0]!.answer({
      ok: false,
      errors: [{ path: '$.title', message: { nb: 'Feil', nn: 'Feil', en: 'Wrong' } }],
    });
    await el.updateComplete;
    expect(titleOf(el)).to.equal('A');
    expect(alertOf(el)?.textContent).to.contain('$.title');
    expect(errors.calledOnce).to.equal(true);
  });

  it('turns a parse promise that rejects into a localized error, never a thrown one', async () => {
    const logged = sinon.stub(console, 'error');
    const el = await fixture<LateParseElement>(
      html`<mulighetsrom-late-parse-test .data=${{ title: 'A' }}></mulighetsrom-late-parse-test>`,
    );
    el.data = { title: 'bad', slow: true };
    await tick();
    pending[0]!.fail(new Error('chunk failed (test)'));
    await el.updateComplete;
    expect(titleOf(el)).to.equal('A');
    expect(alertOf(el)?.textContent).to.contain('uventet feil');
    expect(logged.called).to.equal(true);
  });
});
