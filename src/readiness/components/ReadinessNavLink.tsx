import Link from 'next/link'
import type { ServerProps } from 'payload'

import { adminT } from '@/i18n/admin'

/** In the admin's navigation, under the collections: the way to the readiness overview. */
export const ReadinessNavLink = ({ i18n }: ServerProps) => (
  <Link
    href="/admin/gereedheid"
    className="nav__link"
    style={{ display: 'block', padding: '0.5rem 0' }}
  >
    {adminT(i18n)('custom:readiness:navLink')}
  </Link>
)
