/**
 * The grounds on which a controller may refuse to act (Art. 12(4) requires reasons): a request
 * that is manifestly unfounded or excessive (Art. 12(5)), a requester whose identity could not be
 * confirmed (Art. 12(6)), and for erasure the exemptions of Art. 17(3) a shop meets in practice.
 */
export const DENIAL_GROUNDS = [
  'manifestly-unfounded',
  'excessive',
  'identity-unconfirmed',
  'legal-obligation',
  'legal-claims',
  'other',
] as const;
export type DenialGround = (typeof DENIAL_GROUNDS)[number];

/** Grounds that exist only for erasure requests (Art. 17(3)). */
export const ERASURE_ONLY_GROUNDS: readonly DenialGround[] = [
  'legal-obligation',
  'legal-claims',
];

export function isDenialGround(value: unknown): value is DenialGround {
  return (DENIAL_GROUNDS as readonly unknown[]).includes(value);
}

/** The grounds a merchant may choose for a request of `type`: the same list the page offers. */
export function groundsFor(type: string): DenialGround[] {
  return DENIAL_GROUNDS.filter(
    (g) => type === 'erasure' || !ERASURE_ONLY_GROUNDS.includes(g),
  );
}
