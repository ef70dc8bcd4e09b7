/**
 * The region is explicit: `-c region=<region>` (default eu-north-1) places both stacks, nothing
 * in the templates names us-east-1, and the app synthesizes in every commercial EU region
 * (eu-central-2 and eu-south-2 failed while the functions used the Parameters and Secrets
 * extension layer, which CDK's table lacks there for arm64).
 */
import { RegionInfo } from 'aws-cdk-lib/region-info';
import { describe, expect, it } from 'vitest';
import { buildApp } from '#infra/app.ts';

const EU_REGIONS = RegionInfo.regions
  .map((r) => r.name)
  .filter((name) => /^eu-(north|south|west|central)-\d$/.test(name))
  .sort();

/** Bundling and the policy checks are other tests' concern: this one checks placement only. */
const synth = (context: Record<string, unknown>) => {
  const built = buildApp(
    { stage: 'test', 'aws:cdk:bundling-stacks': [], ...context },
    { policyValidation: false },
  );
  const assembly = built.app.synth();
  return {
    built,
    templates: [built.data, built.stateless].map((s) =>
      JSON.stringify(assembly.getStackByName(s.stackName).template),
    ),
  };
};

describe('regions', () => {
  it('knows every commercial EU region, including Zurich and Spain', () => {
    expect(EU_REGIONS).toEqual(
      expect.arrayContaining(['eu-central-2', 'eu-north-1', 'eu-south-2']),
    );
    expect(EU_REGIONS.length).toBeGreaterThanOrEqual(8);
  });

  it('places both stacks in eu-north-1 when no region is given, whatever the CLI profile says', () => {
    const previous = process.env.CDK_DEFAULT_REGION;
    process.env.CDK_DEFAULT_REGION = 'us-east-1';
    try {
      const { built, templates } = synth({});
      expect(built.data.region).toBe('eu-north-1');
      expect(built.stateless.region).toBe('eu-north-1');
      for (const t of templates) expect(t).not.toContain('us-east-1');
    } finally {
      if (previous === undefined) delete process.env.CDK_DEFAULT_REGION;
      else process.env.CDK_DEFAULT_REGION = previous;
    }
  });

  it.each(EU_REGIONS)(
    'synthesizes in %s, every region reference its own',
    (region) => {
      const { built, templates } = synth({ region });
      expect(built.data.region).toBe(region);
      expect(built.stateless.region).toBe(region);
      const [data, app] = templates as [string, string];
      // The cross-stack references read the data stack's outputs in this region.
      for (const m of app.matchAll(
        /"Fn::GetStackOutput":\{[^}]*"Region":"([^"]+)"/g,
      ))
        expect(m[1]).toBe(region);
      // CloudWatch Logs may use the data key in this region.
      expect(data).toContain(`"Service":"logs.${region}.amazonaws.com"`);
      // No other region is named anywhere (Lambda layers included).
      for (const other of [...EU_REGIONS, 'us-east-1'].filter(
        (r) => r !== region,
      ))
        for (const t of templates) expect(t).not.toContain(`"${other}"`);
    },
  );
});
