import { NextResponse } from 'next/server'
import type { NextRequest } from 'next/server'

import { defaultLocale, isLocale } from '@/i18n'
import { audienceBySlug } from '@/portal/packs'

/**
 * Where the home page's "find your pack" form goes (a plain GET, so it works without
 * JavaScript): on to the pack, or to the municipality's page when no audience was chosen.
 */
export const GET = async (
  request: NextRequest,
  { params }: { params: Promise<{ locale: string }> },
) => {
  const { locale: raw } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  const municipality = request.nextUrl.searchParams.get('gemeente') ?? ''
  const audience = audienceBySlug(request.nextUrl.searchParams.get('doelgroep') ?? '')
  const path = !/^[a-z0-9-]+$/.test(municipality)
    ? `/${locale}#vind-pakket`
    : `/${locale}/gemeente/${municipality}${audience ? `/${audience.slug}` : ''}`
  // A relative Location: right behind any proxy, whatever host name the server itself sees.
  return new NextResponse(null, { status: 303, headers: { Location: path } })
}
