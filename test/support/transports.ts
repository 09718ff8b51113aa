import type { OutgoingMessage } from '@/mail/transports/types'

/** A message as the send engine hands it to a transport, with every part a provider takes. */
export const testMessage = (
  to: string,
  overrides: Partial<OutgoingMessage> = {},
): OutgoingMessage => ({
  to,
  from: 'Samen Veilig <nieuwsbrief@example.org>',
  subject: `Nieuwsbrief voor ${to}`,
  html: `<p>Hallo ${to}</p>`,
  text: `Hallo ${to}`,
  headers: { 'List-Unsubscribe': '<https://example.org/afmelden>' },
  tags: [{ name: 'edition', value: '7' }],
  ...overrides,
})
