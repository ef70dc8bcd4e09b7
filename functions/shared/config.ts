import { ENV } from '#infra/wiring.ts';

/** Handler configuration, read once per cold start; a missing variable fails fast with its name. */
export interface Config {
  tableName: string;
  exportBucket: string;
  stateMachineArn: string;
  publicBaseUrl: string;
  mailFrom: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

export function readConfig(): Config {
  return {
    tableName: required(ENV.tableName),
    exportBucket: process.env[ENV.exportBucket] ?? '',
    stateMachineArn: process.env[ENV.stateMachineArn] ?? '',
    // Without a trailing slash, so every URL is `${publicBaseUrl}/path`.
    publicBaseUrl: required(ENV.publicBaseUrl).replace(/\/+$/, ''),
    mailFrom: process.env[ENV.mailFrom] ?? 'privacy@example.com',
  };
}
