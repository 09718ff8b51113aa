import { render, toPlainText } from '@react-email/render'
import type { ReactElement } from 'react'

/** Every mail leaves as a subject with an html and a text part. */
export type RenderedEmail = {
  subject: string
  html: string
  text: string
}

/** One react-email template to both parts; every mail, the newsletter too, is rendered here. */
export const renderEmail = async (element: ReactElement) => {
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions }),
  ])
  return { html, text }
}

/**
 * The text part for html rendered elsewhere (Payload hands its e-mail adapter html only): the
 * same conversion as `renderEmail`, so such a mail's text equals its template's own text part.
 */
export const htmlToText = (html: string): string => toPlainText(html, htmlToTextOptions)

const htmlToTextOptions = {
  // No wrapping: a long name must not move the line breaks of the text part.
  wordwrap: false as const,
  // Titles in capitals shout, and would not survive substitution unchanged.
  selectors: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
    selector,
    options: { uppercase: false },
  })),
}
