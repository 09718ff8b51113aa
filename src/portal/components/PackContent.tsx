import type { MaterialKind, PackPoint } from '@/fields/taxonomy'
import { siteTranslator } from '@/i18n/site'

import type { PackMaterial, PackView } from '../packs'
import { fileTypeLabel, formatFileSize } from './format'
import { hasContent, RichText } from './RichText'
import { RouteToHelp } from './RouteToHelp'

export type PackLinks = {
  /** Where a material's file is downloaded (counted); null when it has no file. */
  material: (material: PackMaterial) => string | null
  /** The printable PDF of the whole pack. */
  pdf: string
  /** Size of the PDF in bytes when known, for the hint next to the link. */
  pdfSize?: number | null
}

/**
 * One municipality's pack for one audience, as the portal page and the printable PDF show it:
 * title and logo, introductions, the sections along the four points with the municipality's
 * local notes, the materials (for schools the start-of-school-year set first) and the local
 * route to help. Without `links` (the print view) there are no download links.
 */
export const PackContent = ({ pack, links }: { pack: PackView; links?: PackLinks }) => {
  const { locale, municipality } = pack
  const t = siteTranslator(locale)
  const audience = t(`portalAudiences.${pack.audience}`)
  const schoolYear =
    pack.audience === 'schools' ? pack.materials.filter((m) => m.schoolYearStart) : []
  const otherMaterials = pack.materials.filter((material) => !schoolYear.includes(material))
  const hasHowItWorks = hasContent(pack.howItWorks)
  const text = textLanguageOf(pack)

  return (
    <article className="pack">
      <header className="pack__header">
        {pack.logo ? (
          <img
            className="pack__logo"
            src={pack.logo.url}
            alt={pack.logo.alt || t('pack.logoAlt', { name: municipality.name })}
            width={pack.logo.width ?? undefined}
            height={pack.logo.height ?? undefined}
          />
        ) : null}
        <div>
          <h1 {...text}>{pack.title}</h1>
          <p className="lead">
            {t('pack.for', {
              audience: audience.toLocaleLowerCase(locale),
              name: municipality.name,
            })}
          </p>
        </div>
      </header>

      {pack.isRegional ? (
        <p className="notice notice--info">{t('pack.regional', { name: municipality.name })}</p>
      ) : null}
      {pack.contentLocale !== locale ? (
        <p className="notice notice--info">{t('pack.untranslated')}</p>
      ) : null}

      <div {...text}>
        <RichText value={pack.templateIntro} headingLevel={2} className="pack__intro" />
        <RichText value={pack.introduction} headingLevel={2} className="pack__intro" />
      </div>

      {links ? (
        <nav className="pack__contents" aria-labelledby="inhoudsopgave">
          <h2 id="inhoudsopgave">{t('pack.contents')}</h2>
          <ul>
            {hasHowItWorks ? (
              <li>
                <a href="#zo-werkt-het">{t('pack.howItWorks', { name: municipality.name })}</a>
              </li>
            ) : null}
            {pack.sections.length > 0 ? (
              <li>
                <a href="#onderdelen">{t('pack.sectionsTitle')}</a>
              </li>
            ) : null}
            {pack.materials.length > 0 ? (
              <li>
                <a href="#materialen">{t('pack.materialsTitle')}</a>
              </li>
            ) : null}
            <li>
              <a href="#pdf">{t('pack.pdfTitle')}</a>
            </li>
            <li>
              <a href="#route-naar-hulp-titel">{t('route.title', { name: municipality.name })}</a>
            </li>
          </ul>
        </nav>
      ) : null}

      {hasHowItWorks ? (
        <section className="pack__part" aria-labelledby="zo-werkt-het">
          <h2 id="zo-werkt-het">{t('pack.howItWorks', { name: municipality.name })}</h2>
          <RichText value={pack.howItWorks} headingLevel={3} />
        </section>
      ) : null}

      {pack.sections.length > 0 ? (
        <section className="pack__part" aria-labelledby="onderdelen">
          <h2 id="onderdelen">{t('pack.sectionsTitle')}</h2>
          {pack.sections.map((section) => (
            <section
              key={section.id}
              className="pack-section"
              aria-labelledby={`onderdeel-${section.id}`}
            >
              <p className="pack-section__point">{t(`points.${section.point as PackPoint}`)}</p>
              <h3 id={`onderdeel-${section.id}`} {...text}>
                {section.title}
              </h3>
              <div {...text}>
                <RichText value={section.body} headingLevel={4} />
              </div>
              {hasContent(section.localNote) ? (
                <div className="local-note">
                  <h4>{t('pack.localNote', { name: municipality.name })}</h4>
                  <div {...text}>
                    <RichText value={section.localNote} headingLevel={4} />
                  </div>
                </div>
              ) : null}
            </section>
          ))}
        </section>
      ) : null}

      {pack.materials.length > 0 ? (
        <section className="pack__part" aria-labelledby="materialen">
          <h2 id="materialen">{t('pack.materialsTitle')}</h2>
          {schoolYear.length > 0 ? (
            <div className="school-year" id="start-schooljaar">
              <h3>{t('pack.schoolYearTitle')}</h3>
              <p>{t('pack.schoolYearText')}</p>
              <MaterialList materials={schoolYear} pack={pack} links={links} headingLevel={4} />
            </div>
          ) : null}
          {otherMaterials.length > 0 ? (
            <>
              {schoolYear.length > 0 ? <h3>{t('pack.otherMaterials')}</h3> : null}
              <MaterialList
                materials={otherMaterials}
                pack={pack}
                links={links}
                headingLevel={schoolYear.length > 0 ? 4 : 3}
              />
            </>
          ) : null}
        </section>
      ) : null}

      {links ? (
        <section className="pack__part pdf-download" aria-labelledby="pdf">
          <h2 id="pdf">{t('pack.pdfTitle')}</h2>
          <p>{t('pack.pdfText')}</p>
          <p>
            <a className="button-link" href={links.pdf} data-download="pdf">
              {t('pack.pdfLink')}
              <span className="file-hint">
                {' '}
                (
                {links.pdfSize
                  ? t('pack.pdfSize', { size: formatFileSize(links.pdfSize, locale) })
                  : t('pack.pdfFormat')}
                )
              </span>
            </a>
          </p>
        </section>
      ) : null}

      <RouteToHelp route={pack.route} municipalityName={municipality.name} locale={locale} />
    </article>
  )
}

