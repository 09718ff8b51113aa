import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local stand-in for the Resend API, faithful to what the `resend` SDK (6.38) sends and reads:
 * `POST /emails` and `POST /emails/batch` with JSON bodies, `Authorization: Bearer <key>`,
 * `Idempotency-Key`, `x-batch-validation`, error bodies `{ statusCode, name, message }`, Resend's
 * one-second rate-limit window with `retry-after` and `ratelimit-*` headers. Tests point the SDK at
 * it with RESEND_BASE_URL; nothing leaves the machine.
 */

export const fakeResendApiKey = 're_fake_test_key'

export type FakeResendFault =
  /** Answers 500, as Resend does when it has an internal problem. */
  | { kind: 'server-error'; count?: number }
  /** Answers 429 as if the rate limit were hit, with this `retry-after`. */
  | { kind: 'rate-limit'; retryAfterSeconds?: number; count?: number }
  /**
   * Closes the socket without an answer. With `isAfterAccepting` the request is accepted and
   * recorded first: the answer is lost, the mail is not, as when a network fails on the way back.
   */
  | { kind: 'drop-connection'; isAfterAccepting?: boolean; count?: number }
  /** Waits this long before handling the request. */
  | { kind: 'slow'; delayMs: number; count?: number }

export type FakeResendMessage = {
  id: string
  from: string
  to: string[]
  subject: string
  html?: string
  text?: string
  replyTo?: string | string[]
  headers?: Record<string, string>
  tags?: { name: string; value: string }[]
  idempotencyKey?: string
}

export type FakeResendBatch = {
  idempotencyKey?: string
  validation: 'strict' | 'permissive'
  messageIds: string[]
  errors: { index: number; message: string }[]
}

export type FakeResendRequest = {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: unknown
  /** The status answered, or 'dropped' when the connection was closed without one. */
  status: number | 'dropped'
}

export type FakeResend = {
  url: string
  apiKey: string
  /** Every message accepted, once, in order. */
  messages: FakeResendMessage[]
  /** Every batch accepted, once, in order. */
  batches: FakeResendBatch[]
  /** Every request received, replays and failures included. */
  requests: FakeResendRequest[]
  /** Applies to the next `count` (default 1) requests; faults queue up in order. */
  injectFault: (fault: FakeResendFault) => void
  /**
   * Holds every request that arrives from now on until the returned `release` is called, so a
   * send stands still half-way for as long as a test needs (no clock involved).
   */
  hold: () => () => void
  close: () => Promise<void>
}

/** Chances per request (0 to 1) of a fault, drawn independently of the queued faults. */
export type FakeResendRandomFaults = {
  /** Accepted and recorded, but the answer is lost (the connection closes). */
  dropAfterAccepting?: number
  /** The connection closes before anything happens. */
  dropBeforeAccepting?: number
  serverError?: number
}

