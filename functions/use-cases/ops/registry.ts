import { MerchantNotFoundError, ValidationError } from '#domain/errors.ts';
import { approversOf } from '#domain/members.ts';
import {
  fieldErrors,
  type MerchantConfig,
  ProcessorConfig,
} from '#domain/schemas.ts';
import type { OpsPorts } from './ports.ts';

/** The merchant's processor registry (today: its configuration's `processors`). */
export async function listProcessors(
  input: { merchantId: string },
  ports: Pick<OpsPorts, 'merchants'>,
): Promise<MerchantConfig['processors']> {
  const merchant = await ports.merchants.get(input.merchantId);
  if (!merchant) throw new MerchantNotFoundError();
  return merchant.processors;
}

/** Merchants with what ops needs at a glance (no approver addresses). */
export async function listMerchants(ports: Pick<OpsPorts, 'query'>) {
  return (await ports.query.listMerchants()).map((m) => ({
    merchantId: m.merchantId,
    name: m.name,
    country: m.country,
    regime: m.regime,
    timezone: m.timezone,
    processors: m.processors.length,
    approvers: approversOf(m).length,
  }));
}

/** Setting names that look like secrets: those belong in the secret store, named by `credentialsRef`. */
const SECRET_LIKE = /secret|token|password|passwd|api[-_]?key|private[-_]?key/i;

/**
 * Adds or replaces one processor of a merchant's registry (by `processorId`). The entry is
 * validated like the seed; credentials are refused in it (they go in the secret store).
 */
export async function upsertProcessor(
  input: { merchantId: string; processor: unknown },
  ports: Pick<OpsPorts, 'merchants'>,
): Promise<{ processor: ProcessorConfig; replaced: boolean }> {
  const merchant = await ports.merchants.get(input.merchantId);
  if (!merchant) throw new MerchantNotFoundError();
  const parsed = ProcessorConfig.safeParse(input.processor);
  if (!parsed.success)
    throw new ValidationError(
      'The processor entry is not valid',
      fieldErrors(parsed.error),
    );
  const secretLike = Object.keys(parsed.data.settings).filter((k) =>
    SECRET_LIKE.test(k),
  );
  if (secretLike.length)
    throw new ValidationError(
      'Credentials do not belong in the registry: store them as a secret and set credentialsRef',
      Object.fromEntries(
        secretLike.map((k) => [`settings.${k}`, 'looks like a credential']),
      ),
    );
  const replaced = merchant.processors.some(
    (p) => p.processorId === parsed.data.processorId,
  );
  await ports.merchants.put({
    ...merchant,
    processors: replaced
      ? merchant.processors.map((p) =>
          p.processorId === parsed.data.processorId ? parsed.data : p,
        )
      : [...merchant.processors, parsed.data],
  });
  return { processor: parsed.data, replaced };
}

/** Removes one processor from a merchant's registry; a merchant keeps at least one. */
export async function removeProcessor(
  input: { merchantId: string; processorId: string },
  ports: Pick<OpsPorts, 'merchants'>,
): Promise<void> {
  const merchant = await ports.merchants.get(input.merchantId);
  if (!merchant) throw new MerchantNotFoundError();
  if (!merchant.processors.some((p) => p.processorId === input.processorId))
    throw new ValidationError(`No processor ${input.processorId}`, {
      processorId: 'is not in the registry',
    });
  if (merchant.processors.length === 1)
    throw new ValidationError('A merchant needs at least one processor', {
      processorId: 'is the last one',
    });
  await ports.merchants.put({
    ...merchant,
    processors: merchant.processors.filter(
      (p) => p.processorId !== input.processorId,
    ),
  });
}
