/** The console offers a form for every action the legal core lets a person take. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { USER_ACTIONS } from '../../src/core/legal/lifecycle/available-actions.js';
import { ACTION_FORMS, isFormAction } from '../../src/web/lib/action-forms.js';

test('every action a person may take has a form in the console, and no form is for an action that does not exist', () => {
  for (const action of USER_ACTIONS) assert.ok(isFormAction(action), `no form for ${action}`);
  assert.deepEqual(
    Object.keys(ACTION_FORMS).filter((a) => !(USER_ACTIONS as readonly string[]).includes(a)),
    [],
  );
});