const MaterialList = ({
  materials,
  pack,
  links,
  headingLevel,
}: {
  materials: PackMaterial[]
  pack: PackView
  links?: PackLinks
  headingLevel: 3 | 4
}) => {
  const t = siteTranslator(pack.locale)
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const text = textLanguageOf(pack)
  return (
    <ul className="materials">
      {materials.map((material) => {
        const href = links && material.file ? links.material(material) : null
        return (
          <li key={material.id} className="material">
            <p className="material__kind">{t(`materialKinds.${material.kind as MaterialKind}`)}</p>
            <Heading {...text}>{material.title}</Heading>
            <div {...text}>
              {material.description ? <p>{material.description}</p> : null}
              <RichText value={material.body} headingLevel={headingLevel === 3 ? 4 : 5} />
            </div>
            {href && material.file ? (
              <p>
                <a href={href} className="material__download">
                  {t('pack.download', { title: material.title })}
                  <span className="file-hint">
                    {' '}
                    ({fileTypeLabel(material.file.mimeType, material.file.filename)}
                    {material.file.filesize
                      ? `, ${formatFileSize(material.file.filesize, pack.locale)}`
                      : ''}
                    )
                  </span>
                </a>
              </p>
            ) : links ? (
              <p className="hint">{t('pack.noFile')}</p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

/**
 * The pack's own text is marked as Dutch (left to right) when it is shown untranslated inside a
 * page in another language, so screen readers read it as Dutch and Arabic pages lay it out right.
 */
const textLanguageOf = (pack: PackView) =>
  pack.contentLocale === pack.locale ? {} : { lang: pack.contentLocale, dir: 'ltr' as const }
