import { describe, expect, it } from 'vitest'

import { csvRecords } from '@/lib/csvRecords'

const read = async (
  text: string | (string | Buffer)[],
  limits: { maxRecordChars?: number } = {},
) => {
  const records = []
  for await (const record of csvRecords({
    input: typeof text === 'string' ? [text] : text,
    ...limits,
  })) {
    records.push(record)
  }
  return records
}

describe('csvRecords', () => {
  it('should read quoted values with delimiters, doubled quotes and line breaks, numbered by their first line', async () => {
    const records = await read(
      '\uFEFFnaam;notitie\r\n"De Regenboog; school";"zegt ""hoi"""\n\nKlimop;"twee\nregels"\nEik; los \n',
    )
    expect(records).toEqual([
      { line: 1, fields: ['naam', 'notitie'] },
      { line: 2, fields: ['De Regenboog; school', 'zegt "hoi"'] },
      { line: 4, fields: ['Klimop', 'twee\nregels'] },
      { line: 6, fields: ['Eik', 'los'] },
    ])
  })

  it('should report a line with an unclosed quote and still read every line after it', async () => {
    const records = await read('a,b\n1,"kapot\n2,twee\n3,drie\n')
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, problem: 'unclosedQuote' },
      { line: 3, fields: ['2', 'twee'] },
      { line: 4, fields: ['3', 'drie'] },
    ])
  })

  it('should report text after a closing quote and a line over the cap, without keeping the long line', async () => {
    const records = await read(['a,b\n1,"x"y\n2,', 'z'.repeat(50), '\n3,ok'], {
      maxRecordChars: 20,
    })
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, problem: 'strayQuote' },
      { line: 3, problem: 'tooLong' },
      { line: 4, fields: ['3', 'ok'] },
    ])
  })

  it('should give up on a quoted value after 20 lines and read on from the line after its start', async () => {
    const lines = ['a', '"open', ...Array.from({ length: 30 }, (_, index) => `r${index}`)]
    const records = await read(lines.join('\n'))
    expect(records[1]).toEqual({ line: 2, problem: 'unclosedQuote' })
    expect(records.slice(2)).toHaveLength(30)
    expect(records[2]).toEqual({ line: 3, fields: ['r0'] })
  })

  it('should decode a character split over two chunks', async () => {
    const bytes = Buffer.from('naam\nZoë\n')
    const records = await read([bytes.subarray(0, 7), bytes.subarray(7)])
    expect(records[1]).toEqual({ line: 2, fields: ['Zoë'] })
  })
})
