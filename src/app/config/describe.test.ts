import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig, VARIABLES } from './config.js';
import { describeConfiguration } from './describe.js';

test('every documented variable is described, with its value in effect', () => {
  const config = loadConfig({ COMITY_PORT: '9443', COMITY_SESSION_TTL_HOURS: '8' }, {});
  const settings = describeConfiguration(config);
  assert.deepEqual(
    settings.map((s) => s.variable),
    VARIABLES.map((v) => v.name),
  );
  const of = (name: string) => settings.find((s) => s.variable === name)!;
  assert.equal(of('COMITY_PORT').value, '9443');
  assert.equal(of('COMITY_SESSION_TTL_HOURS').value, '8');
  assert.ok(settings.every((s) => s.variable in Object.fromEntries(VARIABLES.map((v) => [v.name, 1]))));
  assert.ok(
    settings
      .filter((s) => !['COMITY_KEY_SECRET', 'COMITY_SMTP_URL', 'COMITY_CONSOLE_DIR'].includes(s.variable))
      .every((s) => s.value !== null),
    'every setting with a value in effect says it',
  );
});

test('secrets are never shown: the key secret only as set, passwords in URLs masked', () => {
  const config = loadConfig(
    {
      COMITY_DATABASE_URL: 'postgres://comity:hunter2-database@db.example:5432/comity',
      COMITY_KEY_SECRET: 'a very long key secret value',
      COMITY_SMTP_URL: 'smtp://mailer:hunter2-mail@mail.example:587',
    },
    {},
  );
  const settings = describeConfiguration(config);
  const text = JSON.stringify(settings);
  for (const secret of ['hunter2-database', 'a very long key secret value', 'hunter2-mail'])
    assert.ok(!text.includes(secret), `${secret} is not shown`);
  const of = (name: string) => settings.find((s) => s.variable === name)!;
  assert.equal(of('COMITY_KEY_SECRET').value, '(set)');
  assert.equal(of('COMITY_DATABASE_URL').value, 'postgres://comity:***@db.example:5432/comity');
  assert.equal(of('COMITY_SMTP_URL').value, 'smtp://mailer:***@mail.example:587');
  assert.ok(of('COMITY_KEY_SECRET').secret);
});
