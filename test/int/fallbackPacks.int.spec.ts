import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { PackContent } from '@/portal/components/PackContent'
import { loadPackView } from '@/portal/packs'

import { useIntegration } from '../support/integration'

const { payload, fixtures } = useIntegration()

const localPhone = '0543 12 34 56'

const setRoute = async (slug: string, verification: { checkedAt?: string; checkedBy?: string }) =>
  payload.update({
    collection: 'municipalities',
    id: await fixtures.municipalityId(slug),
    data: {
      localTeam: { name: 'Sociaal team Aalten', phone: localPhone },
      verification: { checkedAt: null, checkedBy: null, ...verification },
    },
    context: { skipPortalRevalidation: true },
  })

const viewOf = (locale: 'nl' | 'ar') =>
  loadPackView(payload, { municipalitySlug: 'aalten', audienceSlug: 'scholen', locale })

const html = (view: NonNullable<Awaited<ReturnType<typeof viewOf>>>) =>
  renderToStaticMarkup(createElement(PackContent, { pack: view }))

describe('pack pages for every municipality', () => {
  it('should show the regional version, marked, when the municipality has no pack', async () => {
    await fixtures.packTemplate({ title: 'Regionaal pakket voor scholen' })
    await setRoute('aalten', {})
    const view = await viewOf('nl')
    expect(view?.isRegional).toBe(true)
    expect(view?.title).toBe('Regionaal pakket voor scholen')
    expect(html(view!)).toContain(
      'Dit is de regionale versie. Gemeente Aalten heeft dit pakket nog niet aangepast.',
    )
  })

  it('should never show unchecked local details, and show them once checked', async () => {
    await fixtures.packTemplate()
    await setRoute('aalten', {})
    const unchecked = await viewOf('nl')
    expect(unchecked?.route.local).toBeNull()
    expect(html(unchecked!)).not.toContain(localPhone)
    expect(html(unchecked!)).toContain('0800-2000')

    await setRoute('aalten', { checkedAt: new Date().toISOString(), checkedBy: 'Ans de Vries' })
    const checked = await viewOf('nl')
    expect(checked?.route.local?.localTeam.phone).toBe(localPhone)
    expect(html(checked!)).toContain(localPhone)
  })

  it('should show the Dutch text marked as Dutch with a notice when not translated', async () => {
    await fixtures.packTemplate({ title: 'Regionaal pakket voor scholen' })
    const view = await viewOf('ar')
    expect(view?.locale).toBe('ar')
    expect(view?.contentLocale).toBe('nl')
    const markup = html(view!)
    expect(markup).toContain('<h1 lang="nl" dir="ltr">Regionaal pakket voor scholen</h1>')
    expect(markup).toContain('لم تُترجم هذه الحزمة إلى العربية بعد')
  })

  it('should show no notice when the template is translated', async () => {
    const template = await fixtures.packTemplate()
    await payload.update({
      collection: 'pack-templates',
      id: template.id,
      locale: 'ar',
      data: { title: 'حزمة للمدارس', _status: 'published' },
    })
    const view = await viewOf('ar')
    expect(view?.contentLocale).toBe('ar')
    expect(view?.title).toBe('حزمة للمدارس')
    expect(html(view!)).not.toContain('dir="ltr">حزمة')
  })
})
