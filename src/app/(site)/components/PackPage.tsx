import { siteTranslator } from '@/i18n/site'
import { PackContent } from '@/portal/components/PackContent'
import type { PackView } from '@/portal/packs'
import { packPagePath, packPdfPath } from '@/portal/pdf/packPdf'

import { Breadcrumbs } from './Breadcrumbs'

/**
 * A pack as the public page shows it (and, with `isPreview`, as its editor previews a draft):
 * where it sits in the site, then the pack with links to the PDF and each material's download.
 */
export const PackPage = ({ pack, isPreview = false }: { pack: PackView; isPreview?: boolean }) => {
  const { locale, municipality } = pack
  const t = siteTranslator(locale)
  const base = packPagePath(pack)
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ href: `/${locale}/gemeente/${municipality.slug}`, label: municipality.name }]}
        current={t(`portalAudiences.${pack.audience}`)}
      />
      {isPreview ? (
        <p className="notice notice--info" role="status">
          {t('pack.previewBanner')}
        </p>
      ) : null}
      <PackContent
        pack={pack}
        links={{
          material: (material) => `${base}/download/${encodeURIComponent(material.id)}`,
          pdf: packPdfPath(pack),
        }}
      />
      <p>
        <a href={`/${locale}/gemeente/${municipality.slug}`}>
          {t('pack.backToMunicipality', { name: municipality.name })}
        </a>
      </p>
    </>
  )
}