export const startFakeResend = async ({
  ratePerSecond = 2,
  apiKey = fakeResendApiKey,
  now = Date.now,
  latencyMs = 0,
  randomFaults = {},
  random = Math.random,
  idempotencyKeyTtlMs = 24 * 60 * 60 * 1000,
}: {
  ratePerSecond?: number
  apiKey?: string
  /** The clock of the rate limiter and key expiry, so tests can step through time without waiting. */
  now?: () => number
  /** Added to every request before it is handled, as a real API's round trip. */
  latencyMs?: number
  randomFaults?: FakeResendRandomFaults
  /** Source of the random faults; pass a seeded one for a repeatable run. */
  random?: () => number
  /** Resend remembers an Idempotency-Key for 24 hours; after that the key is new again. */
  idempotencyKeyTtlMs?: number
} = {}): Promise<FakeResend> => {
  const messages: FakeResendMessage[] = []
  const batches: FakeResendBatch[] = []
  const requests: FakeResendRequest[] = []
  const faults: { fault: FakeResendFault; remaining: number }[] = []
  // Resend keeps keys for 24 hours; a test server does not live that long.
  const idempotentResponses = new Map<
    string,
    { fingerprint: string; reply: Reply; storedAt: number }
  >()
  const timers = new Set<NodeJS.Timeout>()
  let held: { released: Promise<void>; release: () => void } | undefined
  let window = { startedAt: -Infinity, used: 0 }

  const nextFault = () => {
    const next = faults[0]
    if (!next) return undefined
    next.remaining -= 1
    if (next.remaining <= 0) faults.shift()
    return next.fault
  }

  const randomFault = (): FakeResendFault | undefined => {
    const draw = random()
    let threshold = 0
    for (const [chance, fault] of [
      [randomFaults.dropAfterAccepting, { kind: 'drop-connection', isAfterAccepting: true }],
      [randomFaults.dropBeforeAccepting, { kind: 'drop-connection' }],
      [randomFaults.serverError, { kind: 'server-error' }],
    ] as const) {
      threshold += chance ?? 0
      if (draw < threshold) return fault
    }
    return undefined
  }

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })

  /** Resend's fixed one-second window: `ratePerSecond` requests, then 429 until it ends. */
  const takeRateLimitSlot = (
    time: number,
  ): { headers: Record<string, string>; isAllowed: boolean } => {
    if (time - window.startedAt >= 1000) window = { startedAt: time, used: 0 }
    const resetSeconds = String(Math.max(1, Math.ceil((window.startedAt + 1000 - time) / 1000)))
    const isAllowed = window.used < ratePerSecond
    if (isAllowed) window.used += 1
    const headers: Record<string, string> = {
      'ratelimit-limit': String(ratePerSecond),
      'ratelimit-remaining': String(ratePerSecond - window.used),
      'ratelimit-reset': resetSeconds,
    }
    if (!isAllowed) headers['retry-after'] = resetSeconds
    return { headers, isAllowed }
  }

  const acceptEmail = (email: ApiEmail, idempotencyKey: string | undefined): string => {
    const id = crypto.randomUUID()
    messages.push({
      id,
      from: email.from as string,
      to: toList(email.to),
      subject: email.subject as string,
      html: email.html,
      text: email.text,
      replyTo: email.reply_to,
      headers: email.headers,
      tags: email.tags,
      idempotencyKey,
    })
    return id
  }

  const handle = (path: string, body: unknown, request: http.IncomingMessage): Reply => {
    const idempotencyKey = header(request, 'idempotency-key')
    if (path === '/emails') {
      const problem = emailProblem(body)
      if (problem) return errorReply(422, problem.name, problem.message)
      return { status: 200, body: { id: acceptEmail(body as ApiEmail, idempotencyKey) } }
    }
    if (path === '/emails/batch') {
      if (!Array.isArray(body) || body.length === 0) {
        return errorReply(
          422,
          'validation_error',
          'The request body must be a non-empty array of emails.',
        )
      }
      if (body.length > 100) {
        return errorReply(
          422,
          'validation_error',
          'Too many emails in the batch. The maximum is 100.',
        )
      }
      const validation =
        header(request, 'x-batch-validation') === 'permissive' ? 'permissive' : 'strict'
      const problems = body.map(emailProblem)
      const firstProblem = problems.find(Boolean)
      if (validation === 'strict' && firstProblem) {
        return errorReply(422, firstProblem.name, firstProblem.message)
      }
      const errors: FakeResendBatch['errors'] = []
      const messageIds: string[] = []
      body.forEach((email: ApiEmail, index) => {
        const problem = problems[index]
        if (problem) errors.push({ index, message: problem.message })
        else messageIds.push(acceptEmail(email, idempotencyKey))
      })
      batches.push({ idempotencyKey, validation, messageIds, errors })
      const data = messageIds.map((id) => ({ id }))
      return { status: 200, body: validation === 'permissive' ? { data, errors } : { data } }
    }
    return errorReply(404, 'not_found', 'The requested endpoint does not exist.')
  }

  const server = http.createServer(async (request, response) => {
    // The provider counts a request when it arrives, not after reading and handling it.
    const arrivedAt = now()
    response.on('error', () => undefined)
    const raw = await readBody(request)
    const path = new URL(request.url ?? '/', 'http://fake').pathname
    const record: FakeResendRequest = {
      method: request.method ?? 'GET',
      path,
      headers: request.headers,
      body: parseJson(raw),
      status: 'dropped',
    }
    requests.push(record)
    if (held) await held.released

    const send = (reply: Reply, extraHeaders: Record<string, string> = {}) => {
      record.status = reply.status
      response.writeHead(reply.status, {
        'content-type': 'application/json',
        ...extraHeaders,
        ...reply.headers,
      })
      response.end(JSON.stringify(reply.body))
    }
    const drop = () => {
      record.status = 'dropped'
      request.socket.destroy()
    }

    const fault = nextFault() ?? randomFault()
    if (latencyMs > 0) await delay(latencyMs)
    if (fault?.kind === 'slow') await delay(fault.delayMs)
    if (fault?.kind === 'server-error') {
      return send(errorReply(500, 'internal_server_error', 'An unexpected error occurred.'))
    }
    if (fault?.kind === 'rate-limit') {
      const retryAfter = String(fault.retryAfterSeconds ?? 1)
      return send(rateLimitedReply(ratePerSecond), {
        'retry-after': retryAfter,
        'ratelimit-limit': String(ratePerSecond),
        'ratelimit-remaining': '0',
        'ratelimit-reset': retryAfter,
      })
    }
    if (fault?.kind === 'drop-connection' && !fault.isAfterAccepting) return drop()

    const authorization = header(request, 'authorization')
    if (!authorization?.startsWith('Bearer ')) {
      return send(
        errorReply(
          401,
          'missing_api_key',
          'Missing API key in the authorization header. Include the following header Authorization: Bearer YOUR_API_KEY in the request.',
        ),
      )
    }
    if (authorization.slice('Bearer '.length) !== apiKey) {
      return send(errorReply(403, 'invalid_api_key', 'API key is invalid'))
    }

    const rateLimit = takeRateLimitSlot(arrivedAt)
    if (!rateLimit.isAllowed) return send(rateLimitedReply(ratePerSecond), rateLimit.headers)

    if (request.method !== 'POST') {
      return send(
        errorReply(405, 'method_not_allowed', 'Method is not allowed for the requested path.'),
        rateLimit.headers,
      )
    }
    if (record.body === undefined) {
      return send(
        errorReply(422, 'validation_error', 'The request body is not valid JSON.'),
        rateLimit.headers,
      )
    }

    const idempotencyKey = header(request, 'idempotency-key')
    const fingerprint = `${path}\n${raw}`
    if (idempotencyKey !== undefined) {
      if (idempotencyKey.length < 1 || idempotencyKey.length > 256) {
        return send(
          errorReply(400, 'invalid_idempotency_key', 'The key must be between 1-256 chars.'),
          rateLimit.headers,
        )
      }
      const remembered = idempotentResponses.get(idempotencyKey)
      const earlier =
        remembered && now() - remembered.storedAt < idempotencyKeyTtlMs ? remembered : undefined
      if (earlier && earlier.fingerprint !== fingerprint) {
        return send(
          errorReply(
            409,
            'invalid_idempotent_request',
            'Same idempotency key used with a different request payload. Change your idempotency key or payload.',
          ),
          rateLimit.headers,
        )
      }
      if (earlier) return send(earlier.reply, rateLimit.headers)
    }

    const reply = handle(path, record.body, request)
    // Only what was accepted is remembered, so a request that failed can be retried with its key.
    if (idempotencyKey !== undefined && reply.status === 200) {
      idempotentResponses.set(idempotencyKey, { fingerprint, reply, storedAt: now() })
    }
    if (fault?.kind === 'drop-connection') return drop()
    send(reply, rateLimit.headers)
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    messages,
    batches,
    requests,
    injectFault: (fault) => {
      faults.push({ fault, remaining: fault.count ?? 1 })
    },
    hold: () => {
      let release = () => {}
      const gate = { released: new Promise<void>((resolve) => (release = resolve)), release }
      held = gate
      return () => {
        if (held === gate) held = undefined
        gate.release()
      }
    },
    close: async () => {
      held?.release()
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

type Reply = { status: number; body: unknown; headers?: Record<string, string> }

/** An e-mail as the SDK puts it on the wire (snake_case, see `parseEmailToApiOptions`). */
type ApiEmail = {
  from?: unknown
  to?: unknown
  subject?: unknown
  html?: string
  text?: string
  reply_to?: string | string[]
  headers?: Record<string, string>
  tags?: { name: string; value: string }[]
}

const errorReply = (status: number, name: string, message: string): Reply => ({
  status,
  body: { statusCode: status, name, message },
})

const rateLimitedReply = (ratePerSecond: number) =>
  errorReply(
    429,
    'rate_limit_exceeded',
    `Too many requests. You can only make ${ratePerSecond} requests per second. See rate limit response headers for more information. Or contact support to increase rate limit.`,
  )

const addressFormat =
  'The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.'

const isAddress = (value: unknown) => typeof value === 'string' && value.includes('@')

const toList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string',
  )

/** The checks Resend makes before it creates an e-mail, with its error names and messages. */
const emailProblem = (email: unknown): { name: string; message: string } | undefined => {
  if (!email || typeof email !== 'object') {
    return { name: 'validation_error', message: 'Each email must be an object.' }
  }
  const { from, to, subject, html, text } = email as ApiEmail
  if (from === undefined)
    return { name: 'missing_required_field', message: 'Missing `from` field.' }
  if (!isAddress(from))
    return { name: 'validation_error', message: `Invalid \`from\` field. ${addressFormat}` }
  if (to === undefined) return { name: 'missing_required_field', message: 'Missing `to` field.' }
  const recipients = Array.isArray(to) ? to : [to]
  if (recipients.length === 0 || recipients.length > 50 || !recipients.every(isAddress)) {
    return { name: 'validation_error', message: `Invalid \`to\` field. ${addressFormat}` }
  }
  if (typeof subject !== 'string' || !subject) {
    return { name: 'missing_required_field', message: 'Missing `subject` field.' }
  }
  if (!html && !text) {
    return { name: 'missing_required_field', message: 'Missing `html` or `text` field.' }
  }
  return undefined
}

const header = (request: http.IncomingMessage, name: string): string | undefined => {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

const readBody = async (request: http.IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

const parseJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}
