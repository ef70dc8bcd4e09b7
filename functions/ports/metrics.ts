/** Operational metrics. Names and dimensions are ours; never personal data. */
export type MetricName =
  | 'OpenRequests'
  | 'DueWithin7Days'
  | 'OverdueRequests'
  | 'RemindersSent'
  | 'EscalationsSent'
  | 'RequestsExpired';

export interface Metrics {
  /** Buffers one data point. */
  record(name: MetricName, value: number): void;
  /** Emits what was buffered. */
  flush(): void;
}
