import { expect } from '@open-wc/testing';
import { nextInGrid, nextInList } from './roving-keys.js';

describe('roving keys: list', () => {
  it('moves by one with both arrow pairs and stops at the ends', () => {
    expect(nextInList(2, 5, 'ArrowDown')).to.equal(3);
    expect(nextInList(2, 5, 'ArrowRight')).to.equal(3);
    expect(nextInList(2, 5, 'ArrowUp')).to.equal(1);
    expect(nextInList(2, 5, 'ArrowLeft')).to.equal(1);
    expect(nextInList(0, 5, 'ArrowUp')).to.equal(undefined);
    expect(nextInList(4, 5, 'ArrowDown')).to.equal(undefined);
  });

  it('goes to the ends with Home and End and by a page with PageUp and PageDown', () => {
    expect(nextInList(3, 5, 'Home')).to.equal(0);
    expect(nextInList(3, 5, 'End')).to.equal(4);
    expect(nextInList(0, 30, 'PageDown')).to.equal(10);
    expect(nextInList(25, 30, 'PageDown')).to.equal(29);
    expect(nextInList(5, 30, 'PageUp', 3)).to.equal(2);
    expect(nextInList(0, 0, 'End')).to.equal(undefined);
  });
});

describe('roving keys: grid', () => {
  const widths = [3, 1, 3, 3];

  it('moves by cells with the arrows, keeping the column as near as a short row allows', () => {
    expect(nextInGrid({ row: 0, column: 1 }, widths, 'ArrowRight')).to.deep.equal({
      row: 0,
      column: 2,
    });
    expect(nextInGrid({ row: 0, column: 2 }, widths, 'ArrowRight')).to.equal(undefined);
    expect(nextInGrid({ row: 0, column: 2 }, widths, 'ArrowDown')).to.deep.equal({
      row: 1,
      column: 0,
    });
    expect(nextInGrid({ row: 2, column: 2 }, widths, 'ArrowUp')).to.deep.equal({
      row: 1,
      column: 0,
    });
    expect(nextInGrid({ row: 0, column: 0 }, widths, 'ArrowLeft')).to.equal(undefined);
  });

  it('answers Home/End in the row, Ctrl+Home/End in the grid, and PageUp/PageDown by rows', () => {
    expect(nextInGrid({ row: 2, column: 1 }, widths, 'Home')).to.deep.equal({ row: 2, column: 0 });
    expect(nextInGrid({ row: 2, column: 1 }, widths, 'End')).to.deep.equal({ row: 2, column: 2 });
    expect(nextInGrid({ row: 2, column: 1 }, widths, 'Home', { ctrl: true })).to.deep.equal({
      row: 0,
      column: 0,
    });
    expect(nextInGrid({ row: 0, column: 1 }, widths, 'End', { ctrl: true })).to.deep.equal({
      row: 3,
      column: 2,
    });
    expect(nextInGrid({ row: 0, column: 1 }, widths, 'PageDown', { pageSize: 2 })).to.deep.equal({
      row: 2,
      column: 1,
    });
    expect(nextInGrid({ row: 3, column: 1 }, widths, 'PageUp')).to.deep.equal({
      row: 0,
      column: 1,
    });
    expect(nextInGrid({ row: 0, column: 0 }, [], 'End')).to.equal(undefined);
  });
});
