import autocannon from 'autocannon';

export interface LoadScenario {
  name: string;
  /** the paths the connections take in turn: many different searches, not one query the cache learns */
  paths: string[];
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** answers other than 2xx, connection errors and timeouts: any of them voids the figures */
  failures: number;
}

/**
 * `connections` clients sending requests one after the other for `seconds`, each request the next of the
 * scenario's paths, with the session cookie of a logged-in user.
 */
export async function loadTest(
  url: string,
  cookie: string,
  scenario: LoadScenario,
  options: { connections: number; seconds: number },
): Promise<LoadFigures> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: { cookie },
    requests: [
      {
        setupRequest: (request) => {
          next = (next + 1) % scenario.paths.length;
          return { ...request, path: scenario.paths[next] };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
