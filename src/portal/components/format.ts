import type { Locale } from '@/i18n'

/** "240 kB" or "1,4 MB" in the reader's number format; files are never shown in bytes. */
export const formatFileSize = (bytes: number, locale: Locale): string => {
  const isMegabytes = bytes >= 1_000_000
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: isMegabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: isMegabytes ? 1 : 0,
  }).format(isMegabytes ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)))
}

/** "29 november 2026" in the reader's language (Gregorian calendar, also in Arabic). */
export const formatDate = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-ca-gregory' : locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso))

/** The file type a visitor recognises, from the MIME type: "PDF", "PNG", ... */
export const fileTypeLabel = (mimeType: string | null | undefined, filename: string): string => {
  if (mimeType === 'application/pdf') return 'PDF'
  const fromMime = mimeType?.split('/')[1]
  const fromName = filename.split('.').pop()
  return (fromMime && fromMime !== 'octet-stream' ? fromMime : (fromName ?? '')).toUpperCase()
}
