import Link from 'next/link'
import type { ServerProps } from 'payload'

import { adminT } from '@/i18n/admin'

/** In the admin's navigation, under the collections: the way to the monitor. */
export const MonitorNavLink = ({ i18n }: ServerProps) => (
  <Link
    href="/admin/monitor"
    className="nav__link"
    style={{ display: 'block', padding: '0.5rem 0' }}
  >
    {adminT(i18n)('custom:monitor:navLink')}
  </Link>
)
