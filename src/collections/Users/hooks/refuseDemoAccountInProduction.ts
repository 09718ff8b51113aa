import { APIError, type CollectionBeforeLoginHook } from 'payload'

import { appMode } from '@/lib/env'

/** Demo accounts have a known or printed password: they must never open a production instance. */
export const refuseDemoAccountInProduction: CollectionBeforeLoginHook = ({ user, req }) => {
  if (user?.isDemoAccount && appMode() === 'production') {
    throw new APIError(
      req.t('error:unauthorized') + ' (demo-account is uitgeschakeld in productie)',
      401,
      undefined,
      true,
    )
  }
  return user
}
