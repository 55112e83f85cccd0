import { expect } from '@open-wc/testing';
import { landscapePages } from './page-landscape.js';

describe('landscapePages', () => {
  it('adds one A4 landscape page rule to the document, once', () => {
    const before = document.adoptedStyleSheets.length;
    expect(landscapePages()).to.equal(true);
    expect(landscapePages()).to.equal(false);
    const sheets = document.adoptedStyleSheets;
    expect(sheets.length).to.equal(before + 1);
    const rule = sheets[sheets.length - 1]!.cssRules[0]!;
    expect(rule.cssText.toLowerCase()).to.contain('size: a4 landscape');
  });
});
