import crypto from 'node:crypto'
import type { Endpoint } from 'payload'

import { roles } from '@/access/checkRole'
import { forRoles } from '@/access/endpointGuards'
import { defaultLocale, isLocale } from '@/i18n'
import { renderNewsletter } from '@/mail/newsletter'
import { loadEditionContent } from '@/newsletter/editionContent'

import { sampleRecipient } from './sampleRecipient'

/** Reloads the preview when the admin reports that the edition was saved (Payload live preview). */
const reloadOnSave =
  "window.addEventListener('message',function(e){if(e.origin===location.origin&&e.data&&e.data.type==='payload-document-event'){location.reload()}});" +
  "if(window.parent!==window){window.parent.postMessage({type:'payload-live-preview',ready:true},location.origin)}"

const reloadOnSaveHash = crypto.createHash('sha256').update(reloadOnSave).digest('base64')

/**
 * The edition's e-mail exactly as a subscriber in the chosen language gets it, for the live
 * preview beside the edit form. Only editors see it; nothing in it can run but the reload script.
 */
export const previewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: forRoles(roles, async (req) => {
    const requested = req.searchParams.get('locale')
    const locale = isLocale(requested) ? requested : defaultLocale
    const id = req.routeParams?.id as string
    const edition = await loadEditionContent({ payload: req.payload, id, locale, req })
    const { html } = await renderNewsletter({
      edition,
      recipient: sampleRecipient(req.user!, locale),
    })
    const page = html.includes('</body>')
      ? html.replace('</body>', `<script>${reloadOnSave}</script></body>`)
      : `${html}<script>${reloadOnSave}</script>`
    return new Response(page, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': [
          "default-src 'none'",
          'img-src * data:',
          "style-src 'unsafe-inline'",
          `script-src 'sha256-${reloadOnSaveHash}'`,
          "frame-ancestors 'self'",
        ].join('; '),
      },
    })
  }),
}
