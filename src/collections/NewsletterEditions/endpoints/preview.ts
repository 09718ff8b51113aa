import crypto from 'node:crypto'
import type { Endpoint } from 'payload'

import { roles } from '@/access/checkRole'
import { forRoles, refuseRequest } from '@/access/endpointGuards'
import { defaultLocale, isLocale } from '@/i18n'
import { escapeHtml } from '@/lib/html'

import { readDraftEdition, renderSampleMail } from './sampleMail'
import type { SampleMail } from './sampleMail'

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
    const edition = await readDraftEdition(req)
    if (!edition) return refuseRequest(req, 403)
    const { html, municipalities } = await renderSampleMail({
      req,
      edition,
      locale,
      municipalityId: req.searchParams.get('municipality'),
    })
    const withChoice =
      municipalities && municipalities.length > 1
        ? html.replace(
            /<body([^>]*)>/,
            (body) => `${body}${municipalityChoice({ id, locale, municipalities })}`,
          )
        : html
    const page = withChoice.includes('</body>')
      ? withChoice.replace('</body>', `<script>${reloadOnSave}</script></body>`)
      : `${withChoice}<script>${reloadOnSave}</script>`
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

/**
 * Above a pack mailing for several municipalities: which municipality's version is shown, with
 * links to the others (the pack link and signature differ per municipality).
 */
const municipalityChoice = ({
  id,
  locale,
  municipalities,
}: {
  id: string
  locale: string
  municipalities: NonNullable<SampleMail['municipalities']>
}) =>
  `<nav style="font-family:sans-serif;font-size:14px;padding:8px;background:#fff8e1">${municipalities
    .map(({ id: municipalityId, name, isShown }) =>
      isShown
        ? `<strong>${escapeHtml(name)}</strong>`
        : `<a href="/api/newsletter-editions/${encodeURIComponent(id)}/preview?locale=${encodeURIComponent(locale)}&amp;municipality=${encodeURIComponent(String(municipalityId))}">${escapeHtml(name)}</a>`,
    )
    .join(' · ')}</nav>`
