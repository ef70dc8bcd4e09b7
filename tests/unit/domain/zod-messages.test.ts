import { describe, expect, it } from 'vitest';
import { fieldErrors, SubmitRequestInput } from '#domain/schemas.ts';

// Schemas are written with zod/mini, which leaves messages to the application: domain/zod.ts
// sets zod's English ones, so a 400 answer reads as it did with the full zod.
describe('zod messages', () => {
  it("words zod's own problems in English, beside our messages", () => {
    const parsed = SubmitRequestInput.safeParse({
      merchant: 5,
      type: 'access',
      email: 'not-an-address',
      name: ['x'],
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fieldErrors(parsed.error)).toEqual({
      merchant: 'Invalid input: expected string, received number',
      email: 'must be a valid email address',
      name: 'Invalid input: expected string, received array',
    });
  });
});
