import { credentialStore } from '#adapters/connectors/credentials.ts';
import { EmailProcessorConnector } from '#adapters/connectors/email.ts';
import {
  connectorRegistry,
  InternalDataConnector,
} from '#adapters/connectors/internal-dynamodb.ts';
import { KlaviyoConnector } from '#adapters/connectors/klaviyo.ts';
import { MailchimpConnector } from '#adapters/connectors/mailchimp.ts';
import { NostoConnector } from '#adapters/connectors/nosto.ts';
import { OpenDsrConnector } from '#adapters/connectors/opendsr.ts';
import { SendGridConnector } from '#adapters/connectors/sendgrid.ts';
import { ShopifyConnector } from '#adapters/connectors/shopify.ts';
import type { SubjectDataStore } from '#ports/subject-data.ts';
import { opendsrTrust } from './opendsr-trust.ts';

/** Every connector this deployment can use, by processor kind, and where their credentials are. */
export function connectors(ports: { subjectData: SubjectDataStore }) {
  return {
    connectors: connectorRegistry([
      new InternalDataConnector(ports.subjectData),
      new EmailProcessorConnector(),
      new ShopifyConnector(),
      new SendGridConnector(),
      new KlaviyoConnector(),
      new MailchimpConnector(),
      new NostoConnector(),
      new OpenDsrConnector({ trust: opendsrTrust() }),
    ]),
    credentials: credentialStore(),
  };
}
