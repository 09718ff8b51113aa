/**
 * The one look of every mail. Values are plain CSS strings because mail clients only honour
 * inline styles, so both the templates and the rich-text converter read from here.
 */
export const emailStyle = {
  colors: {
    /** Regional band and buttons; white text on it has contrast 9.9:1 (WCAG AAA). */
    brand: '#5b2a86',
    brandText: '#ffffff',
    /** Accent stripe under the band, the orange of Orange the World. */
    accent: '#f28c28',
    text: '#1f1f24',
    muted: '#55555f',
    link: '#5b2a86',
    background: '#f3f1f6',
    surface: '#ffffff',
    border: '#dedbe4',
    quoteBorder: '#b9a6cf',
    note: '#f6f1fa',
    testBanner: '#fff3c4',
    testBannerText: '#5c4400',
    codeBackground: '#f1f0f4',
    highlight: '#fff3a3',
  },
  fonts: {
    body: 'Arial, Helvetica, sans-serif',
    code: "Consolas, 'Courier New', monospace",
  },
  fontSizes: {
    small: '13px',
    body: '16px',
    h1: '26px',
    h2: '21px',
    h3: '18px',
  },
  lineHeights: {
    small: '20px',
    body: '24px',
    heading: '1.3',
  },
  spacing: {
    xs: '4px',
    sm: '8px',
    md: '16px',
    lg: '24px',
    xl: '32px',
  },
  radius: '4px',
  /** Width of the mail and of the text column inside its padding: images never exceed it. */
  width: 600,
  contentWidth: 552,
} as const

export type EmailStyle = typeof emailStyle
