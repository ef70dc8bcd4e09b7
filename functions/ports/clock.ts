/** Time and identifiers, injected so use cases are deterministic in tests. */
export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  requestId(): string;
}
