import { parse } from 'csv-parse'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

/**
 * The streaming CSV import that the subscribers' and the organisations' imports share: the file
 * is read as it arrives, checked row by row, and handed on in batches, so memory depends on the
 * batch size and not on the file. Every bad row is reported with its line number and reason.
 */

export type ImportProblem = { line: number; reason: string }

export type ImportReport = {
  /** Data rows read (the header not counted). */
  rows: number
  imported: number
  merged: number
  rejected: ImportProblem[]
}

export type ImportBatch<Row> = { rows: number; valid: Row[]; rejected: ImportProblem[] }

/** The file as a whole cannot be imported (no header, wrong columns, too large): nothing changed. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportFileError'
  }
}

/** Rows handled together: one look-up of existing rows per batch, memory stays flat. */
export const importBatchSize = 500

/**
 * Reads and checks a CSV file in batches of at most 500 rows, pulling from the input only as fast
 * as the batches are consumed (back-pressure). The delimiter (`,` or `;`) is taken from the
 * header line. `columns` names the header's columns (unknown ones keep their name); `checkHeader`
 * throws an `ImportFileError` when the first row lacks a column the import needs.
 */
export async function* readCsvBatches<Row>({
  input,
  columns,
  checkHeader,
  checkRow,
  unreadableLine,
  tooLarge,
  maxBytes = Number.POSITIVE_INFINITY,
}: {
  input: AsyncIterable<Buffer | string | Uint8Array>
  columns: (header: string[]) => string[]
  checkHeader: (record: Record<string, string>) => void
  checkRow: (args: { record: Record<string, string>; line: number }) => Row | ImportProblem
  /** The reason given for a line the parser cannot read (quotes or columns wrong). */
  unreadableLine: string
  /** The message for a file larger than `maxBytes`. */
  tooLarge?: string
  maxBytes?: number
}): AsyncGenerator<ImportBatch<Row>> {
  const chunks = cappedChunks({ input, maxBytes, tooLarge })
  const { delimiter, head } = await sniffDelimiter(chunks)
  let batch: ImportBatch<Row> = { rows: 0, valid: [], rejected: [] }
  const parser = parse({
    columns: (header: string[]) => columns(header.map((name) => name.trim())),
    delimiter,
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
    skip_records_with_error: true,
    on_skip: () => {
      batch.rows++
      batch.rejected.push({ line: parser.info.lines, reason: unreadableLine })
      return undefined
    },
  })

  let feedError: unknown
  const feed = (async () => {
    try {
      for (const chunk of [...head]) {
        if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve))
      }
      for await (const chunk of chunks) {
        if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve))
      }
      parser.end()
    } catch (error) {
      feedError = error
      parser.destroy(error as Error)
    }
  })()

  let isHeaderChecked = false
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>
      info: { lines: number }
    }>) {
      if (!isHeaderChecked) {
        isHeaderChecked = true
        try {
          checkHeader(record)
        } catch (error) {
          parser.destroy()
          throw error
        }
      }
      batch.rows++
      const checked = checkRow({ record, line: info.lines })
      if (isProblem(checked)) batch.rejected.push(checked)
      else batch.valid.push(checked)
      if (batch.rows >= importBatchSize) {
        yield batch
        batch = { rows: 0, valid: [], rejected: [] }
      }
    }
  } catch (error) {
    throw feedError ?? error
  }
  await feed
  if (feedError) throw feedError
  if (batch.rows > 0) yield batch
}

/**
 * One transaction per batch: a database commit per row would make a large import take hours on
 * SQLite, and a batch either lands whole or not at all.
 */
export const inImportTransaction = async <Result>(
  payload: Payload,
  store: (req: PayloadRequest) => Promise<Result>,
): Promise<Result> => {
  const req = await createLocalReq({}, payload)
  const hasOwnTransaction = await initTransaction(req)
  try {
    const result = await store(req)
    if (hasOwnTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    if (hasOwnTransaction) await killTransaction(req)
    throw error
  }
}

/** A header name's spelling, so `E-mail `, `e-mail` and `E-MAIL` are one column. */
export const headerKey = (name: string) => name.trim().toLowerCase()

const isProblem = (value: unknown): value is ImportProblem =>
  typeof value === 'object' && value !== null && 'reason' in value && 'line' in value

/** The input, stopped with an `ImportFileError` once it passes `maxBytes`. */
async function* cappedChunks({
  input,
  maxBytes,
  tooLarge,
}: {
  input: AsyncIterable<Buffer | string | Uint8Array>
  maxBytes: number
  tooLarge?: string
}): AsyncGenerator<Buffer> {
  let total = 0
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk)
    total += buffer.length
    if (total > maxBytes) throw new ImportFileError(tooLarge ?? 'File too large')
    yield buffer
  }
}

/** Reads until the header line is complete (at most 64 kB) and counts `;` against `,` in it. */
const sniffDelimiter = async (chunks: AsyncGenerator<Buffer>) => {
  const head: Buffer[] = []
  let text = ''
  while (!text.includes('\n') && text.length < 64 * 1024) {
    const next = await chunks.next()
    if (next.done) break
    head.push(next.value)
    text += next.value.toString('utf8')
  }
  const firstLine = text.split('\n', 1)[0] ?? ''
  const count = (character: string) => firstLine.split(character).length - 1
  return { delimiter: count(';') > count(',') ? ';' : ',', head }
}

/**
 * The answer of an import endpoint that takes a CSV file as the request body: the body is read as
 * it arrives, so the browser's upload progress is the import's progress. A file that cannot be
 * imported as a whole gets a 400 with the reason.
 */
export const csvImportResponse = async ({
  req,
  chooseCsv,
  run,
}: {
  req: PayloadRequest
  /** The message when no file was sent. */
  chooseCsv: string
  run: (input: Readable) => Promise<ImportReport>
}): Promise<Response> => {
  if (!req.body) return Response.json({ error: chooseCsv }, { status: 400 })
  try {
    return Response.json(
      await run(Readable.fromWeb(req.body as unknown as NodeReadableStream<Uint8Array>)),
    )
  } catch (error) {
    if (error instanceof ImportFileError) {
      return Response.json({ error: error.message }, { status: 400 })
    }
    throw error
  }
}
