/**
 * The body of an anonymous request, read only up to a cap. Anyone can post to the public endpoints,
 * so no body is read whole before it is known to be small: a `Content-Length` over the cap is
 * refused unread, and a body without one (chunked) is read as it arrives and refused the moment it
 * passes the cap. The refusal is a 413 with a Dutch message; the app's server then closes the
 * connection instead of draining the rest (scripts/server.ts).
 */
export type CappedBody = { isRead: true; text: string } | { isRead: false; response: Response }

/** What the public endpoints take: a sign-up, a one-click opt-out or a provider's webhook. */
export const publicBodyLimitBytes = 16 * 1024

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
  const refuse = () => ({
    isRead: false as const,
    response: Response.json(
      {
        message: `Het verzoek is te groot: stuur hoogstens ${Math.floor(maxBytes / 1024)} kB.`,
      },
      { status: 413, headers },
    ),
  })
  const declared = req.headers.get('content-length')
  if (declared !== null && !(Number(declared) <= maxBytes)) return refuse()
  if (!req.body) return { isRead: true, text: '' }
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return refuse()
    }
    chunks.push(value)
  }
  return { isRead: true, text: Buffer.concat(chunks).toString('utf8') }
}
