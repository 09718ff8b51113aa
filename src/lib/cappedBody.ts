/**
 * Size caps for files that arrive from outside (imports, translation files). A cap holds before
 * the file is read: a declared `Content-Length` above it is refused at once, and a body without
 * one is counted as it arrives and dropped the moment it passes the cap, so no more than the cap
 * (plus one chunk) is ever held.
 */
import { positiveNumber } from './env'

export const megabyte = 1024 * 1024

/** A number of megabytes from the environment, or `fallback` when unset or not positive. */
export const megabytesFromEnv = (name: string, fallback: number) =>
  positiveNumber(process.env[name], fallback)

/** Whether the request says its body is larger than `maxBytes`. */
export const isDeclaredTooLarge = (headers: Headers, maxBytes: number) =>
  Number(headers.get('content-length') ?? 0) > maxBytes

/** The chunks of `input`, ended with `tooLarge()` once together they pass `maxBytes`. */
export async function* capped({
  input,
  maxBytes,
  tooLarge,
}: {
  input: AsyncIterable<Buffer | string | Uint8Array>
  maxBytes: number
  tooLarge: () => Error
}): AsyncGenerator<Buffer> {
  let total = 0
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk)
    total += buffer.length
    if (total > maxBytes) throw tooLarge()
    yield buffer
  }
}

/** A request body as UTF-8 text, read under the cap; `undefined` when there is no body. */
export const readCappedText = async ({
  body,
  headers,
  maxBytes,
  tooLarge,
}: {
  body: ReadableStream<Uint8Array> | null | undefined
  headers: Headers
  maxBytes: number
  tooLarge: () => Error
}): Promise<string | undefined> => {
  if (isDeclaredTooLarge(headers, maxBytes)) {
    await body?.cancel().catch(() => undefined)
    throw tooLarge()
  }
  if (!body) return undefined
  const chunks: Buffer[] = []
  for await (const chunk of capped({
    input: body as unknown as AsyncIterable<Uint8Array>,
    maxBytes,
    tooLarge,
  })) {
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * The body of an anonymous request, read only up to a cap. Anyone can post to the public
 * endpoints, so no body is read whole before it is known to be small. The refusal is a 413 with a
 * Dutch message; the app's server then closes the connection instead of draining the rest
 * (scripts/server.ts).
 */
export type CappedBody = { isRead: true; text: string } | { isRead: false; response: Response }

/** What the public endpoints take: a sign-up, a one-click opt-out or a provider's webhook. */
export const publicBodyLimitBytes = 16 * 1024

class BodyTooLarge extends Error {}

export const readCappedBody = async ({
  req,
  maxBytes = publicBodyLimitBytes,
  headers,
}: {
  req: { headers: Headers; body?: ReadableStream<Uint8Array> | null }
  maxBytes?: number
  /** Added to the refusal, e.g. CORS headers so an embedding site can read it. */
  headers?: Record<string, string>
}): Promise<CappedBody> => {
  try {
    const text = await readCappedText({
      body: req.body,
      headers: req.headers,
      maxBytes,
      tooLarge: () => new BodyTooLarge(),
    })
    return { isRead: true, text: text ?? '' }
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error
    return {
      isRead: false,
      response: Response.json(
        { message: `Het verzoek is te groot: stuur hoogstens ${Math.floor(maxBytes / 1024)} kB.` },
        { status: 413, headers },
      ),
    }
  }
}
