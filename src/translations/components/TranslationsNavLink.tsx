import Link from 'next/link'
import type { ServerProps } from 'payload'

import { checkRole, regionalRoles } from '@/access/checkRole'
import { adminT } from '@/i18n/admin'

/**
 * In the admin's navigation, under the collections: the way to the translations overview, for
 * the regional roles who manage translations.
 */
export const TranslationsNavLink = ({ i18n, user }: ServerProps) =>
  checkRole(regionalRoles, user) ? (
    <Link
      href="/admin/vertalingen"
      className="nav__link"
      style={{ display: 'block', padding: '0.5rem 0' }}
    >
      {adminT(i18n)('custom:translations:title')}
    </Link>
  ) : null
