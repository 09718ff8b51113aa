import Link from 'next/link'

import { hasRegionalAccess } from '@/access/checkRole'
import type { User } from '@/payload-types'
import { wordsFor } from './words'

/**
 * In the admin's navigation, under the collections: the way to the translations overview, for
 * the regional roles who manage translations.
 */
export const TranslationsNavLink = ({
  i18n,
  user,
}: {
  i18n?: { language?: string }
  user?: Pick<User, 'roles'> | null
}) =>
  hasRegionalAccess(user) ? (
    <Link
      href="/admin/vertalingen"
      className="nav__link"
      style={{ display: 'block', padding: '0.5rem 0' }}
    >
      {wordsFor(i18n?.language).title}
    </Link>
  ) : null
