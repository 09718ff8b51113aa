import type { Payload } from 'payload'

/**
 * The inputs of a task's jobs that wait to run (not running, not finished, not failed). Filtered
 * here rather than on the JSON input in the query: few jobs wait at any time, and JSON paths are
 * queried differently by each database.
 */
export const waitingJobInputs = async (payload: Payload, taskSlug: string) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: taskSlug } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    pagination: false,
    depth: 0,
    select: { input: true },
    overrideAccess: true,
  })
  return docs.map((job) => (job.input ?? {}) as Record<string, unknown>)
}
