import {
  MetricUnit,
  Metrics as PowertoolsMetrics,
} from '@aws-lambda-powertools/metrics';
import type { MetricName, Metrics } from '#ports/metrics.ts';

/** {@link Metrics} as CloudWatch embedded-metric-format log lines (no API calls, no cost per call). */
export class PowertoolsMetricsAdapter implements Metrics {
  private readonly metrics = new PowertoolsMetrics({
    namespace: 'DsrOrchestrator',
  });

  record(name: MetricName, value: number): void {
    this.metrics.addMetric(name, MetricUnit.Count, value);
  }

  flush(): void {
    this.metrics.publishStoredMetrics();
  }
}
