import type { CSSProperties, ReactNode } from 'react'

export type BoxProps = {
  children: ReactNode
  /** Goes on the cell: Outlook ignores padding and backgrounds on tables. */
  style?: CSSProperties
  dir?: 'ltr' | 'rtl'
  lang?: string
}

/** A full-width layout row; `dir` sits on the table because Gmail drops it from html and body. */
export const Box = ({ children, style, dir, lang }: BoxProps) => (
  <table
    role="presentation"
    width="100%"
    border={0}
    cellPadding="0"
    cellSpacing="0"
    dir={dir}
    lang={lang}
  >
    <tbody>
      <tr>
        <td style={style}>{children}</td>
      </tr>
    </tbody>
  </table>
)
