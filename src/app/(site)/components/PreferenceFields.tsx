import { audiences } from '@/fields/taxonomy'
import type { Audience } from '@/fields/taxonomy'
import { locales } from '@/i18n'
import type { SiteT } from '@/i18n/site'

import type { MunicipalityOption } from '../site'

/** Language, municipality and audiences: the same fields on the sign-up and preferences pages. */
export const PreferenceFields = ({
  t,
  municipalities,
  locale,
  municipality,
  chosenAudiences = [],
}: {
  t: SiteT
  municipalities: MunicipalityOption[]
  locale: string
  /** The chosen municipality's slug. */
  municipality?: string
  chosenAudiences?: Audience[]
}) => (
  <>
    <div className="field">
      <label htmlFor="locale">{t('subscribe.language')}</label>
      <select id="locale" name="locale" defaultValue={locale}>
        {locales.map(({ code, label, dir }) => (
          <option key={code} value={code} lang={code} dir={dir}>
            {label}
          </option>
        ))}
      </select>
    </div>
    <div className="field">
      <label htmlFor="municipality">{t('subscribe.municipality')}</label>
      <select id="municipality" name="municipality" defaultValue={municipality ?? ''}>
        <option value="">{t('subscribe.municipalityNone')}</option>
        {municipalities.map(({ slug, name }) => (
          <option key={slug} value={slug} lang="nl">
            {name}
          </option>
        ))}
      </select>
    </div>
    <fieldset className="field">
      <legend>{t('subscribe.audiences')}</legend>
      <ul className="choices">
        {audiences.map(({ value }) => (
          <li key={value}>
            <input
              type="checkbox"
              id={`audience-${value}`}
              name="audiences"
              value={value}
              defaultChecked={chosenAudiences.includes(value)}
            />
            <label htmlFor={`audience-${value}`}>{t(`audiences.${value}`)}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  </>
)
