import { describe, expect, it } from 'vitest';
import { appLinkTarget, type ClickedLink, type LinkClick } from './navigate.js';

const click = (over: Partial<LinkClick> = {}): LinkClick => ({
  button: 0,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
  ...over,
});
const link = (href: string, over: Partial<ClickedLink> = {}): ClickedLink => ({
  href,
  target: '',
  hasDownload: false,
  ...over,
});
const here = new URL('http://127.0.0.1:4173/w/solvik/gathering-1');

describe('appLinkTarget', () => {
  it('takes a plain click on a link inside the app', () => {
    expect(appLinkTarget(click(), link('/w/solvik/gathering-2'), here, '/')?.pathname).toBe(
      '/w/solvik/gathering-2',
    );
    expect(appLinkTarget(click(), link('/w/solvik/plan/3#rows'), here, '/')?.hash).toBe('#rows');
  });

  it('leaves modifier clicks, other buttons and handled clicks to the browser', () => {
    for (const over of [
      { metaKey: true },
      { ctrlKey: true },
      { shiftKey: true },
      { altKey: true },
      { button: 1 },
      { defaultPrevented: true },
    ])
      expect(appLinkTarget(click(over), link('/network'), here, '/')).toBeUndefined();
  });

  it('leaves other origins, other bases, targets, downloads and same-page anchors alone', () => {
    expect(appLinkTarget(click(), link('https://example.org/'), here, '/')).toBeUndefined();
    expect(appLinkTarget(click(), link('/other/x'), here, '/app/')).toBeUndefined();
    expect(
      appLinkTarget(click(), link('/network', { target: '_blank' }), here, '/'),
    ).toBeUndefined();
    expect(
      appLinkTarget(click(), link('/file.json', { hasDownload: true }), here, '/'),
    ).toBeUndefined();
    expect(appLinkTarget(click(), link('#main'), here, '/')).toBeUndefined();
    expect(appLinkTarget(click(), link('/network', { target: '_self' }), here, '/')).toBeDefined();
  });
});
