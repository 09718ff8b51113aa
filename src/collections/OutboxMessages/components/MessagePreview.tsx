import type { UIFieldServerProps } from 'payload'

import { adminT } from '@/i18n/admin'

/**
 * Shows a stored message as its reader would see it. The HTML goes into an iframe with an empty
 * `sandbox`, so nothing in a message (scripts, forms, top-level navigation) can run in the admin.
 */
export const MessagePreview = ({ data, i18n }: UIFieldServerProps) => {
  const html = typeof data?.html === 'string' ? data.html : ''
  const text = typeof data?.text === 'string' ? data.text : ''
  if (!html && !text) return null
  const t = adminT(i18n)
  return (
    <div className="field-type" style={{ display: 'grid', gap: 'calc(var(--base) * 0.5)' }}>
      {html && (
        <>
          <span className="field-label">{t('custom:outboxMessages:messagePreview:html')}</span>
          <iframe
            sandbox=""
            srcDoc={html}
            title={t('custom:outboxMessages:messagePreview:htmlFrame')}
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
          <span className="field-label">{t('custom:outboxMessages:messagePreview:text')}</span>
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
