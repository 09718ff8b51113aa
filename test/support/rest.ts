import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import config from '@payload-config'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}

type Method = keyof typeof handlers

/**
 * Calls the app's own REST route handlers (the ones `src/app/(payload)/api` serves) with a real
 * Request, as a signed-in user when a token is given.
 */
export const rest = async (
  method: Method,
  path: string,
  { token, body, language = 'nl' }: { token?: string; body?: unknown; language?: string } = {},
) => {
  const url = new URL(path, 'http://localhost:3000')
  const headers = new Headers({ 'Accept-Language': language })
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  const request = new Request(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  const isJson = response.headers.get('content-type')?.includes('application/json')
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: isJson && text ? JSON.parse(text) : undefined,
  }
}
