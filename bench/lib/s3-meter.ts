/** S3 requests and bytes, counted at a proxy in front of s3rver, in the two S3 pricing tiers. */
import type { Exchange } from './counting-proxy.ts';

export class S3Meter {
  tier1 = 0; // PUT, COPY, POST, LIST
  tier2 = 0; // GET, HEAD, ...
  bytesIn = 0;
  bytesOut = 0;
  byMethod: Record<string, number> = {};

  reset(): void {
    this.tier1 = this.tier2 = this.bytesIn = this.bytesOut = 0;
    this.byMethod = {};
  }

  readonly record = (x: Exchange): void => {
    const isList = x.method === 'GET' && /[?&](list-type|prefix)=/.test(x.url);
    if (x.method === 'PUT' || x.method === 'POST' || isList) this.tier1++;
    else this.tier2++;
    this.byMethod[x.method] = (this.byMethod[x.method] ?? 0) + 1;
    this.bytesIn += x.requestBody.length;
    this.bytesOut += x.responseBody.length;
  };
}
