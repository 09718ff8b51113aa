import { HtmlValidate } from 'html-validate'
import type { ConfigData } from 'html-validate'
import { describe, expect, it, vi } from 'vitest'

import { directionOf, localeCodes } from '@/i18n'
import type { Locale } from '@/i18n'
import { emailTranslator } from '@/i18n/email'
import { personalize, renderNewsletter, renderNewsletterTemplate } from '@/mail/newsletter'
import { htmlToText } from '@/mail/render'
import type { RenderedEmail } from '@/mail/render'
import {
  renderCampaignReminder,
  renderConfirmSubscription,
  renderPasswordReset,
  renderWelcome,
} from '@/mail/transactional'

import { awkwardRecipients, sampleEdition } from '../support/editions'

vi.stubEnv('PUBLIC_URL', 'http://localhost:3000')
vi.stubEnv('EMAIL_FROM', 'Samen Veilig <nieuwsbrief@example.org>')

/**
 * `html-validate:recommended`, minus the rules that forbid what e-mail HTML needs.
 */
const emailValidation: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // react-email writes the XHTML 1.0 Transitional doctype that Outlook's renderer expects.
    'doctype-html': 'off',
    // Mail clients drop <style> blocks and classes; inline styles are the only ones that survive.
    'no-inline-style': 'off',
    // width, align, border, cellpadding and cellspacing on tables are how Outlook lays mail out.
    'no-deprecated-attr': 'off',
    // React writes cellPadding/cellSpacing in camelCase; attribute names are case-insensitive.
    'attr-case': 'off',
    // react-email's Button pads itself for Outlook with [if mso] conditional comments.
    'no-conditional-comment': 'off',
    // The <title> is the edition's subject line: its length is the editors' choice (rule is SEO).
    'long-title': 'off',
    // React closes void elements as <br/>; the rich-text converter does the same, consistently.
    'void-style': ['error', { style: 'selfclosing' }],
  },
}

const validator = new HtmlValidate(emailValidation)

