/**
 * Starts the app's Payload the way the server does, in a child process, so configuration errors
 * can be observed as a person starting the app would see them.
 */
import { getPayload } from 'payload'

const main = async () => {
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  console.log('PAYLOAD_READY')
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
