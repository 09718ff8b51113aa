/**
 * A CSV reader for files from outside, written for the imports: linear in the size of the file
 * whatever it contains, and it never lets one broken line take the rest of the file with it.
 *
 * A quoted value may run over several lines (RFC 4180), which is what makes an unclosed quote
 * dangerous: a general parser reads on to the end of the file looking for the closing quote and
 * then drops everything after it. Here a record may span at most `maxRecordLines` lines and
 * `maxRecordChars` characters. When its quote is still open after that, or at the end of the
 * file, the line where the record began is reported as unreadable and reading starts again on
 * the next line. Only those few lines are read twice (at most `maxRecordLines` times each), so
 * the work stays proportional to the file.
 */

export type CsvProblem = 'unclosedQuote' | 'strayQuote' | 'tooLong'

export type CsvRecord = { line: number; fields: string[] }
export type CsvUnreadable = { line: number; problem: CsvProblem }

export const csvLimits = {
  /** Characters in one record: far above any real row, small enough to echo nothing large. */
  maxRecordChars: 10_000,
  /** Lines one quoted value may span. */
  maxRecordLines: 20,
}

/**
 * The records of a CSV file, each with the line it begins on (the header is line 1), or the line
 * that could not be read and why. Empty lines are skipped. The delimiter (`,` or `;`) is the one
 * the first line uses most; a byte order mark is dropped.
 */
export async function* csvRecords({
  input,
  maxRecordChars = csvLimits.maxRecordChars,
  maxRecordLines = csvLimits.maxRecordLines,
}: {
  input: AsyncIterable<Chunk> | Iterable<Chunk>
  maxRecordChars?: number
  maxRecordLines?: number
}): AsyncGenerator<CsvRecord | CsvUnreadable> {
  const source = csvLines({ input, maxLineChars: maxRecordChars })
  /** Lines taken by a record that failed: read again before anything new. */
  const again: Line[] = []
  const next = async () => again.shift() ?? (await source.next()).value ?? undefined
  let delimiter: string | undefined

  for (let line = await next(); line; line = await next()) {
    if (line.text === undefined) {
      yield { line: line.number, problem: 'tooLong' }
      continue
    }
    if (!line.text.trim()) continue
    delimiter ??= sniffDelimiter(line.text)
    const state: RecordState = { fields: [], field: '', isInQuotes: false }
    const taken: Line[] = [line]
    let chars = line.text.length
    let outcome: RecordOutcome = continueRecord(state, line.text, delimiter)
    while (outcome === 'open') {
      const following = taken.length < maxRecordLines ? await next() : undefined
      if (!following || following.text === undefined) {
        if (following) again.unshift(following)
        outcome = 'unclosedQuote'
        break
      }
      taken.push(following)
      chars += following.text.length + 1
      if (chars > maxRecordChars) {
        outcome = 'tooLong'
        break
      }
      outcome = continueRecord(state, following.text, delimiter)
    }
    if (outcome === 'complete') {
      yield { line: line.number, fields: state.fields }
      continue
    }
    yield { line: line.number, problem: outcome as CsvProblem }
    // The quote that opened on this line was most likely a slip: the lines after it are rows.
    again.unshift(...taken.slice(1))
  }
}

type Chunk = Buffer | string | Uint8Array

type Line = { number: number; text?: string }

type RecordState = { fields: string[]; field: string; isInQuotes: boolean }

type RecordOutcome = 'complete' | 'open' | CsvProblem

/**
 * Physical lines, `\r\n` or `\n`, decoded as UTF-8 across chunk borders. A line longer than
 * `maxLineChars` comes without its text and is not kept in memory while it is skipped.
 */
async function* csvLines({
  input,
  maxLineChars,
}: {
  input: AsyncIterable<Chunk> | Iterable<Chunk>
  maxLineChars: number
}): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8')
  let pending = ''
  let isTooLong = false
  let number = 1
  let isFirst = true
  const finished = (): Line => {
    let text = pending.endsWith('\r') ? pending.slice(0, -1) : pending
    if (isFirst && text.startsWith('\uFEFF')) text = text.slice(1)
    isFirst = false
    const line = isTooLong ? { number } : { number, text }
    number++
    pending = ''
    isTooLong = false
    return line
  }
  const take = (text: string) => {
    if (isTooLong) return
    pending += text
    if (pending.length > maxLineChars + 1) {
      isTooLong = true
      pending = ''
    }
  }
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    let start = 0
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      take(text.slice(start, end))
      yield finished()
      start = end + 1
    }
    take(text.slice(start))
  }
  take(decoder.decode())
  if (pending || isTooLong) yield finished()
}

/**
 * Reads one line into the record: `complete` at its end, `open` while a quoted value goes on
 * on the next line, `strayQuote` when text follows a closing quote. Each character is looked at
 * at most twice.
 */
const continueRecord = (
  state: RecordState,
  text: string,
  delimiter: string,
): 'complete' | 'open' | 'strayQuote' => {
  let index = 0
  for (;;) {
    if (state.isInQuotes) {
      const quote = text.indexOf('"', index)
      if (quote === -1) {
        state.field += `${text.slice(index)}\n`
        return 'open'
      }
      state.field += text.slice(index, quote)
      if (text[quote + 1] === '"') {
        state.field += '"'
        index = quote + 2
        continue
      }
      state.isInQuotes = false
      const end = delimiterAt(text, quote + 1, delimiter)
      if (text.slice(quote + 1, end).trim()) return 'strayQuote'
      state.fields.push(state.field)
      state.field = ''
      if (end === text.length) return 'complete'
      index = end + 1
      continue
    }
    const end = delimiterAt(text, index, delimiter)
    const value = text.slice(index, end).trim()
    if (value.startsWith('"')) {
      state.isInQuotes = true
      index = text.indexOf('"', index) + 1
      continue
    }
    state.fields.push(value)
    if (end === text.length) return 'complete'
    index = end + 1
  }
}

const delimiterAt = (text: string, from: number, delimiter: string) => {
  const found = text.indexOf(delimiter, from)
  return found === -1 ? text.length : found
}

const sniffDelimiter = (header: string) => {
  const count = (character: string) => header.split(character).length - 1
  return count(';') > count(',') ? ';' : ','
}
