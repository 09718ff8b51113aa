import Link from 'next/link'
import type { ServerProps } from 'payload'

import { adminT } from '@/i18n/admin'

/** In the admin's navigation, under the collections: the way to the campaign calendar. */
export const CalendarNavLink = ({ i18n }: ServerProps) => (
  <Link
    href="/admin/campagnekalender"
    className="nav__link"
    style={{ display: 'block', padding: '0.5rem 0' }}
  >
    {adminT(i18n)('custom:campaigns:calendar:navLink')}
  </Link>
)
