import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import config from '@payload-config'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
  OPTIONS: REST_OPTIONS(config),
}

type Method = keyof typeof handlers

/**
 * Calls the app's own REST route handlers (the ones `src/app/(payload)/api` serves) with a real
 * Request, as a signed-in user when a token is given.
 */
export const rest = async (
  method: Method,
  path: string,
  {
    token,
    body,
    language = 'nl',
    headers: extraHeaders = {},
  }: {
    token?: string
    /**
     * JSON-encoded, unless it is a string (form bodies, signed bodies), `FormData` (file uploads)
     * or a stream (a file that arrives in chunks): then it is sent as it is.
     */
    body?: unknown
    language?: string
    headers?: Record<string, string>
  } = {},
) => {
  const url = new URL(path, 'http://localhost:3000')
  const headers = new Headers({ 'Accept-Language': language })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const isSentAsItIs =
    typeof body === 'string' || body instanceof FormData || body instanceof ReadableStream
  if (body !== undefined && !isSentAsItIs) headers.set('Content-Type', 'application/json')
  for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value)
  const request = new Request(url, {
    method,
    headers,
    body: body === undefined ? undefined : isSentAsItIs ? (body as BodyInit) : JSON.stringify(body),
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const bytes = Buffer.from(await response.arrayBuffer())
  // As response.text() decodes: UTF-8, without a byte order mark.
  const text = new TextDecoder().decode(bytes)
  const isJson = response.headers.get('content-type')?.includes('application/json')
  return {
    status: response.status,
    headers: response.headers,
    /** The body as it came, for files. */
    bytes,
    text,
    body: isJson && text ? JSON.parse(text) : undefined,
  }
}
