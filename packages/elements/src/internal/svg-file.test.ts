import { expect } from '@open-wc/testing';
import { css, html, svg } from 'lit';
import { resolveVars, svgFile, svgToPng } from './svg-file.js';

const styles = css`
  .shape {
    fill: var(--_fill, red);
    cursor: pointer;
  }
  .absent {
    fill: blue;
  }
`;

describe('svgFile', () => {
  it('serializes a template with its styles resolved and the live-only parts gone', () => {
    const host = document.createElement('div');
    host.style.setProperty('--_fill', 'rgb(1, 2, 3)');
    document.body.append(host);
    try {
      const text = '<b>not markup</b>';
      const file = svgFile({
        template: html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" part="x">
          <title>Name</title>
          ${svg`<circle class="shape" data-id="1" tabindex="0" cx="5" cy="5" r="4"></circle>`}
          <text x="1" y="9">${text}</text>
        </svg>`,
        styles,
        style: getComputedStyle(host),
        extraCss: 'text{fill:var(--_fill)}',
      });
      const doc = new DOMParser().parseFromString(file, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(file).to.not.contain('<!--');
      expect(file).to.not.contain('tabindex');
      expect(file).to.not.contain('data-id');
      expect(file).to.not.contain('part=');
      expect(doc.querySelector('text')!.textContent).to.equal(text);
      const sheet = doc.querySelector('style')!.textContent!;
      expect(sheet).to.contain('rgb(1, 2, 3)');
      expect(sheet).to.contain('.shape');
      expect(sheet).to.not.contain('.absent');
      expect(sheet).to.not.contain('cursor');
      expect(sheet).to.not.contain('var(');
    } finally {
      host.remove();
    }
  });

  it('resolves nested variables and falls back', () => {
    const host = document.createElement('div');
    host.style.setProperty('--a', 'green');
    document.body.append(host);
    try {
      expect(resolveVars('x:var(--b, var(--a, red))', getComputedStyle(host))).to.equal('x:green');
      expect(resolveVars('x:var(--none, red)', getComputedStyle(host))).to.equal('x:red');
    } finally {
      host.remove();
    }
  });

  it('rasterises a file as PNG of its viewBox size times the scale', async () => {
    const png = await svgToPng(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-5 -5 20 10"><rect x="-5" y="-5" width="20" height="10" fill="red"/></svg>',
      2,
    );
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([40, 20]);
  });
});
