import { describe, expect, it } from 'vitest'

import { escapeHtml, imageProtocols, safeHref, unescapeHtml } from '@/lib/html'

const baseUrl = 'https://samenveilig.example'

describe('escapeHtml', () => {
  it('should escape exactly what React escapes', () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#x27; f')
    expect(escapeHtml('geen bijzondere tekens — محمد')).toBe('geen bijzondere tekens — محمد')
  })
})

describe('unescapeHtml', () => {
  it('should read back what escapeHtml and XML writers escape, once', () => {
    const value = `a & b < c > d " e ' f &amp; g`
    expect(unescapeHtml(escapeHtml(value))).toBe(value)
    expect(unescapeHtml('&apos;&#39;&amp;lt;')).toBe("''&lt;")
  })
})

describe('safeHref', () => {
  it('should make relative links absolute and add https to www. links', () => {
    expect(safeHref('/nl/portaal', { baseUrl })).toBe(`${baseUrl}/nl/portaal`)
    expect(safeHref('www.veiligthuis.nl', { baseUrl })).toBe('https://www.veiligthuis.nl/')
    expect(safeHref('mailto:a@b.nl', { baseUrl })).toBe('mailto:a@b.nl')
    expect(safeHref('tel:08002000', { baseUrl })).toBe('tel:08002000')
    expect(safeHref('mailto:a@b.nl', { baseUrl, protocols: imageProtocols })).toBeUndefined()
  })

  it.each(['javascript:alert(1)', ' java\tscript:alert(1)', 'data:text/html,x', '#top', '', 42])(
    'should refuse %j in a mail',
    (raw) => {
      expect(safeHref(raw, { baseUrl })).toBeUndefined()
    },
  )

  it('should keep paths on the site and anchors as written on a page, and refuse other relative addresses', () => {
    const onPage = { baseUrl, relative: 'keep' } as const
    expect(safeHref('/api/media/file/poster.png', onPage)).toBe('/api/media/file/poster.png')
    expect(safeHref('#stap-2', onPage)).toBe('#stap-2')
    expect(safeHref('www.veiligthuis.nl', onPage)).toBe('https://www.veiligthuis.nl/')
    expect(safeHref('veiligthuis.nl', onPage)).toBeUndefined()
    expect(safeHref('//elders.example/pad', onPage)).toBeUndefined()
    expect(safeHref('javascript:alert(1)', onPage)).toBeUndefined()
  })
})
