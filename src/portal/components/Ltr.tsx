import type { ReactNode } from 'react'

/** Phone numbers, e-mail and web addresses read left to right, also inside Arabic text. */
export const Ltr = ({ children }: { children: ReactNode }) => (
  <bdi dir="ltr" className="ltr">
    {children}
  </bdi>
)
