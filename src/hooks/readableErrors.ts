import type { AfterErrorHook } from 'payload'

import { adminT } from '@/i18n/admin'

/**
 * Every error the app raises on purpose (an `APIError` or `ValidationError` with a status below
 * 500, or marked public) reaches the person in their admin language with what to do; anything
 * else (a bug, a database failure) stays hidden behind one message that says what to do next.
 *
 * Payload already means to show public errors, but its formatter names an error by its class
 * name, and the production build minifies Payload's error classes into nameless ones: without
 * this hook every such message arrived as "An unknown error occurred.". So the answer is built
 * here from the error itself, in the shape Payload's admin reads (`errors[0].message`, field
 * errors under `data.errors`).
 */
export const readableErrors: AfterErrorHook = ({ error, req, graphqlResult, result }) => {
  // GraphQL wraps what a resolver threw; the app's own error is the original one.
  const raised: unknown = graphqlResult
    ? (error as { originalError?: unknown }).originalError
    : error
  const shown = isPublicError(raised, { isDebug: req?.payload?.config.debug === true })
    ? raised
    : undefined
  const message = shown?.message || unexpectedMessage(req)
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message } }
  if (!result) return
  return {
    response: {
      ...result,
      errors: [
        { name: shown?.name || 'APIError', message, ...(shown?.data ? { data: shown.data } : {}) },
      ],
    },
  }
}

/**
 * Payload's own rule (its `isErrorPublic` is not exported): an error marked public, or one with
 * a status other than 500, says what went wrong; anything else is a fault to keep to the log.
 */
export const isPublicError = (error: unknown, { isDebug = false } = {}): error is RaisedError => {
  if (isDebug) return true
  if (!error || typeof error !== 'object') return false
  const { isPublic, status } = error as RaisedError
  if (typeof isPublic === 'boolean') return isPublic
  return typeof status === 'number' && status !== 500
}

type RaisedError = {
  message?: string
  name?: string
  status?: number
  isPublic?: boolean
  data?: Record<string, unknown>
}

const unexpectedMessage = (req: Parameters<AfterErrorHook>[0]['req'] | undefined) =>
  req?.t
    ? adminT(req)('custom:responses:unexpected')
    : 'Er ging aan onze kant iets mis. Probeer het over een paar minuten opnieuw.'
