/** The part of autocannon's API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  type Histogram = {
    average: number
    p50: number
    p90: number
    p97_5: number
    p99: number
    max: number
  }

  export type Result = {
    requests: Histogram & { total: number }
    latency: Histogram
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
  }

  type Options = { url: string; connections?: number; duration?: number; pipelining?: number }

  type Instance = EventEmitter & Promise<Result>

  const autocannon: (options: Options) => Instance
  export default autocannon
}
