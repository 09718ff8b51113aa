/**
 * Full react-email render per recipient against render once per language plus substitution, for
 * 10,000 recipients spread over all six languages. The full render is timed on a sample (it is
 * slow by design) and extrapolated; the fast path is timed on all recipients. The last line of
 * output is one JSON object for CI.
 */
import { localeCodes } from '@/i18n'
import type { Locale } from '@/i18n'
import { personalize, renderNewsletter, renderNewsletterTemplate } from '@/mail/newsletter'
import type { NewsletterTemplate } from '@/mail/newsletter'

import type { EditionContent } from '../emails/types'
import { recipientNumber, sampleEdition } from '../test/support/editions'

const recipientCount = 10_000
const fullRenderSamplePerLocale = 50

const editions = Object.fromEntries(
  localeCodes.map((locale) => [
    locale,
    sampleEdition({ locale, sections: 2, blocksPerSection: 4 }),
  ]),
) as Record<Locale, EditionContent>

const recipients = Array.from({ length: recipientCount }, (_, index) => {
  const locale = localeCodes[index % localeCodes.length]
  return { locale, recipient: recipientNumber(index, locale) }
})

const seconds = (started: number) => (performance.now() - started) / 1000

/**
 * Concatenated strings are ropes in V8 until something reads them; reading a character flattens
 * one into a single block of memory, so each e-mail is really built, as a transport needs it.
 */
const materialise = ({ html, text }: { html: string; text: string }) =>
  html.charCodeAt(html.length >> 1) + text.charCodeAt(text.length >> 1)

/** What a transport pays on top when it serialises the e-mail as UTF-8. */
const utf8Bytes = ({ html, text }: { html: string; text: string }) =>
  Buffer.byteLength(html) + Buffer.byteLength(text)

const main = async () => {
  // Warm up both paths (module loading, JIT) so neither pays for it in its measurement.
  for (const locale of localeCodes) {
    const template = await renderNewsletterTemplate({ edition: editions[locale] })
    await renderNewsletter({ edition: editions[locale], recipient: recipients[0].recipient })
    for (let index = 0; index < 500; index++) personalize(template, recipients[index].recipient)
  }

  const sample = recipients.slice(0, fullRenderSamplePerLocale * localeCodes.length)
  let fullBytes = 0
  const fullStarted = performance.now()
  for (const { locale, recipient } of sample) {
    const email = await renderNewsletter({ edition: editions[locale], recipient })
    materialise(email)
    fullBytes += utf8Bytes(email)
  }
  const fullSeconds = seconds(fullStarted)
  const fullRenderPerSecond = sample.length / fullSeconds

  const fastStarted = performance.now()
  const templates = {} as Record<Locale, NewsletterTemplate>
  for (const locale of localeCodes) {
    templates[locale] = await renderNewsletterTemplate({ edition: editions[locale] })
  }
  const templateSeconds = seconds(fastStarted)
  let checksum = 0
  for (const { locale, recipient } of recipients) {
    checksum += materialise(personalize(templates[locale], recipient))
  }
  const fastSeconds = seconds(fastStarted)
  const renderOncePerSecond = recipientCount / fastSeconds

  let fastBytes = 0
  const utf8Started = performance.now()
  for (const { locale, recipient } of recipients) {
    fastBytes += utf8Bytes(personalize(templates[locale], recipient))
  }
  const utf8PerSecond = recipientCount / (seconds(utf8Started) + templateSeconds)

  // The fast path only counts if it gives the same bytes.
  let identical = true
  for (const { locale, recipient } of recipients.filter((_, index) => index % 997 === 0)) {
    const full = await renderNewsletter({ edition: editions[locale], recipient })
    const fast = personalize(templates[locale], recipient)
    identical &&=
      full.html === fast.html && full.text === fast.text && full.subject === fast.subject
  }

  const ratio = renderOncePerSecond / fullRenderPerSecond
  const round = (value: number, digits = 0) => Number(value.toFixed(digits))
  console.log(
    `Recipients: ${recipientCount} in ${localeCodes.length} languages, 8 blocks per edition`,
  )
  console.log(
    `Full react-email render: ${sample.length} rendered in ${fullSeconds.toFixed(2)} s -> ` +
      `${round(fullRenderPerSecond)} e-mails/s (10,000 would take ~${(recipientCount / fullRenderPerSecond).toFixed(0)} s), ` +
      `${round(fullBytes / sample.length / 1024, 1)} KiB per e-mail`,
  )
  console.log(
    `Render once per language + personalize: ${recipientCount} in ${fastSeconds.toFixed(3)} s ` +
      `(of which ${templateSeconds.toFixed(3)} s for the 6 templates) -> ${round(renderOncePerSecond)} e-mails/s, ` +
      `${round(fastBytes / recipientCount / 1024, 1)} KiB per e-mail`,
  )
  console.log(
    `Same, also encoding every e-mail as UTF-8 (as a transport does when it sends): ` +
      `${round(utf8PerSecond)} e-mails/s`,
  )
  console.log(`Ratio: ${ratio.toFixed(1)}x; byte-identical on spot checks: ${identical}`)
  console.log(
    JSON.stringify({
      benchmark: 'render',
      recipients: recipientCount,
      fullRenderSampled: sample.length,
      fullRenderPerSecond: round(fullRenderPerSecond),
      renderOncePerSecond: round(renderOncePerSecond),
      renderOnceWithUtf8PerSecond: round(utf8PerSecond),
      ratio: round(ratio, 1),
      identical,
    }),
  )
  if (!identical || Number.isNaN(checksum)) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
