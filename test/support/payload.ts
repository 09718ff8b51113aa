import { getPayload, type Payload } from 'payload'

import config from '@payload-config'

/** The app's Payload instance on this test file's fresh database. */
export const startPayload = async (): Promise<Payload> => getPayload({ config })
