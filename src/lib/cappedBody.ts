/**
 * Size caps for files that arrive from outside (imports, translation files). A cap holds before
 * the file is read: a declared `Content-Length` above it is refused at once, and a body without
 * one is counted as it arrives and dropped the moment it passes the cap, so no more than the cap
 * (plus one chunk) is ever held.
 */

export const megabyte = 1024 * 1024

/** A whole number of megabytes from the environment, or `fallback` when unset or not positive. */
export const megabytesFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

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
