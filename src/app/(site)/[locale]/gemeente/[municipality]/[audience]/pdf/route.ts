import { packPdfResponse } from '@/portal/pdf/routes'
import type { PackRouteParams } from '@/portal/pdf/routes'

import { sitePayload } from '../../../../../site'

export const dynamic = 'force-dynamic'

/** The printable pack as a PDF download (made once per version, then served from disk). */
export const GET = async (_request: Request, { params }: { params: PackRouteParams }) =>
  packPdfResponse({ payload: await sitePayload(), params })
