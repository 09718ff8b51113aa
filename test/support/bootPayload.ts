/**
 * Starts the app's Payload the way the server does, in a child process, so configuration errors
 * can be observed as a person starting the app would see them.
 */
import { getPayload } from 'payload'

/**
 * When Payload was asked to start, so a test can time the start itself (connecting, giving up)
 * apart from loading the modules, which a busy machine can make take half a minute.
 */
let startedAt = 0

const main = async () => {
  const { default: config } = await import('../../payload.config')
  startedAt = Date.now()
  const payload = await getPayload({ config })
  console.log('PAYLOAD_READY')
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    if (startedAt) console.error(`PAYLOAD_FAILED_AFTER_MS=${Date.now() - startedAt}`)
    process.exit(1)
  },
)
