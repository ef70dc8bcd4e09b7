import { PowertoolsMetricsAdapter } from '#adapters/aws/powertools-metrics.ts';

export function powertoolsMetrics() {
  return { metrics: new PowertoolsMetricsAdapter() };
}
