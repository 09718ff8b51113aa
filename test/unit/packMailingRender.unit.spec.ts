import { describe, expect, it, vi } from 'vitest'

import { directionOf, localeCodes } from '@/i18n'
import type { Locale } from '@/i18n'
import {
  personalizePackMailing,
  renderPackMailing,
  renderPackMailingTemplate,
} from '@/mail/packMailing'
import type { PackMailingContent, PackMailingRecipient } from '@/mail/packMailing'

import { awkwardRecipients } from '../support/editions'

vi.stubEnv('PUBLIC_URL', 'http://localhost:3000')
vi.stubEnv('EMAIL_FROM', 'Samen Veilig <nieuwsbrief@example.org>')

const baseUrl = 'http://localhost:3000'

const contentIn = (
  locale: Locale,
  extra: Partial<PackMailingContent> = {},
): PackMailingContent => ({
  locale,
  subject: 'Het pakket voor scholen',
  preheader: 'Kant-en-klare teksten en posters voor uw school.',
  message: 'Wij horen graag wat u ervan vindt.',
  campaignMoment: 'Start van het schooljaar',
  municipalityName: 'Aalten',
  audience: 'schools',
  pdfUrl: `${baseUrl}/${locale}/gemeente/aalten/scholen/pdf`,
  ...extra,
})

const recipient: PackMailingRecipient = {
  email: 'directie@school.example',
  name: 'Jeroen Bakker',
  packUrl: `${baseUrl}/api/pack-mailings/open?token=pack-open.1.0.abc`,
  optOutUrl: `${baseUrl}/nl/organisaties/afmelden?token=organisation-opt-out.1.0.abc`,
}

/** The newsletter's awkward recipients (escaping, RTL names, empty names) as contact persons. */
const awkwardContacts: PackMailingRecipient[] = awkwardRecipients.map((awkward) => ({
  email: awkward.email,
  name: awkward.name,
  packUrl: awkward.preferencesUrl.replace('/nieuwsbrief/voorkeuren', '/api/pack-mailings/open'),
  optOutUrl: awkward.unsubscribeUrl.replace('/nieuwsbrief/', '/organisaties/'),
}))

const municipalities = [
  { municipalityName: 'Aalten', pdfUrl: `${baseUrl}/nl/gemeente/aalten/scholen/pdf` },
  {
    municipalityName: 'Oude IJsselstreek',
    pdfUrl: `${baseUrl}/ar/gemeente/oude-ijsselstreek/scholen/pdf`,
  },
  { municipalityName: 'Bron & <Dal> "x"', pdfUrl: `${baseUrl}/nl/gemeente/a?b=1&c="2"` },
]

describe('the pack mailing', () => {
  it.each(['nl', 'ar'] as const)('should match the snapshots in %s', async (locale) => {
    const mail = await renderPackMailing({ content: contentIn(locale), recipient })
    await expect(mail.html).toMatchFileSnapshot(`./__snapshots__/packMailing.${locale}.html`)
    await expect(`Subject: ${mail.subject}\n\n${mail.text}`).toMatchFileSnapshot(
      `./__snapshots__/packMailing.${locale}.txt`,
    )
  })

  it.each(localeCodes)(
    'should be byte-identical to a full render when personalised in %s',
    async (locale) => {
      for (const content of [
        contentIn(locale),
        contentIn(locale, { message: undefined, campaignMoment: undefined }),
      ]) {
        const template = await renderPackMailingTemplate({ content })
        for (const [index, contact] of [recipient, ...awkwardContacts].entries()) {
          // Another municipality per recipient: its name and PDF link are slots as well.
          const municipality = municipalities[index % municipalities.length]
          const fast = personalizePackMailing(template, contact, municipality)
          const full = await renderPackMailing({
            content: { ...content, ...municipality },
            recipient: contact,
          })
          expect(fast).toEqual(full)
        }
      }
    },
  )

  it.each(localeCodes)(
    'should greet, link the pack and PDF, sign as the municipality and offer an opt-out in %s',
    async (locale) => {
      const mail = await renderPackMailing({ content: contentIn(locale), recipient })
      expect(mail.html).toContain(`<html dir="${directionOf(locale)}" lang="${locale}">`)
      expect(mail.html).toContain('Jeroen Bakker')
      expect(mail.html).toContain(`href="${recipient.packUrl}"`)
      expect(mail.html).toContain(`href="${baseUrl}/${locale}/gemeente/aalten/scholen/pdf"`)
      expect(mail.html).toContain(`href="${recipient.optOutUrl}"`)
      expect(mail.text).toContain('Aalten')
      expect(mail.text).toContain(recipient.packUrl)
      expect(mail.html).toMatch(/data-skip-in-text="true">[^<\s]/)
    },
  )

  it('should say "u" in Dutch and sign as "Gemeente Aalten"', async () => {
    const mail = await renderPackMailing({ content: contentIn('nl'), recipient })
    expect(mail.text).toContain('Gemeente Aalten')
    expect(mail.text).toMatch(/\bu\b/)
    expect(mail.text).not.toMatch(/\b(je|jij|jouw)\b/i)
  })

  it('should show a test banner and mark the subject on a test send', async () => {
    const mail = await renderPackMailing({ content: contentIn('nl'), recipient, isTest: true })
    expect(mail.subject).toBe('[TEST] Het pakket voor scholen')
    expect(mail.text).toContain('Testbericht')
  })
})
