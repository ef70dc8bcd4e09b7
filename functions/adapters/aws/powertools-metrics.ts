import {
  MetricUnit,
  Metrics as PowertoolsMetrics,
} from '@aws-lambda-powertools/metrics';
import type { MetricName, MetricOptions, Metrics } from '#ports/metrics.ts';

/** {@link Metrics} as CloudWatch embedded-metric-format log lines (no API calls, no cost per call). */
export class PowertoolsMetricsAdapter implements Metrics {
  private readonly metrics = new PowertoolsMetrics({
    namespace: 'DsrOrchestrator',
  });

  record(name: MetricName, value: number, options: MetricOptions = {}): void {
    const unit =
      options.unit === 'Milliseconds'
        ? MetricUnit.Milliseconds
        : MetricUnit.Count;
    if (!options.dimensions) {
      this.metrics.addMetric(name, unit, value);
      return;
    }
    // A metric with its own dimensions is published on its own, right away.
    const single = this.metrics.singleMetric();
    single.addDimensions(options.dimensions);
    single.addMetric(name, unit, value);
  }

  flush(): void {
    this.metrics.publishStoredMetrics();
  }
}
