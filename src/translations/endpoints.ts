import type { Endpoint } from 'payload'

import { regionalRoles } from '@/access/checkRole'
import { forRoles } from '@/access/endpointGuards'
import { defaultLocale, isLocale } from '@/i18n'
import { adminT } from '@/i18n/admin'
import { megabyte, megabytesFromEnv, readCappedText } from '@/lib/cappedBody'
import { downloadResponse } from '@/lib/download'

import { exportTranslations } from './exportFile'
import { importTranslations, TranslationFileError } from './importFile'
import { loadTranslationOverview, targetLocales } from './overview'

/**
 * The translation work of the whole region, for the regional roles only: local editors get 403
 * (their texts are translated through the region, and the export spans every municipality).
 */

/** `GET /api/translations/status`: per document and language the state, most urgent first. */
export const translationStatusEndpoint: Endpoint = {
  path: '/translations/status',
  method: 'get',
  handler: forRoles(regionalRoles, async (req) => {
    const overview = await loadTranslationOverview({ payload: req.payload, i18n: req.i18n })
    return Response.json(overview.map(({ histories: _histories, ...entry }) => entry))
  }),
}

/** `GET /api/translations/export?locale=ar`: an XLIFF 2.0 download of everything to translate. */
export const translationExportEndpoint: Endpoint = {
  path: '/translations/export',
  method: 'get',
  handler: forRoles(regionalRoles, async (req) => {
    const locale = new URL(req.url ?? '', 'http://localhost').searchParams.get('locale')
    if (!isLocale(locale) || locale === defaultLocale) {
      return Response.json(
        {
          error: adminT(req)('custom:translations:endpoints:chooseLanguage', {
            languages: targetLocales.join(', '),
          }),
        },
        { status: 400 },
      )
    }
    const { xml, fileName } = await exportTranslations({ payload: req.payload, locale })
    return downloadResponse({
      body: xml,
      fileName,
      contentType: 'application/xliff+xml; charset=utf-8',
    })
  }),
}

/** `POST /api/translations/import` with the translated XLIFF file as the body: the report. */
export const translationImportEndpoint: Endpoint = {
  path: '/translations/import',
  method: 'post',
  handler: forRoles(regionalRoles, async (req) => {
    const t = adminT(req)
    const megabytes = megabytesFromEnv('MAX_TRANSLATION_FILE_MB', 5)
    const tooLarge = () =>
      new TranslationFileError(t('custom:translations:endpoints:fileTooLarge', { megabytes }))
    let xml: string | undefined
    try {
      // Read under the cap: the body is counted as it arrives, never taken whole first.
      xml = await readCappedText({
        body: req.body,
        headers: req.headers,
        maxBytes: megabytes * megabyte,
        tooLarge,
      })
    } catch (error) {
      if (error instanceof TranslationFileError)
        return Response.json({ error: error.message }, { status: 413 })
      throw error
    }
    if (!xml?.trim()) {
      return Response.json(
        { error: adminT(req)('custom:translations:endpoints:chooseXliff') },
        { status: 400 },
      )
    }
    try {
      const report = await importTranslations({
        payload: req.payload,
        xml,
        user: req.user as never,
        i18n: req.i18n,
        req,
      })
      return Response.json(report)
    } catch (error) {
      if (error instanceof TranslationFileError)
        return Response.json({ error: error.message }, { status: 400 })
      throw error
    }
  }),
}

export const translationEndpoints = [
  translationStatusEndpoint,
  translationExportEndpoint,
  translationImportEndpoint,
]
