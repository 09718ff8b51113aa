import { materialDownloadResponse } from '@/portal/pdf/routes'
import type { PackRouteParams } from '@/portal/pdf/routes'

import { sitePayload } from '../../../../../../site'

export const dynamic = 'force-dynamic'

/** Counts a material download and sends the visitor on to the file. */
export const GET = async (
  _request: Request,
  { params }: { params: Promise<Awaited<PackRouteParams> & { materialId: string }> },
) => materialDownloadResponse({ payload: await sitePayload(), params })
