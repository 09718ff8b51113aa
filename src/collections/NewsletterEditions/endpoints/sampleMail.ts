import type { PayloadRequest } from 'payload'

import type { PackAudience } from '@/fields/taxonomy'
import type { Locale } from '@/i18n'
import { publicUrl } from '@/lib/env'
import { idsOf } from '@/lib/ids'
import { municipalitiesByName } from '@/lib/municipalities'
import { renderNewsletter } from '@/mail/newsletter'
import { renderPackMailing } from '@/mail/packMailing'
import type { RenderedEmail } from '@/mail/render'
import { loadEditionContent } from '@/newsletter/editionContent'
import { isPackMailing } from '@/newsletter/editionKinds'
import {
  loadPackMailingContent,
  packMailingMunicipality,
  packPageUrl,
} from '@/newsletter/packMailingContent'
import type { NewsletterEdition } from '@/payload-types'

import { sampleRecipient } from './sampleRecipient'

/** The draft of the edition in the route, as the signed-in user may read it; undefined if not. */
export const readDraftEdition = (req: PayloadRequest) =>
  req.payload
    .findByID({
      collection: 'newsletter-editions',
      id: req.routeParams?.id as string,
      depth: 0,
      draft: true,
      req,
      overrideAccess: false,
      user: req.user,
    })
    .catch(() => undefined)

export type SampleMail = RenderedEmail & {
  /** For a pack mailing: the municipalities it can be shown for, and the one shown. */
  municipalities?: { id: string | number; name: string; isShown: boolean }[]
}

/**
 * The edition's mail as its recipients get it, addressed to the signed-in editor, for the preview
 * and the test send: a newsletter in one language, or a pack mailing in one language for one of
 * its municipalities (the pack link and signature differ per municipality). Sample links act on
 * nobody: the pack link goes straight to the pack page, so a preview counts no open.
 */
export const renderSampleMail = async ({
  req,
  edition,
  locale,
  municipalityId,
  isTest = false,
}: {
  req: PayloadRequest
  edition: Pick<NewsletterEdition, 'id' | 'kind' | 'audience' | 'packMailing'>
  locale: Locale
  municipalityId?: string | null
  isTest?: boolean
}): Promise<SampleMail> => {
  const user = req.user!
  if (!isPackMailing(edition)) {
    const content = await loadEditionContent({ payload: req.payload, id: edition.id, locale, req })
    return renderNewsletter({ edition: content, recipient: sampleRecipient(user, locale), isTest })
  }
  const chosen = idsOf(edition.audience?.municipalities)
  const candidates = await municipalitiesByName(req.payload, chosen.length ? { ids: chosen } : {})
  const shown = candidates.find(({ id }) => String(id) === municipalityId) ?? candidates[0]
  const content = await loadPackMailingContent({
    payload: req.payload,
    id: edition.id,
    locale,
    req,
  })
  const mail = await renderPackMailing({
    content: {
      ...content,
      ...packMailingMunicipality({ locale, audience: content.audience, municipality: shown }),
    },
    recipient: {
      email: user.email,
      name: user.name ?? undefined,
      packUrl: packPageUrl({
        locale,
        municipalitySlug: shown.slug,
        audience: content.audience as PackAudience,
      }),
      optOutUrl: `${publicUrl()}/${locale}/organisaties/afmelden?voorbeeld=1`,
    },
    isTest,
  })
  return {
    ...mail,
    municipalities: candidates.map(({ id, name }) => ({ id, name, isShown: id === shown.id })),
  }
}
