/**
 * AWS Control Tower's proactive controls (cdk-validator-cfnguard) run at every synth beside
 * cdk-nag: the app passes every bundled rule except the deliberate exceptions of
 * infra/compliance.ts, each on the resources it names, and any other finding fails the synth.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#infra/app.ts';
import {
  CONTROL_EXCEPTIONS,
  controlTowerValidator,
} from '#infra/compliance.ts';

interface PluginReport {
  pluginName: string;
  conclusion: string;
  violations: unknown[];
  suppressedViolations?: {
    ruleName: string;
    description: string;
    acknowledgedAt: string;
    reason: string;
  }[];
}

let guard: PluginReport;

beforeAll(() => {
  const built = buildApp({
    stage: 'test',
    mailFrom: 'privacy@shop.example',
    'aws:cdk:bundling-stacks': [],
  });
  const dir = built.app.synth().directory;
  const report = JSON.parse(
    readFileSync(join(dir, 'validation-report.json'), 'utf8'),
  ) as { pluginReports: PluginReport[] };
  guard = report.pluginReports.find(
    (r) => r.pluginName === 'cdk-validator-cfnguard',
  ) as PluginReport;
});

describe('Control Tower proactive controls', () => {
  it('run at synth and pass, with nothing left unacknowledged', () => {
    expect(guard).toBeDefined();
    expect(guard.conclusion).toBe('success');
    expect(guard.violations).toEqual([]);
  });

  it('set aside only the deliberate exceptions, on the resources each names, with its reason', () => {
    const suppressed = guard.suppressedViolations ?? [];
    expect(suppressed.length).toBeGreaterThan(0);
    for (const s of suppressed) {
      const [stackName, ...rest] = s.acknowledgedAt.split('/');
      const path = rest.join('/');
      const exception = CONTROL_EXCEPTIONS.find(
        (e) =>
          e.rule === s.ruleName &&
          stackName === `dsr-test-${e.stack}` &&
          e.resources.test(path),
      );
      expect(exception, `${s.ruleName} on ${s.acknowledgedAt}`).toBeDefined();
      expect(s.description).toContain(`[${exception?.control}]`);
      expect(s.reason).toBe(`${exception?.control}: ${exception?.reason}`);
    }
    // Every exception is in use, and CT.KMS.PR.3 is not among them: both keys pass it.
    for (const e of CONTROL_EXCEPTIONS)
      expect(
        suppressed.some((s) => s.ruleName === e.rule),
        e.control,
      ).toBe(true);
    expect(suppressed.map((s) => s.ruleName)).not.toContain(
      'kms_create_grant_aws_service_check',
    );
  });

  it('evaluates every bundled Control Tower rule, none disabled', () => {
    const validator = controlTowerValidator();
    expect(validator.ruleIds?.length).toBeGreaterThan(70);
    expect(validator.ruleIds).toEqual(
      expect.arrayContaining([
        'kmspr3',
        'lambdapr3',
        's3pr10',
        'apigatewaypr5',
      ]),
    );
  });

  it('fails the synth on any finding that is not a listed exception', () => {
    const built = buildApp({
      stage: 'test',
      mailFrom: 'privacy@shop.example',
      'aws:cdk:bundling-stacks': [],
    });
    // A bucket without KMS, versioning exception or access logs: CT.S3.PR.* findings.
    new Bucket(built.data, 'Unreviewed');
    expect(() => built.app.synth()).toThrow(
      /\[CT\.S3\.PR\.10\][^\n]*\(cdk-validator-cfnguard\)/,
    );
  });
});
