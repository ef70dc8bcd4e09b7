/**
 * Where a merchant's processor credentials may live: secrets named `dsr/<merchantId>/<…>`. One
 * deployment serves many merchants, so a processor of one merchant must never be handed another
 * merchant's credentials, whatever its configuration names. On AWS the same rule is IAM's: the
 * job functions read secrets only through a session tagged with the request's merchant, whose
 * policy allows `secret:dsr/${aws:PrincipalTag/dsr-merchant}/*` (infra/constructs/function-grants.ts).
 */
export const SECRET_PREFIX = 'dsr/';

/** The session tag naming the merchant whose secrets a session may read. */
export const MERCHANT_SESSION_TAG = 'dsr-merchant';

/** `dsr/lastu/`: the prefix of every secret merchant `lastu`'s processors may name. */
export const merchantSecretPrefix = (merchantId: string) =>
  `${SECRET_PREFIX}${merchantId}/`;

/** True when `ref` names a secret of `merchantId` (and nothing above or beside it). */
export function isMerchantSecret(ref: string, merchantId: string): boolean {
  const prefix = merchantSecretPrefix(merchantId);
  return (
    ref.startsWith(prefix) &&
    ref.length > prefix.length &&
    !ref.slice(prefix.length).split('/').includes('..')
  );
}
