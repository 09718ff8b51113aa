import type { TOptions } from 'i18next'
import { Fragment } from 'react'
import type { ReactNode } from 'react'

import type { EmailKey, EmailT } from '../../src/i18n/email'

const marker = (index: number) => `\uE000${index}\uE000`
const markerPattern = /\uE000(\d+)\uE000/

/**
 * A translated sentence with elements inside it (a phone number in an LTR span, a link), so
 * translators keep the whole sentence and choose where the element goes.
 */
export const translateWithNodes = (
  t: EmailT,
  key: EmailKey,
  nodes: Record<string, ReactNode>,
  options?: TOptions,
): ReactNode[] => {
  const names = Object.keys(nodes)
  const markers = Object.fromEntries(names.map((name, index) => [name, marker(index)]))
  return t(key, { ...options, ...markers })
    .split(markerPattern)
    .map((part, index) =>
      index % 2 === 0 ? part : <Fragment key={index}>{nodes[names[Number(part)]]}</Fragment>,
    )
    .filter((part) => part !== '')
}