const validationErrors = async (html: string) => {
  const report = await validator.validateString(html)
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${message.ruleId}: ${message.message} near ${JSON.stringify(html.slice(Math.max(0, message.offset - 40), message.offset + 40))}`,
    ),
  )
}

/** Dates and ids change between runs of a real edition; snapshots must not. */
const mask = (output: string) =>
  output
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<date>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')

const recipient = {
  email: 'j.jansen@example.org',
  name: 'Jan Jansen',
  unsubscribeUrl: 'http://localhost:3000/nl/nieuwsbrief/afmelden?token=abc',
  preferencesUrl: 'http://localhost:3000/nl/nieuwsbrief/voorkeuren?token=abc',
}

const bigEdition = (locale: Locale) => sampleEdition({ locale, sections: 3, blocksPerSection: 4 })

/** Every mail the toolkit sends, in one language. */
const allMails = async (locale: Locale): Promise<Record<string, RenderedEmail>> => ({
  newsletter: await renderNewsletter({ edition: bigEdition(locale), recipient }),
  newsletterTest: await renderNewsletter({ edition: bigEdition(locale), recipient, isTest: true }),
  newsletterWithoutHeadings: await renderNewsletter({
    edition: {
      ...sampleEdition({ locale }),
      sections: sampleEdition({ locale }).sections.map(({ blocks }) => ({ blocks })),
    },
    recipient: { ...recipient, name: undefined },
  }),
  confirm: await renderConfirmSubscription({
    locale,
    confirmUrl: 'http://localhost:3000/nl/nieuwsbrief/bevestigen?token=abc&x=1',
    municipalityName: 'Oude IJsselstreek',
  }),
  confirmWithoutMunicipality: await renderConfirmSubscription({
    locale,
    confirmUrl: 'http://localhost:3000/nl/nieuwsbrief/bevestigen?token=abc',
    expiresInDays: 1,
  }),
  welcome: await renderWelcome({
    locale,
    preferencesUrl: recipient.preferencesUrl,
    unsubscribeUrl: recipient.unsubscribeUrl,
  }),
  ...(isStaffLocale(locale) ? await staffMails(locale) : {}),
})

/** The admin speaks Dutch and English, so the mails to its users come in those two. */
const isStaffLocale = (locale: Locale) => locale === 'nl' || locale === 'en'

const reminder = {
  editorName: 'Fatima <El> Amrani',
  momentName: 'Week tegen Kindermishandeling',
  startsOn: '2027-11-15',
  endsOn: '2027-11-21',
  createBlockUrl: 'http://localhost:3000/admin/collections/building-blocks/create',
}

const staffMails = async (locale: Locale) => ({
  passwordReset: await renderPasswordReset({
    locale,
    resetUrl: 'http://localhost:3000/admin/reset/0f3c9a&x',
  }),
  campaignReminder: await renderCampaignReminder({ locale, ...reminder }),
  campaignReminderWithPackCheck: await renderCampaignReminder({
    locale,
    ...reminder,
    packCheck: {
      routeToHelpUrl: 'http://localhost:3000/admin/collections/municipalities',
      packsUrl: 'http://localhost:3000/admin/collections/communication-packs',
    },
  }),
  campaignReminderWithoutName: await renderCampaignReminder({
    locale,
    ...reminder,
    editorName: undefined,
  }),
})

describe.each(localeCodes)('e-mails in %s', (locale) => {
  const t = emailTranslator(locale)
  const dir = directionOf(locale)

  it('should match the snapshots', async () => {
    const edition = sampleEdition({ locale, sections: 2, blocksPerSection: 3 })
    const newsletter = await renderNewsletter({ edition, recipient })
    await expect(mask(newsletter.html)).toMatchFileSnapshot(
      `./__snapshots__/newsletter.${locale}.html`,
    )
    await expect(mask(newsletter.text)).toMatchFileSnapshot(
      `./__snapshots__/newsletter.${locale}.txt`,
    )
    const { confirm, welcome } = await allMails(locale)
    await expect(`Subject: ${confirm.subject}\n\n${confirm.text}`).toMatchFileSnapshot(
      `./__snapshots__/confirm.${locale}.txt`,
    )
    await expect(`Subject: ${welcome.subject}\n\n${welcome.text}`).toMatchFileSnapshot(
      `./__snapshots__/welcome.${locale}.txt`,
    )
  })

  if (isStaffLocale(locale)) {
    it('should match the snapshots of the mails to admin users', async () => {
      const { passwordReset, campaignReminder } = await staffMails(locale)
      await expect(
        mask(`Subject: ${passwordReset.subject}\n\n${passwordReset.text}`),
      ).toMatchFileSnapshot(`./__snapshots__/passwordReset.${locale}.txt`)
      await expect(
        mask(`Subject: ${campaignReminder.subject}\n\n${campaignReminder.text}`),
      ).toMatchFileSnapshot(`./__snapshots__/campaignReminder.${locale}.txt`)
    })
  }

  it('should pass html-validate (e-mail ruleset) for every template', async () => {
    for (const [name, mail] of Object.entries(await allMails(locale))) {
      expect(await validationErrors(mail.html), name).toEqual([])
    }
  })

  it('should give every mail a title, preheader, text part, described images and absolute links', async () => {
    for (const [name, mail] of Object.entries(await allMails(locale))) {
      expect(mail.subject, name).not.toBe('')
      expect(mail.html, name).toMatch(/<title>[^<]+<\/title>/)
      expect(mail.html, name).toMatch(
        /<div style="display:none[^"]*" data-skip-in-text="true">[^<\s]/,
      )
      expect(mail.text.length, name).toBeGreaterThan(200)
      expect(mail.text, name).toContain('0800-2000')
      for (const [image] of mail.html.matchAll(/<img\b[^>]*>/g)) {
        expect(image, name).toMatch(/ alt="[^"]+"/)
        expect(image, name).toMatch(/ width="\d+"/)
        expect(image, name).toMatch(/ height="\d+"/)
      }
      for (const [, href] of mail.html.matchAll(/ href="([^"]*)"/g)) {
        expect(href, name).toMatch(/^(https?:\/\/[^/]+\/|mailto:)/)
      }
    }
  })

  it(`should set lang="${locale}" and dir="${dir}" on html and on the inner table`, async () => {
    for (const [name, mail] of Object.entries(await allMails(locale))) {
      expect(mail.html, name).toContain(`<html dir="${dir}" lang="${locale}">`)
      expect(mail.html, name).toMatch(new RegExp(`<table [^>]*dir="${dir}" lang="${locale}"`))
      // Phone numbers and addresses read left to right, also in Arabic.
      expect(mail.html, name).toContain('<span dir="ltr">0800-2000</span>')
    }
  })

  it('should stay under Gmail’s 102 KB clipping limit with 3 sections of 4 blocks', async () => {
    const { html } = await renderNewsletter({
      edition: bigEdition(locale),
      recipient,
      isTest: true,
    })
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(102 * 1024)
  })

  it('should make personalize() byte-identical to a full render for awkward recipients', async () => {
    for (const isTest of [false, true]) {
      const edition = sampleEdition({ locale, sections: 2, blocksPerSection: 3 })
      const template = await renderNewsletterTemplate({ edition, isTest })
      for (const awkward of awkwardRecipients) {
        const expected = await renderNewsletter({ edition, recipient: awkward, isTest })
        const actual = personalize(template, awkward)
        expect(actual.subject).toBe(expected.subject)
        expect(actual.html).toBe(expected.html)
        expect(actual.text).toBe(expected.text)
      }
    }
  })

  it('should mark a test send in the subject and with a banner', async () => {
    const edition = sampleEdition({ locale })
    const test = await renderNewsletter({ edition, recipient, isTest: true })
    expect(test.subject).toBe(t('newsletter.testSubject', { subject: edition.title }))
    expect(test.text.startsWith(t('newsletter.testBanner'))).toBe(true)
    const normal = await renderNewsletter({ edition, recipient })
    expect(normal.subject).toBe(edition.title)
    expect(normal.text).not.toContain(t('newsletter.testBanner'))
  })

  it('should greet by name, or generically when there is no name', async () => {
    const edition = sampleEdition({ locale })
    const template = await renderNewsletterTemplate({ edition })
    const named = personalize(template, recipient)
    expect(named.text).toContain(t('newsletter.greeting', { name: 'Jan Jansen' }))
    for (const name of [undefined, '', ' \t ']) {
      const generic = personalize(template, { ...recipient, name })
      expect(generic.text).toContain(t('newsletter.greetingGeneric'))
      expect(generic.html).toContain(
        `>${t('newsletter.greetingGeneric').replace(/'/g, '&#x27;')}</p>`,
      )
    }
  })

  if (locale !== 'nl') {
    it('should say in the recipient’s language that a block is only in Dutch', async () => {
      const { html, text } = await renderNewsletter({
        edition: sampleEdition({ locale, sections: 1, blocksPerSection: 3 }),
        recipient,
      })
      const note = t('newsletter.dutchOnly')
      expect(text).toContain(note)
      expect(html).toMatch(
        new RegExp(
          `<p [^>]*lang="${locale}" dir="${dir}"[^>]*>${note.replace(/[()]/g, '\\$&')}</p>`,
        ),
      )
      expect(html).not.toContain(emailTranslator('nl')('newsletter.dutchOnly'))
      // The Dutch block itself keeps its own language and direction.
      expect(html).toMatch(/<table [^>]*dir="ltr" lang="nl">/)
    })
  }
})

