// Small helpers the peer cases share (bundled into each; a few hundred bytes).

/** Region key of an area: its levels in catalogue order, e.g. "eier,kontor". */
export function regionKey(levels, order) {
  return order.filter((id) => levels.includes(id)).join(',');
}

/** Areas grouped by region key, in the order they come. */
export function byRegion(areas, order) {
  const groups = new Map();
  for (const area of areas) {
    const key = regionKey(area.levels, order);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(area);
  }
  return groups;
}

/** Offset of the i-th of n labels in a small grid centred on a region's anchor. */
export function gridOffset(i, n, step = 22) {
  const columns = Math.min(n, n > 4 ? 4 : n);
  const rows = Math.ceil(n / columns);
  const column = i % columns;
  const row = Math.floor(i / columns);
  return { dx: (column - (columns - 1) / 2) * step, dy: (row - (rows - 1) / 2) * step };
}

export const STATUS_FILL = { strong: '#06893a', improve: '#c77700', unknown: '#ffffff' };
/** Text colours for the peers, which draw numbers as bare text. */
export const STATUS_TEXT = { strong: '#06693a', improve: '#8a4f00', unknown: '#222222' };

/** Circle centres of the hand-drawn cases (plain SVG, Lit SVG) in a 400×400 viewBox. */
export const CIRCLES = { eier: [200, 140], kontor: [140, 245], tjeneste: [260, 245] };

/** Hand-picked anchor of each region for that fixed layout. */
export const ANCHORS = {
  'eier,kontor,tjeneste': [200, 212],
  eier: [200, 78],
  kontor: [96, 288],
  tjeneste: [304, 288],
  'eier,kontor': [146, 170],
  'eier,tjeneste': [254, 170],
  'kontor,tjeneste': [200, 298],
};
