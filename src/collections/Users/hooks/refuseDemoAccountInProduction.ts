import { APIError } from 'payload'
import type { CollectionBeforeLoginHook } from 'payload'

import { adminT } from '@/i18n/admin'
import { appMode } from '@/lib/env'

/** Demo accounts have a known or printed password: they must never open a production instance. */
export const refuseDemoAccountInProduction: CollectionBeforeLoginHook = ({ user, req }) => {
  if (user?.isDemoAccount && appMode() === 'production') {
    throw new APIError(adminT(req)('custom:users:demoAccountRefused'), 401, undefined, true)
  }
  return user
}
