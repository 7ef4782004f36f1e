import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkLanguage } from './language.js';

const accepted = { languages: ['en', 'pt'], source: 'register of States' };

test('an accepted language, with or without region, raises nothing', () => {
  assert.deepEqual(checkLanguage('en', 'XB', accepted), []);
  assert.deepEqual(checkLanguage('pt-BR', 'XB', accepted), []);
});

test('another language is a warning naming what the State accepts', () => {
  const [finding] = checkLanguage('fr', 'XB', accepted);
  assert.equal(finding?.code, 'language_not_accepted');
  assert.equal(finding?.severity, 'warning');
  assert.match(finding!.message, /accepts requests in en, pt, not fr/);
});

test('an unknown acceptance list is said, not guessed', () => {
  assert.equal(checkLanguage('fr', 'XB', undefined)[0]?.code, 'language_acceptance_unknown');
  assert.equal(checkLanguage('fr', 'XB', { languages: [], source: 'x' })[0]?.severity, 'info');
});
