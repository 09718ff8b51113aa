import type { Locale } from '@/i18n'
import { siteTranslator } from '@/i18n/site'
import { safeHref } from '@/lib/html'
import { helplinePhone } from '@/reference/region'
import type { LocalRouteToHelp } from '@/reference/routeToHelp'

import type { RouteToHelp as Route } from '../packs'
import { Ltr } from './Ltr'

/** The national number, for a region record that lacks one. */
const veiligThuisPhone = helplinePhone('Veilig Thuis')

/** The local team has the most fields; the other steps fill in some of them. */
type Contact = LocalRouteToHelp['localTeam']

/**
 * The local route to help, the same on the municipality page, the pack page and in the PDF:
 * the local team, the designated officer, the region's Veilig Thuis and its referral index,
 * always with 112 for immediate danger. Contact details come from the municipality and region
 * records, never typed twice.
 */
export const RouteToHelp = ({
  route,
  municipalityName,
  locale,
  headingLevel = 2,
  id = 'route-naar-hulp',
}: {
  route: Route
  municipalityName: string
  locale: Locale
  headingLevel?: 2 | 3
  id?: string
}) => {
  const t = siteTranslator(locale)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const Sub = headingLevel === 2 ? 'h3' : 'h4'
  const veiligThuis = route.veiligThuis
  const phone = veiligThuis?.phone || veiligThuisPhone
  return (
    <section className="route" aria-labelledby={`${id}-titel`}>
      <Heading id={`${id}-titel`}>{t('route.title', { name: municipalityName })}</Heading>
      <p className="route__emergency">{t('route.intro')}</p>
      {route.local ? null : <p className="notice notice--info">{t('route.unchecked')}</p>}
      <ol className="route__steps">
        {route.local ? (
          <>
            <li className="route__step">
              <Sub>{t('route.localTeam')}</Sub>
              <p>{t('route.localTeamText')}</p>
              <ContactList contact={route.local.localTeam} locale={locale} />
            </li>
            <li className="route__step">
              <Sub>{t('route.designatedOfficer')}</Sub>
              <p>{t('route.designatedOfficerText')}</p>
              <ContactList contact={route.local.designatedOfficer} locale={locale} />
            </li>
          </>
        ) : null}
        <li className="route__step">
          <Sub>
            {t('route.veiligThuis')}: <Ltr>{phone}</Ltr>
          </Sub>
          <p>{t('route.veiligThuisText')}</p>
          <ContactList
            contact={{ name: veiligThuis?.organisation, phone, website: veiligThuis?.website }}
            locale={locale}
          />
        </li>
        {route.referralIndex?.name ? (
          <li className="route__step">
            <Sub>{t('route.referralIndex')}</Sub>
            <p>{t('route.referralIndexText', { name: route.referralIndex.name })}</p>
            <ContactList contact={{ website: route.referralIndex.website }} locale={locale} />
          </li>
        ) : null}
      </ol>
      {route.routeNote ? (
        <div className="route__note">
          <Sub>{t('route.note')}</Sub>
          {route.routeNote.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      ) : null}
      <p className="route__emergency">
        <strong>{t('route.emergency')}</strong>
      </p>
    </section>
  )
}

/**
 * Only a real number or address becomes a link: until a municipality checks its details, the
 * fields hold placeholders ("[nog in te vullen …]") that must not turn into tel: or mailto: links.
 */
const isDialable = (phone: string) => /^\+?[\d\s()-]{6,}$/.test(phone.trim())
const isEmailAddress = (email: string) =>
  /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+$/.test(email.trim())

const ContactList = ({
  contact,
  locale,
}: {
  contact: Contact | null | undefined
  locale: Locale
}) => {
  if (!contact) return null
  const t = siteTranslator(locale)
  const website = safeHref(contact.website, { relative: 'keep' })
  const rows = [
    contact.name ? { label: null, value: <>{contact.name}</> } : null,
    contact.phone
      ? {
          label: t('route.phone'),
          value: isDialable(contact.phone) ? (
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
              <Ltr>{contact.phone}</Ltr>
            </a>
          ) : (
            <>{contact.phone}</>
          ),
        }
      : null,
    contact.email
      ? {
          label: t('route.email'),
          value: isEmailAddress(contact.email) ? (
            <a href={`mailto:${contact.email}`}>
              <Ltr>{contact.email}</Ltr>
            </a>
          ) : (
            <>{contact.email}</>
          ),
        }
      : null,
    website
      ? {
          label: t('route.website'),
          value: (
            <a href={website}>
              <Ltr>{website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</Ltr>
            </a>
          ),
        }
      : null,
    contact.address ? { label: t('route.address'), value: <>{contact.address}</> } : null,
    contact.openingHours
      ? { label: t('route.openingHours'), value: <>{contact.openingHours}</> }
      : null,
  ].filter((row) => row !== null)
  if (rows.length === 0) return null
  return (
    <ul className="contact">
      {rows.map((row, index) => (
        <li key={index}>
          {row.label ? <span className="contact__label">{row.label}: </span> : null}
          {row.value}
        </li>
      ))}
    </ul>
  )
}
