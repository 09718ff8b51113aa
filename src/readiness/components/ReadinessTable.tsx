import Link from 'next/link'

import { packAudiences } from '@/fields/taxonomy'
import { adminT } from '@/i18n/admin'
import type { AdminI18n } from '@/i18n/admin'
import { formatDay } from '@/lib/dates'

import type { AudienceReadiness, MunicipalityReadiness } from '../readiness'

const css = `
.readiness-table { border-collapse: collapse; margin: 0.5rem 0 calc(var(--base) * 2); width: 100%; }
.readiness-table th, .readiness-table td { border: 1px solid var(--theme-elevation-150); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
.readiness-table thead th { background: var(--theme-elevation-50); }
.readiness-table ul { list-style: none; margin: 0; padding: 0; }
.readiness-table li + li { margin-top: 0.2rem; }
.readiness-table a { text-decoration: underline; }
.readiness-missing { font-weight: 600; }
`

/**
 * The readiness rows as one table: a municipality per row, its route to help and per audience its
 * own pack, the languages and the organisations, each missing piece with a link to fix it. Every
 * state is a word and a sign, never colour alone.
 */
export const ReadinessTable = ({
  rows,
  i18n,
}: {
  rows: MunicipalityReadiness[]
  i18n: AdminI18n
}) => {
  const t = adminT(i18n)
  return (
    <>
      <style>{css}</style>
      <table className="readiness-table">
        <thead>
          <tr>
            <th scope="col">{t('custom:readiness:municipality')}</th>
            <th scope="col">{t('custom:readiness:routeToHelp')}</th>
            {packAudiences.map(({ value, label }) => (
              <th key={value} scope="col">
                {label({ t: i18n.t as never })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.municipality.id}>
              <th scope="row">{row.municipality.name}</th>
              <td>
                <RouteCell row={row} i18n={i18n} />
              </td>
              {row.audiences.map((audience) => (
                <td key={audience.audience}>
                  <AudienceCell municipality={row.municipality} audience={audience} i18n={i18n} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

const RouteCell = ({ row, i18n }: { row: MunicipalityReadiness; i18n: AdminI18n }) => {
  const t = adminT(i18n)
  const { status, ageInDays, checkedBy } = row.routeToHelp
  const edit = `/admin/collections/municipalities/${row.municipality.id}`
  if (status === 'unverified') {
    return (
      <ul>
        <li className="readiness-missing">{t('custom:readiness:routeUnverified')}</li>
        <li>
          <Link href={edit}>{t('custom:readiness:actions:checkRoute')}</Link>
        </li>
      </ul>
    )
  }
  const age = ageText(i18n, ageInDays ?? 0)
  return (
    <ul>
      <li className={status === 'stale' ? 'readiness-missing' : undefined}>
        {status === 'stale'
          ? t('custom:readiness:routeStale', { age })
          : t('custom:readiness:routeVerified', { age })}
      </li>
      {checkedBy && <li>{t('custom:readiness:checkedBy', { name: checkedBy })}</li>}
      {status === 'stale' && (
        <li>
          <Link href={edit}>{t('custom:readiness:actions:checkRoute')}</Link>
        </li>
      )}
    </ul>
  )
}

const AudienceCell = ({
  municipality,
  audience,
  i18n,
}: {
  municipality: MunicipalityReadiness['municipality']
  audience: AudienceReadiness
  i18n: AdminI18n
}) => {
  const t = adminT(i18n)
  const { pack, languages, organisations } = audience
  const organisationsList = `/admin/collections/organisations?${new URLSearchParams({
    'where[municipality][equals]': String(municipality.id),
    'where[audience][equals]': audience.audience,
  })}`
  return (
    <ul>
      <li className={pack.state === 'published' ? undefined : 'readiness-missing'}>
        {t(`custom:readiness:pack:${pack.state}`)}
      </li>
      <li>
        {pack.id === null ? (
          <Link href="/admin/collections/communication-packs/create">
            {t('custom:readiness:actions:makePack')}
          </Link>
        ) : (
          <Link href={`/admin/collections/communication-packs/${pack.id}`}>
            {t('custom:readiness:actions:openPack')}
          </Link>
        )}
      </li>
      <li>
        {languages.length
          ? t('custom:readiness:languages', { languages: languages.join(', ') })
          : t('custom:readiness:noLanguages')}
      </li>
      <li>
        {audience.lastMailing
          ? t('custom:readiness:lastMailing', {
              date: formatDay(audience.lastMailing.sentAt, i18n.language),
            })
          : t('custom:readiness:noMailing')}
      </li>
      {organisations.registered === 0 ? (
        <>
          <li className="readiness-missing">{t('custom:readiness:noOrganisations')}</li>
          <li>
            <Link href="/admin/collections/organisations/create">
              {t('custom:readiness:actions:registerOrganisations')}
            </Link>
          </li>
        </>
      ) : (
        <li>
          <Link href={organisationsList}>
            {t('custom:readiness:organisations', { count: organisations.registered })}
          </Link>
          {', '}
          {t('custom:readiness:organisationsReachable', { count: organisations.reachable })}
        </li>
      )}
    </ul>
  )
}

const ageText = (i18n: AdminI18n, days: number) => {
  const t = adminT(i18n)
  if (days < 1) return t('custom:readiness:age:today')
  if (days < 60) return t('custom:readiness:age:days', { count: days })
  return t('custom:readiness:age:months', { count: Math.floor(days / 30.44) })
}
