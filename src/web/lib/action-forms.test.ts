import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACTION_FORMS, commandFrom, missingInputs } from './action-forms';

test('refusing needs a ground and reasons; nothing is sent until both are there', () => {
  assert.deepEqual(missingInputs('refuse', {}), ['ground', 'reasons']);
  assert.deepEqual(missingInputs('refuse', { ground: 'UNCC40_ESSENTIAL_INTERESTS', reasons: '   ' }), [
    'reasons',
  ]);
  assert.deepEqual(
    missingInputs('refuse', { ground: 'UNCC40_ESSENTIAL_INTERESTS', reasons: 'Sovereignty.' }),
    [],
  );
  assert.equal(ACTION_FORMS.refuse.grave, true, 'a refusal is confirmed before it is sent');
});

test('the command carries what was typed, trimmed, with new ids where the command needs them', () => {
  let n = 0;
  const newId = () => `id-${++n}`;
  assert.deepEqual(commandFrom('request_information', { question: '  Which account?  ' }, newId), {
    type: 'request_information',
    question: 'Which account?',
    infoRequestId: 'id-1',
  });
  assert.deepEqual(
    commandFrom(
      'disclose_traffic',
      { providers: 'mail.xa.example\n\n host.xb.example ', path: 'via XC' },
      newId,
    ),
    {
      type: 'disclose_traffic',
      providers: ['mail.xa.example', 'host.xb.example'],
      path: 'via XC',
    },
  );
  assert.deepEqual(
    commandFrom(
      'accept',
      {
        conditions: [
          { text: ' Use only for case 12 ', kind: 'use_limitation' },
          { text: '', kind: 'other' },
        ],
      },
      newId,
    ),
    { type: 'accept', conditions: [{ id: 'c1', text: 'Use only for case 12', kind: 'use_limitation' }] },
  );
  assert.deepEqual(commandFrom('close', {}, newId), { type: 'close' }, 'an empty optional input is left out');
});

test('hostile text is passed on as text, unchanged', () => {
  const hostile = '<script>alert(1)</script>\u202Eevil';
  const command = commandFrom('withdraw', { reason: hostile }, () => 'x');
  assert.equal(command['reason'], hostile);
});
