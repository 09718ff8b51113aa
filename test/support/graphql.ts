import { GRAPHQL_POST } from '@payloadcms/next/routes'

import config from '@payload-config'

const handler = GRAPHQL_POST(config)

/** Calls the app's own GraphQL route handler (`/api/graphql`), signed in when a token is given. */
export const graphql = async (
  query: string,
  { token, variables }: { token?: string; variables?: Record<string, unknown> } = {},
) => {
  const headers = new Headers({ 'Content-Type': 'application/json', 'Accept-Language': 'nl' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await handler(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    }),
  )
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, unknown> | null
      errors?: { message: string }[]
    },
  }
}
