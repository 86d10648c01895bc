// Generated passwords (the first administrator's, the demo accounts') always satisfy the rule
// the same server enforces: a first start must never fail on its own password.
import { expect, test } from 'vitest';
import { generatePassword, passwordFault } from '../../server/modules/auth/password.js';

test('twenty thousand generated passwords all satisfy the password rule', () => {
  const faults = new Set<string>();
  const seen = new Set<string>();
  for (let i = 0; i < 20_000; i++) {
    const password = generatePassword();
    expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{16}$/);
    const fault = passwordFault(password);
    if (fault) faults.add(`${password}: ${fault}`);
    seen.add(password);
  }
  expect([...faults]).toEqual([]);
  expect(seen.size).toBe(20_000);
});
