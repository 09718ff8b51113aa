import { materialDownloadResponse } from '@/portal/pdf/routes'

export const dynamic = 'force-dynamic'

/** Counts a material download and sends the visitor on to the file. */
export const GET = (
  _request: Request,
  { params }: { params: Promise<{ locale: string; municipality: string; audience: string; materialId: string }> },
) => materialDownloadResponse(params)
