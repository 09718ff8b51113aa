/**
 * Where Payload's own Dutch words do not fit this project. Users never read "tenant" or "Huurder".
 */
export const adminTranslations = {
  nl: {
    general: {
      dashboard: 'Overzicht',
    },
  },
  en: {},
}
