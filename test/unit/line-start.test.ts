/** lineStartAt: the start of the line holding an offset, whatever the line breaks. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineStartAt } from '../../server/src/core/text/line-index.js';

test('lineStartAt finds the line start after \\n, \\r\\n or a lone \\r, and 0 on the first line', () => {
  const text = 'ab\ncd\r\nef\rgh';
  const starts = [...text].map((_, i) => lineStartAt(text, i));
  // Offset 6 is the "\n" of "\r\n": after the "\r", as lastIndexOf of either break gave.
  assert.deepEqual(starts, [0, 0, 0, 3, 3, 3, 6, 7, 7, 7, 10, 10]);
  assert.equal(lineStartAt(text, text.length), 10);
  assert.equal(lineStartAt('', 0), 0);
});
