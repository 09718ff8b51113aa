'use client'

import { Button } from '@payloadcms/ui'

/** Prints the page; the overview's print styles leave only the overview on paper. */
export const PrintButton = ({ label }: { label: string }) => (
  <Button buttonStyle="secondary" onClick={() => window.print()} size="medium">
    {label}
  </Button>
)
