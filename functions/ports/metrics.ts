/** Operational metrics. Names and dimension values are ours (types, outcomes, ids); never personal data. */
export type MetricName =
  | 'OpenRequests'
  | 'DueWithin7Days'
  | 'OverdueRequests'
  | 'RemindersSent'
  | 'EscalationsSent'
  | 'RequestsExpired'
  | 'RequestsPseudonymised'
  | 'RequestsFinished'
  | 'TimeToComplete'
  | 'JobsFinished'
  | 'ExecutionsResumed'
  | 'AftermathsRepaired'
  | 'RequestsStalled'
  | 'StalledRequests';

export interface MetricOptions {
  /** Default `Count`. */
  unit?: 'Count' | 'Milliseconds';
  /** Low-cardinality breakdown, e.g. `{ type: 'access', outcome: 'COMPLETED' }`. */
  dimensions?: Record<string, string>;
}

export interface Metrics {
  /** Buffers one data point (emitted at once when it has dimensions of its own). */
  record(name: MetricName, value: number, options?: MetricOptions): void;
  /** Emits what was buffered. */
  flush(): void;
}
