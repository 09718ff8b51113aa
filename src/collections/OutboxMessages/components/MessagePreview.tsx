import type { UIFieldServerProps } from 'payload'

const words = {
  nl: {
    html: 'Zo ziet de e-mail eruit',
    htmlFrame: 'Voorbeeld van de HTML-versie van de e-mail',
    text: 'Platte-tekstversie (voor wie geen HTML leest)',
  },
  en: {
    html: 'How the e-mail looks',
    htmlFrame: 'Preview of the HTML version of the e-mail',
    text: 'Plain text version (for readers without HTML)',
  },
}

/**
 * Shows a stored message as its reader would see it. The HTML goes into an iframe with an empty
 * `sandbox`, so nothing in a message (scripts, forms, top-level navigation) can run in the admin.
 */
export const MessagePreview = ({ data, i18n }: UIFieldServerProps) => {
  const html = typeof data?.html === 'string' ? data.html : ''
  const text = typeof data?.text === 'string' ? data.text : ''
  if (!html && !text) return null
  const t = i18n.language === 'en' ? words.en : words.nl
  return (
    <div className="field-type" style={{ display: 'grid', gap: 'calc(var(--base) * 0.5)' }}>
      {html && (
        <>
          <span className="field-label">{t.html}</span>
          <iframe
            sandbox=""
            srcDoc={html}
            title={t.htmlFrame}
            referrerPolicy="no-referrer"
            style={{
              width: '100%',
              height: '40rem',
              border: '1px solid var(--theme-elevation-150)',
              borderRadius: 'var(--style-radius-s)',
              background: '#fff',
            }}
          />
        </>
      )}
      {text && (
        <>
          <span className="field-label">{t.text}</span>
          <pre
            style={{
              margin: 0,
              padding: 'calc(var(--base) * 0.75)',
              whiteSpace: 'pre-wrap',
              overflowWrap: 'anywhere',
              background: 'var(--theme-elevation-50)',
              border: '1px solid var(--theme-elevation-150)',
              borderRadius: 'var(--style-radius-s)',
              fontSize: '0.875rem',
            }}
          >
            {text}
          </pre>
        </>
      )}
    </div>
  )
}
