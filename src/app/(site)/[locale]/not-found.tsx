import { defaultLocale, localeCodes } from '@/i18n'
import { siteTranslator } from '@/i18n/site'

import { NotFoundMessage } from '../components/NotFoundMessage'

/**
 * Every unknown address under the site (municipality, audience, edition, language, path): status
 * 404 and the message in the visitor's language, inside the site's frame.
 */
export default function NotFound() {
  const texts = Object.fromEntries(
    localeCodes.map((code) => {
      const t = siteTranslator(code)
      return [
        code,
        { title: t('notFound.title'), text: t('notFound.text'), home: t('notFound.home') },
      ]
    }),
  )
  return <NotFoundMessage texts={texts} fallback={defaultLocale} />
}
