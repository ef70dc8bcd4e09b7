import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SesMailer } from '#adapters/aws/ses-mailer.ts';
import { ENV } from '#infra/wiring.ts';
import type { Config } from '#shared/config.ts';
import { tracer } from '#shared/powertools.ts';

export function sesMailer(config: Config) {
  return {
    mailer: new SesMailer(
      tracer.captureAWSv3Client(new SESv2Client({})),
      config.mailFrom,
      process.env[ENV.mailConfigurationSet] || undefined,
    ),
  };
}
