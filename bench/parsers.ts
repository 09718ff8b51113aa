/**
 * The parsers of files from outside against hostile files of n, 2n and 4n bytes: a parser that is
 * linear takes about four times as long for four times the file, one that scans ahead per tag (as
 * the XLIFF reader did, 10 s for 512 kB) about sixteen times. Ratios, not seconds, so the verdict
 * holds on a busy machine: each size is timed several times and the fastest run counts, and the
 * verdict is on n against 4n, where the two kinds lie far apart. The last line of output is one
 * JSON object for CI.
 */
import { adminTextsIn } from '@/i18n/admin'
import { csvRecords } from '@/lib/csvRecords'
import { readXliff } from '@/translations/xliffFile'

/** n for the XLIFF files; the CSV reader is about 50 times faster, so its n is larger. */
const baseKilobytes = Number(process.env.BENCH_PARSERS_KB || 128)
const csvFactor = 16
const repeats = 7
/** Four times the file may take at most this many times as long: linear is 4, quadratic 16, and 8
 * lies halfway between them (on a log scale), so noise on a busy machine does not decide. */
const allowedRatio = 8

const xliffHead =
  '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="en"><file id="building-blocks:1">'

/** Repeats `piece` to about `bytes` bytes between `head` and `tail`. */
const filled = (bytes: number, piece: string, head = '', tail = '') =>
  head + piece.repeat(Math.max(1, Math.floor(bytes / piece.length))) + tail

const hostileFiles: Record<string, { kind: 'xliff' | 'csv'; make: (bytes: number) => string }> = {
  'xliff: unclosed targets': {
    kind: 'xliff',
    make: (bytes) =>
      filled(bytes, '<target>', `${xliffHead}<unit id="u"><segment><source>a</source>`),
  },
  'xliff: start tags never closed': {
    kind: 'xliff',
    make: (bytes) => filled(bytes, '<file <unit <target ', xliffHead),
  },
  'xliff: closing-tag look-alikes': {
    kind: 'xliff',
    make: (bytes) =>
      filled(bytes, '</targetX ', `${xliffHead}<unit id="u"><segment><source>a</source><target>`),
  },
  'xliff: entities and markup in targets': {
    kind: 'xliff',
    make: (bytes) =>
      filled(
        bytes,
        '<unit id="u"><segment><source>a</source><target>&amp;&lt;<b>x</b><pc id="1"> </pc></target></segment></unit>',
        xliffHead,
        '</file></xliff>',
      ),
  },
  'csv: unclosed quote on every line': {
    kind: 'csv',
    make: (bytes) => filled(bytes, 'x@example.org,"open\n', 'email,naam\n'),
  },
  'csv: one quote left open before many lines': {
    kind: 'csv',
    make: (bytes) => filled(bytes, 'x@example.org,naam\n', 'email,naam\ny@example.org,"open\n'),
  },
  'csv: one huge field': {
    kind: 'csv',
    make: (bytes) => filled(bytes, 'x', 'email,naam\ny@example.org,"', '"\n'),
  },
  'csv: many columns': {
    kind: 'csv',
    make: (bytes) => filled(bytes, ',a', 'email,naam\ny@example.org'),
  },
}

const i18n = adminTextsIn('nl')

const parse = async (kind: 'xliff' | 'csv', text: string) => {
  if (kind === 'xliff') {
    await readXliff(text, i18n).catch(() => undefined)
    return
  }
  for await (const record of csvRecords({ input: [text] })) void record
}

const fastest = async (kind: 'xliff' | 'csv', text: string) => {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < repeats; run++) {
    const started = performance.now()
    await parse(kind, text)
    best = Math.min(best, performance.now() - started)
  }
  return best
}

const main = async () => {
  const results: Record<string, { kilobytes: number[]; ms: number[]; ratio: number }> = {}
  for (const [name, { kind, make }] of Object.entries(hostileFiles)) {
    const base = baseKilobytes * 1024 * (kind === 'csv' ? csvFactor : 1)
    const sizes = [1, 2, 4].map((factor) => factor * base)
    await parse(kind, make(sizes[0]!)) // warm up
    const ms = []
    for (const size of sizes) ms.push(await fastest(kind, make(size)))
    // A floor of 2 ms keeps timer noise on tiny numbers from reading as growth.
    const ratio = Math.round((ms[2]! / Math.max(ms[0]!, 2)) * 100) / 100
    results[name] = { kilobytes: sizes.map((size) => size / 1024), ms: ms.map(Math.round), ratio }
    console.log(
      `${name}: ${ms.map(Math.round).join(' / ')} ms for ${sizes.map((size) => size / 1024).join(' / ')} kB; 4n/n = ${ratio}`,
    )
  }
  const worstRatio = Math.max(...Object.values(results).map(({ ratio }) => ratio))
  console.log(
    JSON.stringify({
      bench: 'parsers',
      worstRatio,
      allowedRatio,
      isLinear: worstRatio <= allowedRatio,
      results,
    }),
  )
  process.exit(worstRatio <= allowedRatio ? 0 : 1)
}

void main()
