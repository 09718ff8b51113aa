import { describe, expect, it } from 'vitest'

import { lexicalToEmail } from '../../emails/richText'

const baseUrl = 'https://samenveilig.example'

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const doc = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })
const convert = (...children: unknown[]) => lexicalToEmail(doc(...children), { baseUrl })
const link = (fields: Record<string, unknown>, label = 'klik hier', type = 'link') => ({
  type,
  version: 3,
  fields,
  children: [text(label)],
})
const listItem = (...children: unknown[]) => ({ type: 'listitem', version: 1, children })

/** Tags without their inline style, to assert on structure. */
const bare = (html: string) => html.replace(/ style="[^"]*"/g, '')

describe('lexicalToEmail', () => {
  it('should turn paragraphs into styled <p> with the e-mail style inline, and text into blank-line separated paragraphs', () => {
    const { html, text: plain } = convert(
      paragraph(text('Eerste alinea.')),
      paragraph(text('Tweede.')),
    )
    expect(bare(html)).toBe('<p>Eerste alinea.</p><p>Tweede.</p>')
    expect(html).toMatch(/<p style="[^"]*font-family:Arial[^"]*font-size:16px[^"]*color:#/)
    expect(plain).toBe('Eerste alinea.\n\nTweede.')
  })

  it('should drop empty paragraphs', () => {
    expect(convert(paragraph(), paragraph(text('')), paragraph(text('Tekst'))).html).not.toMatch(
      /<p[^>]*><\/p>/,
    )
  })

  it('should map headings h1–h2 to h2 and h3–h6 to h3 below the mail title', () => {
    const heading = (tag: string) => ({ type: 'heading', tag, children: [text(tag)] })
    const { html, text: plain } = convert(...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map(heading))
    expect(bare(html)).toBe('<h2>h1</h2><h2>h2</h2><h3>h3</h3><h3>h4</h3><h3>h5</h3><h3>h6</h3>')
    expect(html).not.toContain('<h1')
    expect(plain).toBe('h1\n\nh2\n\nh3\n\nh4\n\nh5\n\nh6')
  })

  it('should apply every text format bit, combined', () => {
    const { html } = convert(
      paragraph(
        text('vet', 1),
        text('schuin', 2),
        text('doorgehaald', 4),
        text('onderstreept', 8),
        text('code', 16),
        text('alles', 1 | 2 | 4 | 8),
        text('sub', 32),
        text('sup', 64),
        text('markering', 128),
      ),
    )
    expect(bare(html)).toBe(
      '<p><strong>vet</strong><em>schuin</em><s>doorgehaald</s><u>onderstreept</u>' +
        '<code>code</code><strong><em><u><s>alles</s></u></em></strong><sub>sub</sub>' +
        '<sup>sup</sup><mark>markering</mark></p>',
    )
    expect(html).toMatch(/<code style="font-family:Consolas/)
  })

  it('should turn linebreaks into <br/> and newlines, and tabs into spaces', () => {
    const { html, text: plain } = convert(
      paragraph(
        text('Regel 1'),
        { type: 'linebreak', version: 1 },
        { type: 'tab', text: '\t' },
        text('Regel 2'),
      ),
    )
    expect(bare(html)).toBe('<p>Regel 1<br/> Regel 2</p>')
    expect(plain).toBe('Regel 1\n Regel 2')
  })

  it('should render bullet and numbered lists, with the start number', () => {
    const { html, text: plain } = convert(
      {
        type: 'list',
        listType: 'bullet',
        tag: 'ul',
        children: [listItem(text('een')), listItem(text('twee'))],
      },
      {
        type: 'list',
        listType: 'number',
        tag: 'ol',
        start: 3,
        children: [listItem(text('drie')), listItem(text('vier'))],
      },
    )
    expect(bare(html)).toBe(
      '<ul><li>een</li><li>twee</li></ul><ol start="3"><li>drie</li><li>vier</li></ol>',
    )
    expect(plain).toBe('- een\n- twee\n\n3. drie\n4. vier')
  })

  it('should move a nested list into its parent item, as Lexical stores it in a separate item', () => {
    const nested = {
      type: 'list',
      listType: 'bullet',
      tag: 'ul',
      children: [
        listItem(text('ouder')),
        listItem({
          type: 'list',
          listType: 'number',
          tag: 'ol',
          children: [listItem(text('kind 1')), listItem(text('kind 2'))],
        }),
        listItem(text('volgende')),
      ],
    }
    const { html, text: plain } = convert(nested)
    expect(bare(html)).toBe(
      '<ul><li>ouder<ol><li>kind 1</li><li>kind 2</li></ol></li><li>volgende</li></ul>',
    )
    expect(plain).toBe('- ouder\n  1. kind 1\n  2. kind 2\n- volgende')
  })

  it('should indent lists and quotes on the right in right-to-left mails', () => {
    const content = doc(
      { type: 'list', listType: 'bullet', children: [listItem(text('بند'))] },
      { type: 'quote', children: [text('اقتباس')] },
    )
    const ltr = lexicalToEmail(content, { baseUrl }).html
    const rtl = lexicalToEmail(content, { baseUrl, dir: 'rtl' }).html
    expect(ltr).toContain('padding:0 0 0 24px')
    expect(ltr).toContain('border-left:4px')
    expect(rtl).toContain('padding:0 24px 0 0')
    expect(rtl).toContain('border-right:4px')
  })

  it('should show check lists with boxes', () => {
    const { html, text: plain } = convert({
      type: 'list',
      listType: 'check',
      tag: 'ul',
      children: [
        { type: 'listitem', checked: true, children: [text('gedaan')] },
        { type: 'listitem', checked: false, children: [text('open')] },
      ],
    })
    expect(bare(html)).toBe('<ul><li>☑ gedaan</li><li>☐ open</li></ul>')
    expect(plain).toBe('[x] gedaan\n[ ] open')
  })

  it('should render quotes and horizontal rules', () => {
    const { html, text: plain } = convert(
      { type: 'quote', children: [text('Veiligheid staat voorop.')] },
      { type: 'horizontalrule', version: 1 },
    )
    expect(bare(html)).toBe('<blockquote>Veiligheid staat voorop.</blockquote><hr/>')
    expect(plain).toBe('> Veiligheid staat voorop.\n\n----------')
  })

  it('should render custom links and autolinks with absolute URLs, and show the URL in the text part', () => {
    const { html, text: plain } = convert(
      paragraph(
        link({ linkType: 'custom', url: 'https://www.veiligthuis.nl/' }, 'Veilig Thuis'),
        text(' en '),
        link({ linkType: 'custom', url: '/nl/pakketten' }, 'de pakketten'),
        text(' en '),
        link({ url: 'https://example.org/a' }, 'https://example.org/a', 'autolink'),
        text(' of '),
        link({ linkType: 'custom', url: 'mailto:info@example.org' }, 'info@example.org'),
      ),
    )
    expect(html).toContain('<a href="https://www.veiligthuis.nl/" style="color:#')
    expect(html).toContain(`<a href="${baseUrl}/nl/pakketten"`)
    expect(html).toContain('<a href="https://example.org/a"')
    expect(html).toContain('<a href="mailto:info@example.org"')
    expect(plain).toBe(
      `Veilig Thuis (https://www.veiligthuis.nl/) en de pakketten (${baseUrl}/nl/pakketten) en https://example.org/a of info@example.org`,
    )
  })

  it('should resolve internal links only through the resolver, and keep their text otherwise', () => {
    const internal = paragraph(
      link(
        { linkType: 'internal', doc: { relationTo: 'packs', value: { id: 7, slug: 'scholen' } } },
        'pakket',
      ),
    )
    expect(bare(convert(internal).html)).toBe('<p>pakket</p>')
    const resolved = lexicalToEmail(doc(internal), {
      baseUrl,
      resolveInternalLink: ({ relationTo, value }) =>
        `/nl/${relationTo}/${(value as { slug: string }).slug}`,
    })
    expect(bare(resolved.html)).toBe(
      `<p><a href="${baseUrl}/nl/packs/scholen" target="_blank">pakket</a></p>`,
    )
  })

  it('should render populated uploads from the e-mail size with absolute URL, alt, width and height', () => {
    const { html, text: plain } = convert({
      type: 'upload',
      relationTo: 'media',
      value: {
        id: 3,
        alt: 'Twee handen "samen"',
        mimeType: 'image/jpeg',
        url: '/api/media/file/handen.jpg',
        width: 3000,
        height: 2000,
        sizes: {
          email: { url: '/api/media/file/handen-600x400.jpg', width: 600, height: 400 },
          emailRetina: { url: '/api/media/file/handen-1200x800.jpg', width: 1200, height: 800 },
        },
      },
    })
    expect(html).toContain(`src="${baseUrl}/api/media/file/handen-600x400.jpg"`)
    expect(html).toContain(`srcset="${baseUrl}/api/media/file/handen-1200x800.jpg 2x"`)
    expect(html).toContain('alt="Twee handen &quot;samen&quot;"')
    // Scaled to the 552 px text column, proportions kept.
    expect(html).toContain('width="552" height="368"')
    expect(plain).toBe('')
  })

  it('should fall back to the original file when Payload made no e-mail size, and drop unpopulated uploads', () => {
    const small = convert({
      type: 'upload',
      value: {
        alt: 'Logo',
        mimeType: 'image/png',
        url: '/api/media/file/logo.png',
        width: 200,
        height: 100,
        sizes: { email: { url: null } },
      },
    }).html
    expect(small).toContain(`src="${baseUrl}/api/media/file/logo.png"`)
    expect(small).toContain('width="200" height="100"')
    expect(convert({ type: 'upload', relationTo: 'media', value: 12 }).html).toBe('')
    expect(
      convert({ type: 'upload', value: { mimeType: 'application/pdf', url: '/a.pdf' } }).html,
    ).toBe('')
  })

  it('should drop unknown nodes but keep their text, and never throw on malformed input', () => {
    const { html, text: plain } = convert(
      paragraph(text('voor '), { type: 'mention', text: 'Anna' }, text(' na')),
      { type: 'block', fields: { blockType: 'cta' } },
      { type: 'layout-container', children: [paragraph(text('binnen'))] },
      { type: 'relationship', value: { id: 1 } },
    )
    expect(bare(html)).toBe('<p>voor Anna na</p><p>binnen</p>')
    expect(plain).toBe('voor Anna na\n\nbinnen')
    for (const input of [
      null,
      undefined,
      42,
      'tekst',
      [],
      {},
      { root: null },
      { root: { children: 'x' } },
    ]) {
      expect(lexicalToEmail(input, { baseUrl })).toEqual({ html: '', text: '' })
    }
    const deep = Array.from({ length: 5000 }).reduce<unknown>(
      (inner) => ({ type: 'unknown', children: [inner] }),
      text('diep'),
    )
    expect(() => convert(deep)).not.toThrow()
  })

  describe('hostile input', () => {
    it('should escape markup typed as text', () => {
      const { html, text: plain } = convert(
        paragraph(text('<script>alert(1)</script>'), text('"><img src=x onerror=alert(1)>', 1)),
      )
      expect(html).not.toMatch(/<script|<img/)
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
      expect(html).toContain('<strong>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</strong>')
      expect(plain).toBe('<script>alert(1)</script>"><img src=x onerror=alert(1)>')
    })

    it.each([
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' java\tscript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '#top',
      '',
    ])('should drop the link %j and keep its text', (url) => {
      const { html, text: plain } = convert(paragraph(link({ linkType: 'custom', url }, 'klik')))
      expect(bare(html)).toBe('<p>klik</p>')
      expect(plain).toBe('klik')
    })

    it('should escape quotes in link URLs so they cannot leave the attribute', () => {
      const { html } = convert(
        paragraph(link({ linkType: 'custom', url: 'https://example.org/?q="><script>x</script>' })),
      )
      expect(html).not.toContain('<script>')
      expect(html).toMatch(
        /<a href="https:\/\/example\.org\/\?q=%22%3E%3Cscript%3Ex%3C\/script%3E"/,
      )
    })

    it('should refuse image sources that are not http(s)', () => {
      const { html } = convert({
        type: 'upload',
        value: {
          alt: 'x',
          mimeType: 'image/svg+xml',
          url: 'javascript:alert(1)',
          width: 10,
          height: 10,
        },
      })
      expect(html).toBe('')
      expect(
        convert({
          type: 'upload',
          value: { alt: 'x', url: 'data:image/png;base64,AAAA', width: 1, height: 1 },
        }).html,
      ).toBe('')
    })
  })
})
