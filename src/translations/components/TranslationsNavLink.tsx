import Link from 'next/link'

/** In the admin's navigation, under the collections: the way to the translations overview. */
export const TranslationsNavLink = () => (
  <Link
    href="/admin/vertalingen"
    className="nav__link"
    style={{ display: 'block', padding: '0.5rem 0' }}
  >
    Vertalingen
  </Link>
)
