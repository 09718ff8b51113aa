import type { EmailAdapter } from 'payload'

import { emailFrom } from '@/lib/env'
import { parseMailbox } from '@/lib/mailbox'

import { htmlToText } from '../render'
import { getTransport } from './index'
import type { OutgoingMessage, SendResult } from './types'

/**
 * Payload's own mails (forgot password, account verification) go through the same transport as
 * every other mail: stored in the outbox without RESEND_API_KEY, sent by Resend with it.
 */
export const transportEmailAdapter: EmailAdapter<SendResult[]> = ({ payload }) => {
  const sender = parseMailbox(emailFrom())
  return {
    name: 'samen-veilig-transport',
    defaultFromAddress: sender.address,
    defaultFromName: sender.name ?? '',
    sendEmail: async (message) => {
      const fields = message as PayloadMessage
      const html = contentToString(fields.html)
      const text = contentToString(fields.text) || (html ? htmlToText(html) : '')
      if (!html && !text) throw new Error('Een e-mail heeft html of tekst nodig.')
      const common: Omit<OutgoingMessage, 'to'> = {
        from: firstAddress(fields.from) || emailFrom(),
        subject: typeof fields.subject === 'string' ? fields.subject : '',
        html,
        text,
        replyTo: firstAddress(fields.replyTo),
        headers: plainHeaders(fields.headers),
        tags: [{ name: 'kind', value: 'account' }],
      }
      const recipients = addressList(fields.to)
      if (recipients.length === 0) throw new Error('Een e-mail heeft een ontvanger nodig.')
      const transport = getTransport(payload)
      // One message per recipient: our messages carry one `to`, and recipients of an account
      // mail should not see each other.
      const results: SendResult[] = []
      for (const to of recipients) results.push(await transport.send({ ...common, to }))
      // The SDK reports failures instead of throwing; Payload only notices a failure that throws.
      const failed = results.find((result) => !result.ok)
      if (failed && !failed.ok) throw new Error(`E-mail niet verstuurd: ${failed.error}`)
      return results
    },
  }
}

/** The parts of nodemailer's message shape Payload fills in; read defensively, it is untyped here. */
type PayloadMessage = {
  from?: unknown
  to?: unknown
  replyTo?: unknown
  subject?: unknown
  html?: unknown
  text?: unknown
  headers?: unknown
}

const formatAddress = (value: unknown): string => {
  if (typeof value === 'string') return value.trim()
  if (
    value &&
    typeof value === 'object' &&
    'address' in value &&
    typeof value.address === 'string'
  ) {
    const name = 'name' in value && typeof value.name === 'string' ? value.name.trim() : ''
    return name ? `"${name.replace(/["\\]/g, '\\$&')}" <${value.address}>` : value.address
  }
  return ''
}

/** Nodemailer allows one address (a string or `{ name, address }`) or a list of them. */
const addressList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map(formatAddress).filter(Boolean)

const firstAddress = (value: unknown): string | undefined => addressList(value)[0]

const contentToString = (value: unknown): string => {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8')
  throw new Error('De inhoud van een e-mail moet tekst of een Buffer zijn.')
}

const plainHeaders = (value: unknown): Record<string, string> | undefined => {
  const entries = Array.isArray(value)
    ? value.map((header: { key?: unknown; value?: unknown }) => [header?.key, header?.value])
    : Object.entries(value && typeof value === 'object' ? value : {})
  const headers = Object.fromEntries(
    entries.filter(
      (entry): entry is [string, string] =>
        typeof entry[0] === 'string' && typeof entry[1] === 'string',
    ),
  )
  return Object.keys(headers).length ? headers : undefined
}
