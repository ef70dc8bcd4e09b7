import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SesMailer } from '#adapters/aws/ses-mailer.ts';
import { type Config, ENV } from '#shared/config.ts';
import { traced } from '#shared/tracing.ts';

export function sesMailer(config: Config) {
  return {
    mailer: new SesMailer(
      traced(new SESv2Client({})),
      config.mailFrom,
      process.env[ENV.mailConfigurationSet] || undefined,
    ),
  };
}
