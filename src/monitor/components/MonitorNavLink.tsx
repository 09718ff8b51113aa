import Link from 'next/link'
import type { ServerProps } from 'payload'

/** In the admin's navigation, under the collections: the way to the monitor. */
export const MonitorNavLink = ({ i18n }: ServerProps) => (
  <Link
    href="/admin/monitor"
    className="nav__link"
    style={{ display: 'block', padding: '0.5rem 0' }}
  >
    {i18n?.language === 'en' ? 'Monitor (figures)' : 'Monitor (cijfers)'}
  </Link>
)
