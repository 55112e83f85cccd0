import { describe, expect, it } from 'vitest';
import { WidgetBindings } from './binding.js';

describe('WidgetBindings', () => {
  it('gives the same object while the store holds the widget’s own change', () => {
    const bindings = new WidgetBindings();
    const first = { rows: [] as number[] };
    expect(bindings.data('plan', first, () => ({ rows: [] }))).toBe(first);
    const edited = { rows: [1] };
    bindings.changed('plan', edited);
    expect(bindings.data('plan', edited, () => ({ rows: [] }))).toBe(first);
    // A store that hands back copies: equal JSON is still the widget's own change.
    expect(bindings.data('plan', { rows: [1] }, () => ({ rows: [] }))).toBe(first);
  });

  it('gives the store’s object after a change from outside', () => {
    const bindings = new WidgetBindings();
    const first = { rows: [] as number[] };
    bindings.data('plan', first, () => ({ rows: [] }));
    bindings.changed('plan', { rows: [1] });
    const restored = { rows: [7] };
    expect(bindings.data('plan', restored, () => ({ rows: [] }))).toBe(restored);
    expect(bindings.data('plan', restored, () => ({ rows: [] }))).toBe(restored);
  });

  it('shapes a stored part once, and keeps the shaped object over the widget’s own change', () => {
    const bindings = new WidgetBindings();
    const stored = { rows: [] as number[] };
    const shaped = bindings.data(
      'plan',
      stored,
      () => ({ rows: [] }),
      () => ({ rows: [] }),
    );
    expect(shaped).not.toBe(stored);
    expect(
      bindings.data(
        'plan',
        stored,
        () => ({ rows: [] }),
        () => ({ rows: [] }),
      ),
    ).toBe(shaped);
    bindings.changed('plan', { rows: [1] });
    expect(
      bindings.data(
        'plan',
        { rows: [1] },
        () => ({ rows: [] }),
        (s) => s,
      ),
    ).toBe(shaped);
  });

  it('reverts to a copy of the stored part', () => {
    const bindings = new WidgetBindings();
    const stored = { areas: [1] };
    const first = bindings.data('model', stored, () => ({ areas: [] }));
    bindings.revert('model', stored);
    const again = bindings.data('model', stored, () => ({ areas: [] }));
    expect(again).not.toBe(first);
    expect(again).toEqual(stored);
    expect(bindings.data('model', stored, () => ({ areas: [] }))).toBe(again);
  });

  it('makes a missing part’s default once', () => {
    const bindings = new WidgetBindings();
    let made = 0;
    const make = () => ({ area: 3, n: ++made });
    const a = bindings.data<object>('board-3', undefined, make);
    expect(bindings.data<object>('board-3', undefined, make)).toBe(a);
    expect(made).toBe(1);
    bindings.changed('board-3', { area: 3, desired: [] });
    expect(bindings.data<object>('board-3', { area: 3, desired: [] }, make)).toBe(a);
    bindings.forget('board-3');
    expect(bindings.data<object>('board-3', undefined, make)).not.toBe(a);
  });
});
