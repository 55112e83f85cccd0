// The roving focus and the move menu through a board of two columns (test-fixture-board.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './test-fixture-board.js';
import type { BoardFixture } from './test-fixture-board.js';

const DATA = { columns: { a: ['Godt samarbeid', 'Felles mål', 'Korte linjer'], b: ['Lite tid'] } };

const board = (lang = 'nb') =>
  fixture<BoardFixture>(
    html`<mulighetsrom-test-board editable lang=${lang} .data=${DATA}></mulighetsrom-test-board>`,
  );

const root = (el: BoardFixture) => el.shadowRoot!;
const focusedText = (el: BoardFixture) =>
  (root(el).activeElement as HTMLElement | null)?.textContent?.trim();
const handles = (el: BoardFixture) => [
  ...root(el).querySelectorAll<HTMLButtonElement>('.move-handle'),
];
const menuItems = (el: BoardFixture) => [
  ...root(el).querySelectorAll<HTMLElement>('[role="menuitem"]'),
];
const settle = async (el: BoardFixture) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
};

describe('roving focus', () => {
  it('gives the group one Tab stop and moves it with the grid keys', async () => {
    const el = await board();
    const notes = [...root(el).querySelectorAll<HTMLElement>('.note')];
    expect(notes.map((n) => n.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    notes[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focusedText(el)).to.equal('Felles mål');
    expect(notes.map((n) => n.tabIndex)).to.deep.equal([-1, 0, -1, -1]);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focusedText(el)).to.equal('Korte linjer');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focusedText(el)).to.equal('Lite tid');
    await sendKeys({ press: 'Control+Home' });
    await settle(el);
    expect(focusedText(el)).to.equal('Godt samarbeid');
    await sendKeys({ press: 'PageDown' });
    await settle(el);
    expect(focusedText(el)).to.equal('Lite tid');
  });

  it('keeps the Tab stop on the same item when items move', async () => {
    const el = await board();
    el.roving.activate('Felles mål');
    el.data = { columns: { a: ['Ny', 'Godt samarbeid', 'Felles mål'], b: [] } };
    await el.updateComplete;
    const stop = root(el).querySelector<HTMLElement>('.note[tabindex="0"]');
    expect(stop!.textContent).to.equal('Felles mål');
  });
});

describe('move menu', () => {
  it('names the handle by the item and says whether its menu is open', async () => {
    const el = await board();
    const handle = handles(el)[1]!;
    expect(handle.getAttribute('aria-label')).to.equal('Flytt «Felles mål»');
    expect(handle.getAttribute('aria-haspopup')).to.equal('menu');
    expect(handle.getAttribute('aria-expanded')).to.equal('false');
    handle.click();
    await settle(el);
    expect(handle.getAttribute('aria-expanded')).to.equal('true');
    const menu = root(el).querySelector('[role="menu"]')!;
    expect(handle.getAttribute('aria-controls')).to.equal(menu.id);
    expect(menu.getAttribute('aria-label')).to.equal('Flytt «Felles mål» til');
    expect(menuItems(el).map((item) => item.textContent!.trim())).to.deep.equal([
      'Opp ett trinn',
      'Ned ett trinn',
      'Til «Svakheter»',
    ]);
    expect(focusedText(el)).to.equal('Opp ett trinn');
    await expect(el).to.be.accessible();
  });

  it('moves in the menu with the arrows and closes with Escape, focus back on the handle', async () => {
    const el = await board();
    handles(el)[0]!.click();
    await settle(el);
    expect(menuItems(el).map((item) => item.textContent!.trim())).to.deep.equal([
      'Ned ett trinn',
      'Sist',
      'Til «Svakheter»',
    ]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedText(el)).to.equal('Sist');
    await sendKeys({ press: 'End' });
    expect(focusedText(el)).to.equal('Til «Svakheter»');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(root(el).querySelector('[role="menu"]')).to.equal(null);
    expect(root(el).activeElement).to.equal(handles(el)[0]);
  });

  it('moves into another column, announces the new place and gives focus to the moved item', async () => {
    const el = await board();
    handles(el)[0]!.click();
    await settle(el);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value).to.deep.equal({
      columns: { a: ['Felles mål', 'Korte linjer'], b: ['Lite tid', 'Godt samarbeid'] },
    });
    expect(el.announced).to.equal('«Godt samarbeid» flyttet til «Svakheter», plass 2 av 2');
    expect(root(el).activeElement!.getAttribute('aria-label')).to.equal('Flytt «Godt samarbeid»');
  });

  it('moves within a column, in English too, and the move is one undo step', async () => {
    const el = await board('en');
    handles(el)[2]!.click();
    await settle(el);
    const first = menuItems(el).find((item) => item.textContent!.trim() === 'First')!;
    first.click();
    await settle(el);
    expect(el.value!.columns.a).to.deep.equal(['Korte linjer', 'Godt samarbeid', 'Felles mål']);
    expect(el.announced).to.equal('“Korte linjer” moved to place 1 of 3');
    root(el).querySelector<HTMLButtonElement>('button.undo')!.click();
    expect(el.value).to.deep.equal(DATA);
  });

  it('closes when focus leaves it for elsewhere', async () => {
    const el = await board();
    handles(el)[0]!.click();
    await settle(el);
    root(el).querySelector<HTMLElement>('.note')!.focus();
    await settle(el);
    expect(root(el).querySelector('[role="menu"]')).to.equal(null);
  });
});
