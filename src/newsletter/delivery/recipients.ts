import type { Payload, Where } from 'payload'

import type { PackAudience } from '@/fields/taxonomy'
import { defaultLocale, isLocale, localeCodes } from '@/i18n'
import type { Locale } from '@/i18n'
import { idsOf } from '@/lib/ids'
import { personalize, renderNewsletterTemplate } from '@/mail/newsletter'
import type { NewsletterTemplate } from '@/mail/newsletter'
import { personalizePackMailing, renderPackMailingTemplate } from '@/mail/packMailing'
import type { PackMailingTemplate } from '@/mail/packMailing'
import type { RenderedEmail } from '@/mail/render'
import { loadEditionContent } from '@/newsletter/editionContent'
import { isPackMailing } from '@/newsletter/editionKinds'
import type { EditionKind } from '@/newsletter/editionKinds'
import {
  loadPackMailingContent,
  packMailingMunicipality,
  packOpenUrlFor,
} from '@/newsletter/packMailingContent'
import { optOutHeadersFor, optOutUrlFor } from '@/organisations/links'
import type { Municipality, NewsletterEdition } from '@/payload-types'

import { audienceWhere } from './audience'
import { recipientLinks } from './links'
import { recipientKeyOf } from './recipientKey'

/** What an edition needs to say who it goes to. */
export type EditionRecipients = Pick<NewsletterEdition, 'id' | 'audience'> &
  Partial<Pick<NewsletterEdition, 'kind' | 'packMailing'>>

/** A recipient as a frozen page records it. */
export type FrozenRecipient = { id: string | number; locale: string; municipality?: unknown }

/** A delivery as composing needs it. */
export type DeliveryToCompose = {
  id: string | number
  locale: string
  municipality?: unknown
  /** When the delivery was planned: the moment its expiring links are made for. */
  createdAt?: string
}

/** The moment a delivery's expiring links are made for: its planning, stable across retries. */
const linksIssuedAt = (delivery: DeliveryToCompose) => {
  const planned = delivery.createdAt ? Date.parse(delivery.createdAt) : Number.NaN
  return Number.isFinite(planned) ? planned : Date.now()
}

/**
 * A recipient's address and name, read just before the batch goes, with the link version its
 * personal links are signed for (so links revoked since the send was planned are never mailed).
 */
export type Contact = {
  id: string | number
  email: string
  name?: string
  linkVersion?: number | null
}

/** One mail ready for the provider, apart from from/to. */
export type ComposedMail = RenderedEmail & {
  headers: Record<string, string>
  tags: { name: string; value: string }[]
}

/** Builds the mail of one delivery; renders each template once and reuses it. */
export type Composer = ((args: {
  delivery: DeliveryToCompose
  contact: Contact
}) => Promise<ComposedMail>) & {
  /**
   * Renders one more template the send may need, for time the pacer would otherwise wait: a pack
   * mailing to 18 municipalities in 6 languages has 108, and rendering them all while a batch waits
   * would hold the send up. False once every template is rendered.
   */
  warmUp: () => Promise<boolean>
}

/**
 * Who an edition goes to and how each mail is made, chosen by the edition's kind: subscribers for
 * a newsletter, organisations for a pack mailing. The engine (freezing, skipping, composing,
 * counting, progress) has one code path and asks this for everything that differs.
 */
export type RecipientSource = {
  kind: EditionKind
  collection: 'subscribers' | 'organisations'
  /** The delivery field that points at the recipient. */
  relation: 'subscriber' | 'organisation'
  /** The recipient's language field. */
  localeField: 'locale' | 'language'
  /** Who the edition goes to; from `frozenAt` on only who was on the list at the start. */
  where: (frozenAt?: string | null) => Where
  /** Who may still get mail when their batch goes (not unsubscribed, opted out or bounced). */
  reachable: Where
  /** The delivery's unique key within its edition. */
  keyOf: (id: string | number) => string
  /** A page of the collection in the delivery's terms. */
  toFrozen: (row: Record<string, unknown> & { id: string | number }) => FrozenRecipient
  /** Address and name of the recipients of a batch. */
  contacts: (payload: Payload, ids: (string | number)[]) => Promise<Contact[]>
  composer: (args: { payload: Payload; editionId: string | number }) => Composer
}

export const recipientSourceFor = (edition: EditionRecipients): RecipientSource =>
  isPackMailing(edition) ? organisationSource(edition) : subscriberSource(edition)

/** The recipients of a newsletter: confirmed subscribers matching the edition's audience. */
const subscriberSource = (edition: EditionRecipients): RecipientSource => ({
  kind: 'newsletter',
  collection: 'subscribers',
  relation: 'subscriber',
  localeField: 'locale',
  where: (frozenAt) => audienceWhere({ audience: edition.audience, frozenAt }),
  reachable: { status: { equals: 'confirmed' } },
  keyOf: recipientKeyOf,
  toFrozen: (row) => ({ id: row.id, locale: String(row.locale), municipality: row.municipality }),
  contacts: async (payload, ids) => {
    const { docs } = await payload.db.find<Contact>({
      collection: 'subscribers',
      where: { id: { in: ids } },
      pagination: false,
      limit: 0,
      select: { email: true, name: true, linkVersion: true },
    })
    return docs.map(({ id, email, name, linkVersion }) => ({
      id,
      email,
      name: name ?? undefined,
      linkVersion,
    }))
  },
  composer: ({ payload, editionId }) => {
    const templateFor = cached((locale: Locale) =>
      loadEditionContent({ payload, id: editionId, locale, isDraft: false }).then((content) =>
        renderNewsletterTemplate({ edition: content }),
      ),
    )
    const compose = async ({ delivery, contact }: Parameters<Composer>[0]) => {
      const locale = localeOf(delivery.locale)
      const links = recipientLinks(
        { id: contact.id, locale, linkVersion: contact.linkVersion },
        linksIssuedAt(delivery),
      )
      const template: NewsletterTemplate = await templateFor(locale)
      return {
        ...personalize(template, {
          email: contact.email,
          name: contact.name,
          unsubscribeUrl: links.unsubscribeUrl,
          preferencesUrl: links.preferencesUrl,
        }),
        headers: links.headers,
        tags: tagsOf({ kind: 'newsletter', editionId, locale }),
      }
    }
    return Object.assign(compose, {
      warmUp: warmingUp(async () => localeCodes, templateFor),
    })
  },
})

