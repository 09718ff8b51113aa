import Link from 'next/link'

/** In the admin's navigation, under the collections: the way to the campaign calendar. */
export const CalendarNavLink = () => (
  <Link href="/admin/campagnekalender" className="nav__link" style={{ display: 'block', padding: '0.5rem 0' }}>
    Campagnekalender
  </Link>
)
