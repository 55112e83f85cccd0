import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { define } from './define.js';
import { VERSION } from './version.js';
import { MulighetsromElement } from './mulighetsrom-element.js';
import { FixtureElement } from './test-fixture-element.js';

describe('define', () => {
  afterEach(() => sinon.restore());

  it('registers a free tag', () => {
    class Fresh extends FixtureElement {}
    define('mulighetsrom-test-fresh', Fresh);
    expect(customElements.get('mulighetsrom-test-fresh')).to.equal(Fresh);
  });

  it('warns naming the tag and both versions when the tag is taken, and never throws', () => {
    const warn = sinon.stub(console, 'warn');
    class OtherCopy extends FixtureElement {
      static override readonly version = '9.9.9';
    }
    define('mulighetsrom-test-taken', OtherCopy);
    class ThisCopy extends FixtureElement {}
    expect(() => define('mulighetsrom-test-taken', ThisCopy)).not.to.throw();
    expect(customElements.get('mulighetsrom-test-taken')).to.equal(OtherCopy);
    expect(warn.calledOnce).to.equal(true);
    const message = String(warn.firstCall.args[0]);
    expect(message).to.contain('mulighetsrom-test-taken');
    expect(message).to.contain('9.9.9');
    expect(message).to.contain(VERSION);
  });

  it('does not throw on an invalid tag name', () => {
    const warn = sinon.stub(console, 'warn');
    expect(() => define('NotValid', class extends HTMLElement {})).not.to.throw();
    expect(warn.calledOnce).to.equal(true);
  });

  it('stays silent when the same class is defined twice', () => {
    const warn = sinon.stub(console, 'warn');
    define('mulighetsrom-test-fixture', customElements.get('mulighetsrom-test-fixture')!);
    expect(warn.called).to.equal(false);
  });
});

describe('VERSION', () => {
  it('equals the version in package.json', async () => {
    const response = await fetch(new URL('../../package.json', import.meta.url));
    const pkg = (await response.json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
    expect(MulighetsromElement.version).to.equal(pkg.version);
  });
});