describe('recipient values in the HTML part', () => {
  it('should be escaped like React escapes them, and raw in the text part', async () => {
    const template = await renderNewsletterTemplate({ edition: sampleEdition({ locale: 'nl' }) })
    const [jan, siobhan, , , , spaces, injection] = awkwardRecipients

    const forJan = personalize(template, jan)
    expect(forJan.html).toContain('>Beste Jan &amp; Piet &lt;b&gt;de Vries&lt;/b&gt;,</p>')
    expect(forJan.html).not.toContain('<b>de Vries')
    expect(forJan.html).toContain(
      'href="http://localhost:3000/nl/nieuwsbrief/afmelden?token=abc&amp;lang=nl"',
    )
    expect(forJan.html).toContain(
      'href="http://localhost:3000/nl/nieuwsbrief/voorkeuren?token=abc&amp;x=&quot;1&quot;"',
    )
    expect(forJan.html).toContain('<span dir="ltr">jan+nieuwsbrief@example.org</span>')
    expect(forJan.text).toContain('Beste Jan & Piet <b>de Vries</b>,')
    expect(forJan.text).toContain('http://localhost:3000/nl/nieuwsbrief/afmelden?token=abc&lang=nl')

    const forSiobhan = personalize(template, siobhan)
    expect(forSiobhan.html).toContain('Beste Siobhán O&#x27;Neill &quot;Bob&quot;,')
    expect(forSiobhan.html).toContain('<span dir="ltr">o&#x27;neill@example.org</span>')

    const forSpaces = personalize(template, spaces)
    expect(forSpaces.text).toContain('Beste Anna van den Berg,')
    expect(forSpaces.text).toContain('token=with%20space')

    const forInjection = personalize(template, injection)
    expect(forInjection.html).not.toContain('<script>')
    expect(forInjection.text).toContain(
      'Beste {{email}} $t(brand.name) <script>alert(1)</script> __sv_0_greeting__,',
    )
  })

  it('should be as fast as a join: thousands per second even in a unit test', async () => {
    const template = await renderNewsletterTemplate({
      edition: sampleEdition({ locale: 'nl', sections: 3, blocksPerSection: 4 }),
    })
    const started = performance.now()
    let bytes = 0
    for (let index = 0; index < 2000; index++) {
      bytes += personalize(template, { ...recipient, email: `r${index}@example.org` }).html.length
    }
    const seconds = (performance.now() - started) / 1000
    expect(bytes).toBeGreaterThan(0)
    // The benchmark (npm run bench:render) measures the real rate; this only guards against a
    // slow path sneaking in, with room for a busy CI machine.
    expect(2000 / seconds).toBeGreaterThan(2000)
  })
})

