import type { ReactNode } from 'react'

/**
 * Phone numbers and e-mail addresses read left to right, also inside Arabic text, where the bidi
 * algorithm would otherwise turn 0800-2000 into 2000-0800.
 */
export const Ltr = ({ children }: { children: ReactNode }) => <span dir="ltr">{children}</span>
