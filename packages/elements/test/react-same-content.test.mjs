// sameContent (src/react/same-content.ts, built): how the wrappers tell an inline literal with
// the same content from new data.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sameContent } from '../dist/react/same-content.js';

it('equal JSON-like content is the same, in any key order', () => {
  assert.ok(sameContent({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }));
  assert.ok(sameContent([], []));
  assert.ok(sameContent(Number.NaN, Number.NaN));
  assert.ok(sameContent(Object.create(null), {}));
});

it('any difference is a difference', () => {
  assert.ok(!sameContent({ a: 1 }, { a: 2 }));
  assert.ok(!sameContent({ a: 1 }, { a: 1, b: undefined }));
  assert.ok(!sameContent({ a: undefined }, { b: undefined }));
  assert.ok(!sameContent([1, 2], [2, 1]));
  assert.ok(!sameContent([1], { 0: 1 }));
  assert.ok(!sameContent({ a: null }, { a: {} }));
  assert.ok(!sameContent('1', 1));
});

it('objects that are not plain are the same only when identical', () => {
  const date = new Date(0);
  assert.ok(sameContent(date, date));
  assert.ok(!sameContent(new Date(0), new Date(0)));
  class Box {}
  assert.ok(!sameContent(new Box(), new Box()));
});

it('a cycle answers false instead of overflowing the stack', () => {
  const a = {};
  a.self = a;
  const b = {};
  b.self = b;
  assert.equal(sameContent(a, b), false);
});