/**
 * The recipients of a pack mailing: active organisations with an address, of the mailing's
 * audience, in the chosen municipalities (none chosen: all). The mail is rendered once per
 * language; the municipality's name (signature) and pack links are filled in like the
 * recipient's own values.
 */
const organisationSource = (edition: EditionRecipients): RecipientSource => ({
  kind: 'pack-mailing',
  collection: 'organisations',
  relation: 'organisation',
  localeField: 'language',
  where: (frozenAt) => {
    const municipalities = idsOf(edition.audience?.municipalities)
    const conditions: Where[] = [
      { status: { equals: 'active' } },
      { email: { exists: true } },
      { email: { not_equals: '' } },
      // No audience chosen yet matches nobody, rather than every organisation.
      { audience: { equals: edition.packMailing?.audience ?? '' } },
      ...(municipalities.length ? [{ municipality: { in: municipalities } }] : []),
      ...(frozenAt ? [{ createdAt: { less_than_equal: frozenAt } }] : []),
    ]
    return { and: conditions }
  },
  reachable: { status: { equals: 'active' } },
  keyOf: (id) => `organisation-${id}`,
  toFrozen: (row) => ({ id: row.id, locale: String(row.language), municipality: row.municipality }),
  contacts: async (payload, ids) => {
    const { docs } = await payload.db.find<{
      id: string | number
      email?: string | null
      contactName?: string | null
      linkVersion?: number | null
    }>({
      collection: 'organisations',
      where: { id: { in: ids } },
      pagination: false,
      limit: 0,
      select: { email: true, contactName: true, linkVersion: true },
    })
    return docs
      .filter((row): row is typeof row & { email: string } => Boolean(row.email))
      .map(({ id, email, contactName, linkVersion }) => ({
        id,
        email,
        name: contactName ?? undefined,
        linkVersion,
      }))
  },
  composer: ({ payload, editionId }) => {
    const municipalityOf = cached(async (id: string) => {
      const municipality = await payload.db.findOne<Municipality>({
        collection: 'municipalities',
        where: { id: { equals: id } },
      })
      if (!municipality) throw new Error(`Municipality ${id} not found`)
      return municipality
    })
    const templateFor = cached(async (locale: Locale) =>
      renderPackMailingTemplate({
        content: await loadPackMailingContent({ payload, id: editionId, locale, isDraft: false }),
      }),
    )
    const compose = async ({ delivery, contact }: Parameters<Composer>[0]) => {
      const locale = localeOf(delivery.locale)
      const [municipalityId] = idsOf([delivery.municipality])
      const template: PackMailingTemplate = await templateFor(locale)
      const organisation = { id: contact.id, language: locale, linkVersion: contact.linkVersion }
      const municipality = packMailingMunicipality({
        locale,
        audience: edition.packMailing?.audience as PackAudience,
        municipality: await municipalityOf(String(municipalityId)),
      })
      return {
        ...personalizePackMailing(
          template,
          {
            email: contact.email,
            name: contact.name,
            packUrl: packOpenUrlFor(delivery.id),
            optOutUrl: optOutUrlFor(organisation),
          },
          municipality,
        ),
        headers: optOutHeadersFor(organisation),
        tags: tagsOf({ kind: 'pack-mailing', editionId, locale }),
      }
    }
    return Object.assign(compose, { warmUp: warmingUp(async () => localeCodes, templateFor) })
  },
})

const localeOf = (value: string): Locale => (isLocale(value) ? value : defaultLocale)

const tagsOf = ({
  kind,
  editionId,
  locale,
}: {
  kind: EditionKind
  editionId: string | number
  locale: Locale
}) => [
  { name: 'kind', value: kind },
  { name: 'edition', value: String(editionId) },
  { name: 'locale', value: locale },
]

/** Renders the first template of `keys` not yet asked for, one per call; false when none is left. */
const warmingUp = <Key>(
  keys: () => Promise<Key[]>,
  templateFor: (key: Key) => Promise<unknown>,
) => {
  let remaining: Key[] | undefined
  return async () => {
    remaining ??= await keys()
    const key = remaining.shift()
    if (key === undefined) return false
    await templateFor(key)
    return true
  }
}

/** One promise per key: every template is rendered once per send run, however many ask. */
const cached = <Key, Value>(load: (key: Key) => Promise<Value>) => {
  const promises = new Map<Key, Promise<Value>>()
  return (key: Key) => {
    let promise = promises.get(key)
    if (!promise) {
      promise = load(key)
      promises.set(key, promise)
    }
    return promise
  }
}
