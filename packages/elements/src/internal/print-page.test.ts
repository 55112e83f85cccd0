import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { printOnPage } from './print-page.js';

const pageRules = (): string =>
  document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join(' ');

describe('printOnPage', () => {
  it('adds the page size for the print only, and keeps the page’s own sheets', async () => {
    const own = new CSSStyleSheet();
    own.replaceSync('body { color: black; }');
    document.adoptedStyleSheets = [own];
    let during = '';
    const stub = sinon.stub(window, 'print').callsFake(() => (during = pageRules()));
    try {
      printOnPage('A4 landscape');
      expect(stub.callCount).to.equal(1);
      expect(during).to.match(/@page \{ size: a4 landscape; \}/i);
      window.dispatchEvent(new Event('afterprint'));
      expect(pageRules()).to.not.match(/@page/);
      expect(document.adoptedStyleSheets).to.deep.equal([own]);
    } finally {
      stub.restore();
      document.adoptedStyleSheets = [];
    }
  });

  it('removes the rule even without afterprint, and never lets a size break out', async () => {
    let during = '';
    const stub = sinon.stub(window, 'print').callsFake(() => (during = pageRules()));
    try {
      printOnPage('A3; } body { display: none');
      expect(during).to.not.contain('display');
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(pageRules()).to.equal('');
    } finally {
      stub.restore();
    }
  });
});
