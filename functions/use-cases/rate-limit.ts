/** One attempt counted against a rate limit (the intake's, the console sign-in's). */
import { type RateLimit, TooManyRequestsError } from '#domain/intake.ts';
import type { Ports } from '#ports/index.ts';

/** Counts one attempt against `limit` (0: no limit), or refuses with 429 and when to retry. */
export async function withinLimit(
  ports: Pick<Ports, 'requests' | 'clock'>,
  bucket: string,
  limit: RateLimit,
  { at, scope }: { at: string; scope: 'client' | 'subject' | 'agent' },
): Promise<void> {
  if (limit.max <= 0) return;
  const counted = await ports.requests.countAttempt(
    bucket,
    limit.max,
    limit.windowSeconds,
    at,
  );
  if (!counted.allowed)
    throw new TooManyRequestsError(
      Math.max(
        1,
        Math.ceil((Date.parse(counted.resetAt) - Date.parse(at)) / 1000),
      ),
      scope,
    );
}
