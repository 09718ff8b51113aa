import { describe, expect, it } from 'vitest'

import { editionWebVersion, emailBodyForPage, sentEditions } from '@/app/(site)/archive'
import { engineContext } from '@/newsletter/delivery/control'

import { useIntegration } from '../support/integration'

const { payload, fixtures } = useIntegration()

describe('the newsletter archive', () => {
  it('should list and show only sent editions, without personal links', async () => {
    const block = await fixtures.buildingBlock('arnhem', {
      title: 'Arnhem kleurt oranje',
      summary: 'Het stadhuis kleurt oranje.',
      reviewStatus: 'approved',
    })
    const edition = (title: string) => fixtures.edition({ title, blocks: [block.id] })
    const sent = await edition('Verstuurde editie')
    const draft = await edition('Editie in de maak')
    await payload.update({
      collection: 'newsletter-editions',
      id: sent.id,
      data: { status: 'sent', sending: { finishedAt: new Date().toISOString() } },
      context: engineContext,
    })

    expect((await sentEditions(payload, 'nl')).map(({ title }) => title)).toEqual([
      'Verstuurde editie',
    ])
    expect(await editionWebVersion(payload, String(draft.id), 'nl')).toBeNull()
    expect(await editionWebVersion(payload, 'bestaat-niet', 'nl')).toBeNull()

    const web = await editionWebVersion(payload, String(sent.id), 'ar')
    expect(web?.html).toContain('Arnhem kleurt oranje')
    expect(web?.html).not.toMatch(/afmelden|voorkeuren|unsubscribe|preferences/i)
    expect(web?.html).not.toMatch(/<(html|head|body|style|script)\b/i)
    expect(web?.html).not.toMatch(/\sid="/)
  })

  it('should keep only safe elements, attributes and addresses from a rendered mail', () => {
    const html = emailBodyForPage(
      '<html><head><style>p{}</style></head><body><!--$--><div id="x" onclick="steal()">' +
        '<script>alert(1)</script><a href="javascript:alert(1)" style="color:red">klik</a>' +
        '<a href="https://example.org/a?b=1&amp;c=2">goed</a><img src="data:image/png;base64,AA" alt="">' +
        '<iframe src="https://example.org"></iframe><h1 dir="rtl">Titel</h1></div></body></html>',
    )
    expect(html).toBe(
      '<div><a style="color:red">klik</a><a href="https://example.org/a?b=1&amp;c=2" rel="noopener">goed</a>' +
        '<img alt=""><h1 dir="rtl">Titel</h1></div>',
    )
  })
})
