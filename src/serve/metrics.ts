/**
 * The service's metrics in the Prometheus text exposition format (version 0.0.4): requests by
 * route, method and status; request durations as a histogram by route; issues by code; bodies
 * refused by reason; the pool's workers and queue. Labels hold route patterns and codes only,
 * never data, so the number of series stays bounded.
 */

import type { PoolStats } from './pool.js';

/** Upper bounds (seconds) of the duration histogram's buckets. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

function labels(values: Readonly<Record<string, string>>): string {
  const parts = Object.entries(values).map(
    ([name, value]) => `${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
  );
  return parts.length > 0 ? `{${parts.join(',')}}` : '';
}

interface Histogram {
  readonly counts: number[];
  sum: number;
  count: number;
}

export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly durations = new Map<string, Histogram>();
  private readonly issues = new Map<string, number>();
  private readonly rejected = new Map<string, number>();

  /** Counts one answered request. `route` is the route pattern (`/forms/:form/validate`). */
  request(route: string, method: string, status: number, seconds: number): void {
    const key = labels({ route, method, status: String(status) });
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const routeKey = labels({ route });
    let histogram = this.durations.get(routeKey);
    if (!histogram) {
      histogram = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.durations.set(routeKey, histogram);
    }
    for (let i = 0; i < BUCKETS.length; i++) {
      if (seconds <= (BUCKETS[i] as number)) histogram.counts[i] = (histogram.counts[i] ?? 0) + 1;
    }
    histogram.sum += seconds;
    histogram.count++;
  }

  /** Counts the issues of an answer by code. */
  issueCodes(codes: readonly string[]): void {
    for (const code of codes) {
      const key = labels({ code });
      this.issues.set(key, (this.issues.get(key) ?? 0) + 1);
    }
  }

  /** Counts a refused body by the code that refused it. */
  rejectedBody(reason: string): void {
    const key = labels({ reason });
    this.rejected.set(key, (this.rejected.get(key) ?? 0) + 1);
  }

  /** The exposition text. */
  render(pool: PoolStats): string {
    const out: string[] = [];
    const counter = (name: string, help: string, values: Map<string, number>) => {
      out.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
      for (const [key, value] of values) out.push(`${name}${key} ${value}`);
    };
    counter('antrag_http_requests_total', 'Requests answered, by route, method and status.', this.requests);
    out.push(
      '# HELP antrag_http_request_duration_seconds Time from request to response, by route.',
      '# TYPE antrag_http_request_duration_seconds histogram',
    );
    for (const [key, histogram] of this.durations) {
      const route = key.slice(1, -1);
      BUCKETS.forEach((bound, i) => {
        out.push(
          `antrag_http_request_duration_seconds_bucket{${route},le="${bound}"} ${histogram.counts[i]}`,
        );
      });
      out.push(`antrag_http_request_duration_seconds_bucket{${route},le="+Inf"} ${histogram.count}`);
      out.push(`antrag_http_request_duration_seconds_sum${key} ${histogram.sum}`);
      out.push(`antrag_http_request_duration_seconds_count${key} ${histogram.count}`);
    }
    counter('antrag_issues_total', 'Issues in answers, by code.', this.issues);
    counter(
      'antrag_rejected_bodies_total',
      'Request bodies refused, by the code that refused them.',
      this.rejected,
    );
    const gauge = (name: string, help: string, value: number) =>
      out.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${value}`);
    gauge('antrag_pool_workers', 'Worker threads running.', pool.workers);
    gauge('antrag_pool_busy', 'Worker threads running a task.', pool.busy);
    gauge('antrag_pool_queued', 'Tasks waiting for a worker.', pool.queued);
    gauge('antrag_pool_queued_bytes', 'Bytes of request bodies waiting for a worker.', pool.queuedBytes);
    return `${out.join('\n')}\n`;
  }
}
