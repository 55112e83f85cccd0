import { expect } from '@open-wc/testing';
import { byDataId } from './by-data-id.js';

describe('byDataId', () => {
  it('finds the item whose data-id is the id, whatever characters the id holds', () => {
    const root = document.createElement('div');
    const ids = ['r1', 'a "quoted" id', 'back\\slash', '1 starts with a digit', 'r1]'];
    for (const id of ids) {
      const row = document.createElement('tr');
      row.dataset['id'] = id;
      root.append(document.createElement('td'), row);
    }
    for (const id of ids) expect(byDataId(root, 'tr', id)?.dataset['id']).to.equal(id);
    expect(byDataId(root, 'tr', 'missing')).to.equal(undefined);
    // Only elements matching the selector count.
    expect(byDataId(root, 'td', 'r1')).to.equal(undefined);
  });
});
