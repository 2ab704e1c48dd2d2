/** The template data files against their schema (the engine loads them without validating them). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import data2019 from '../../server/src/core/templates/template-2019.json';
import data2021 from '../../server/src/core/templates/template-2021.json';
import { TemplateSchema } from '../../server/src/core/templates/schema.js';
import { TEMPLATES } from '../../server/src/core/index.js';

test('each template data file satisfies the schema, which neither drops nor reorders anything', () => {
  for (const data of [data2019, data2021]) {
    assert.equal(JSON.stringify(TemplateSchema.parse(data)), JSON.stringify(data));
  }
});

test('the engine uses the data files as they are', () => {
  assert.equal(TEMPLATES['2019'], data2019);
  assert.equal(TEMPLATES['2021'], data2021);
});
