/**
 * `shop/redact` (Shopify, 48 hours after the shop uninstalled the app): the merchant's data is
 * erased {@link OFFBOARDING_DELAY_DAYS} days later (domain/offboarding.ts). This records the
 * offboarding, audits it on the offboarding trail and emails the merchant's members once.
 * A repeated webhook (Shopify retries, a second uninstall while one is scheduled) moves no date.
 */
import { roleAllows } from '#domain/member-roles.ts';
import {
  OFFBOARDING_DELAY_DAYS,
  type OffboardingRecord,
  offboardingOf,
  offboardingTrail,
} from '#domain/offboarding.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import type { OffboardingStore } from '#ports/offboarding.ts';
import { offboardingEmail } from '#presentation/offboarding.ts';
import { sendOnce } from '../send-once.ts';

export type ScheduleOffboardingPorts = Pick<
  Ports,
  'audit' | 'mailer' | 'sentMail' | 'clock' | 'settings'
> & { offboarding: Pick<OffboardingStore, 'schedule'> };

export { OFFBOARDING_DELAY_DAYS };

/** Everyone who may act for the merchant or administer it: they hear of the erasure. */
export const toldOfOffboarding = (merchant: Pick<MerchantConfig, 'members'>) =>
  merchant.members
    .filter(
      (m) => roleAllows(m.role, 'act') || roleAllows(m.role, 'administer'),
    )
    .map((m) => m.email);

export async function scheduleOffboarding(
  merchant: MerchantConfig,
  source: { webhookId: string; receivedAt: string },
  ports: ScheduleOffboardingPorts,
): Promise<OffboardingRecord> {
  const { record, created } = await ports.offboarding.schedule(
    offboardingOf(merchant.merchantId, source.webhookId, source.receivedAt),
  );
  // Each webhook is audited once; the email once per record (the webhook that scheduled it).
  const key = `scheduled:${record.source.webhookId}`;
  await ports.audit.append({
    requestId: offboardingTrail(merchant.merchantId),
    type: 'OffboardingScheduled',
    at: record.requestedAt,
    actor: 'merchant',
    details: {
      via: 'shopify-admin',
      topic: 'shop/redact',
      webhookId: record.source.webhookId,
      eraseAt: record.eraseAt,
      ...(created ? {} : { repeated: source.webhookId }),
    },
    key: `scheduled:${source.webhookId}`,
  });
  const to = toldOfOffboarding(merchant);
  if (record.status === 'scheduled' && to.length > 0)
    await sendOnce(
      ports,
      { requestId: offboardingTrail(merchant.merchantId), purpose: key },
      () => ({
        email: offboardingEmail(
          record,
          merchant,
          to,
          `${ports.settings.publicBaseUrl}/console/sign-in`,
        ),
      }),
    );
  return record;
}
