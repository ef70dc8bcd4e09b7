/**
 * The fault-injection suite's rule for a processor effect seen twice (tests/helpers/effect-repeats.ts)
 * and the arrival stamp it reads from the fakes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createNostoFake, NOSTO_TEST_TOKEN } from '#infra/local/fakes/nosto.ts';
import { effectRepeats } from '../../helpers/effect-repeats.ts';

const KILL = Date.parse('2026-12-05T12:00:00.000Z');
const s = (seconds: number) => KILL + seconds * 1000;
const call = (key: string, receivedAt: number) => ({ key, receivedAt });
const rule = (respawnedAt: number) => ({
  receivedAtOf: (x: { receivedAt: number }) => x.receivedAt,
  killedAt: KILL,
  respawnedAt,
});

describe('effectRepeats', () => {
  it('counts a call that reached the fake at the kill, recorded late, and its repeat by the restarted stack as across the kill', () => {
    // The clean-clone CI run: the redact arrived at the kill, a slow fault recorded it 1.5 s
    // later (after a quick restart), and the restarted stack repeated it at 14.3 s.
    const calls = [
      call('redact|shopper-074@example.com', s(-0.02)),
      call('redact|shopper-074@example.com', s(14.3)),
      call('redact|shopper-075@example.com', s(-3)),
    ];

    const found = effectRepeats(calls, (c) => c.key, rule(s(0.1)));

    expect(found).toEqual({
      bugs: [],
      straddling: ['redact|shopper-074@example.com'],
    });
  });

  it('names as bugs two calls by one process, and three calls whatever their times', () => {
    const calls = [
      call('after', s(2)),
      call('after', s(14.3)),
      call('before', s(-9)),
      call('before', s(-0.5)),
      call('thrice', s(-1)),
      call('thrice', s(3)),
      call('thrice', s(4)),
    ];

    const found = effectRepeats(calls, (c) => c.key, rule(s(0.1)));

    expect(found).toEqual({
      bugs: [
        'after at 2.0 s, 14.3 s',
        'before at -9.0 s, -0.5 s',
        'thrice at -1.0 s, 3.0 s, 4.0 s',
      ],
      straddling: [],
    });
  });

  it('counts every repeat of an effect without arrival times as a bug', () => {
    const found = effectRepeats(['a', 'a', 'b'], (x) => x, {
      killedAt: KILL,
      respawnedAt: s(0.1),
    });

    expect(found).toEqual({ bugs: ['a ×2'], straddling: [] });
  });
});

describe('fake processors stamp a call when it arrives', () => {
  const nosto = createNostoFake();
  afterEach(() => nosto.stop());

  it('before a slow fault delays its effect', async () => {
    // Prepare
    const delayMs = 200;
    await nosto.start();
    nosto.server.inject(/^DELETE /, { kind: 'slow', delayMs });
    const sent = Date.now();

    // Act
    const res = await fetch(
      `${nosto.baseUrl}/v1/customers/redact/${encodeURIComponent('a@example.com')}`,
      {
        method: 'DELETE',
        headers: {
          authorization: `Basic ${Buffer.from(`:${NOSTO_TEST_TOKEN}`).toString('base64')}`,
        },
      },
    );

    // Assess
    expect(res.status).toBe(200);
    const [queued] = nosto.pending();
    expect(queued?.receivedAt).toBeGreaterThanOrEqual(sent);
    // Recorded after the delay; the arrival is what names the caller (tests/helpers/effect-repeats.ts).
    expect(
      (queued?.enqueuedAt.getTime() ?? 0) - (queued?.receivedAt ?? 0),
    ).toBeGreaterThanOrEqual(delayMs - 5);
    expect(nosto.server.calls[0]?.receivedAt).toBe(queued?.receivedAt);
  });
});
