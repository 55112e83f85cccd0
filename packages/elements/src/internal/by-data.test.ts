import { expect } from '@open-wc/testing';
import { byData } from './by-data.js';

describe('byData', () => {
  it('finds the item whose data-id is the id, whatever characters the id holds', () => {
    const root = document.createElement('div');
    const ids = ['r1', 'a "quoted" id', 'back\\slash', '1 starts with a digit', 'r1]'];
    for (const id of ids) {
      const row = document.createElement('tr');
      row.dataset['id'] = id;
      root.append(document.createElement('td'), row);
    }
    for (const id of ids) expect(byData(root, 'tr', 'id', id)?.dataset['id']).to.equal(id);
    expect(byData(root, 'tr', 'id', 'missing')).to.equal(undefined);
    expect(byData(root, 'tr', 'key', 'r1')).to.equal(undefined);
    // Only elements matching the selector count.
    expect(byData(root, 'td', 'id', 'r1')).to.equal(undefined);
  });
});
