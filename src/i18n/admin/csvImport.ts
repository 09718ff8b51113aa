import type { TFunction } from '@payloadcms/translations'

import { megabyte } from '@/lib/cappedBody'
import { maxColumns, maxImportBytes } from '@/lib/csvImport'
import { csvLimits } from '@/lib/csvRecords'

import type { AdminTranslationKey } from '.'

/** What every CSV import says about a file or line it cannot read, in the importer's language. */
export const csvImportTexts = (t: TFunction<AdminTranslationKey>) => ({
  unreadable: {
    unclosedQuote: t('custom:subscribers:importProblems:unclosedQuote'),
    strayQuote: t('custom:subscribers:importProblems:strayQuote'),
    tooLong: t('custom:subscribers:importProblems:lineTooLong', {
      characters: csvLimits.maxRecordChars.toLocaleString('nl-NL'),
    }),
  },
  tooLarge: t('custom:subscribers:importProblems:tooLarge', {
    megabytes: maxImportBytes() / megabyte,
  }),
  tooManyColumns: t('custom:subscribers:importProblems:tooManyColumns', { columns: maxColumns }),
})
