import { expect } from '@open-wc/testing';
import { usePageSize } from './print-page.js';

const pageRules = () =>
  document.adoptedStyleSheets.flatMap((sheet) =>
    [...sheet.cssRules].filter((rule) => rule instanceof CSSPageRule).map((rule) => rule.cssText),
  );

describe('usePageSize', () => {
  it('adds one @page rule per size to the document', () => {
    const before = pageRules().length;
    expect(usePageSize('A3 landscape')).to.equal(true);
    expect(usePageSize('A3 landscape')).to.equal(true);
    const rules = pageRules();
    expect(rules.length).to.equal(before + 1);
    expect(rules.at(-1)!.toLowerCase()).to.contain('a3 landscape');
  });

  it('refuses a size that is not a plain size keyword list', () => {
    expect(usePageSize('A4; } body { color: red')).to.equal(false);
  });
});
