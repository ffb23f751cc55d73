// The part of autocannon's API the bench uses. @types/autocannon is left out on purpose: it depends on
// `@types/node: *`, which pulls a second, newer @types/node into the workspace.
declare module 'autocannon' {
  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** called before each request; what it returns is sent */
    setupRequest?: (request: Request, context: object) => Request;
  }

  interface Options {
    url: string;
    connections?: number;
    /** seconds */
    duration?: number;
    headers?: Record<string, string>;
    requests?: Request[];
  }

  interface Histogram {
    average: number;
    p50: number;
    p99: number;
    total: number;
  }

  interface Result {
    requests: Histogram;
    /** milliseconds */
    latency: Histogram;
    non2xx: number;
    errors: number;
    timeouts: number;
  }

  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