describe('confirmation mail', () => {
  it('should state how many days the link works, with the right plural', async () => {
    const one = await renderConfirmSubscription({
      locale: 'pl',
      confirmUrl: 'https://example.org/c',
      expiresInDays: 1,
    })
    const five = await renderConfirmSubscription({
      locale: 'pl',
      confirmUrl: 'https://example.org/c',
      expiresInDays: 5,
    })
    expect(one.text).toContain('Przycisk działa przez 1 dzień.')
    expect(five.text).toContain('Przycisk działa przez 5 dni.')
    const arabic = await renderConfirmSubscription({
      locale: 'ar',
      confirmUrl: 'https://example.org/c',
      expiresInDays: 2,
    })
    expect(arabic.text).toContain('الزر صالح لمدة يومين.')
  })

  it('should escape the municipality name and show the link for copying', async () => {
    const mail = await renderConfirmSubscription({
      locale: 'nl',
      confirmUrl: 'https://example.org/c?token=a&b=1',
      municipalityName: '<Oost & Gelre>',
    })
    expect(mail.subject).toBe('Bevestig uw aanmelding voor de nieuwsbrief van Samen Veilig')
    expect(mail.html).toContain('de gemeente &lt;Oost &amp; Gelre&gt;.')
    expect(mail.html).toContain('>https://example.org/c?token=a&amp;b=1</a>')
    expect(mail.html).not.toContain('Afmelden')
  })
})

describe('password reset mail', () => {
  it('should get the same text part when Payload hands over only its html', async () => {
    for (const locale of ['nl', 'en'] as const) {
      const mail = await renderPasswordReset({ locale, resetUrl: 'https://example.org/r/abc' })
      expect(htmlToText(mail.html)).toBe(mail.text)
    }
  })
})

describe('campaign reminder mail', () => {
  it('should name the moment and its days in the subject, greet the editor and escape the name', async () => {
    const dutch = await renderCampaignReminder({ locale: 'nl', ...reminder })
    expect(dutch.subject).toBe(
      'Bouwstenen gevraagd voor Week tegen Kindermishandeling (15 november 2027 tot en met 21 november 2027)',
    )
    expect(dutch.html).toContain('>Beste Fatima &lt;El&gt; Amrani,</p>')
    expect(dutch.text).toContain(`Maak een bouwsteen aan ${reminder.createBlockUrl}`)
    const english = await renderCampaignReminder({ locale: 'en', ...reminder, editorName: '' })
    expect(english.subject).toBe(
      'Building blocks wanted for Week tegen Kindermishandeling (November 15, 2027 to November 21, 2027)',
    )
    expect(english.text).toContain('Dear editor,')
  })
})
