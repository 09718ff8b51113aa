import { packPdfResponse, type PackRouteParams } from '@/portal/pdf/routes'

export const dynamic = 'force-dynamic'

/** The printable pack as a PDF download (made once per version, then served from disk). */
export const GET = (_request: Request, { params }: { params: PackRouteParams }) => packPdfResponse(params)
