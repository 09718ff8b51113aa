import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

export type PdfTextItem = { str: string; dir: string; x: number; y: number }

export type PdfSummary = {
  pageCount: number
  /** Text of each page, items joined in the order pdf.js gives them. */
  pages: string[]
  /**
   * Lines of each page, top to bottom, in reading order: a line that is mostly right to left is
   * read from its right edge (pdf.js gives such text in visual order, one shaped run at a time).
   */
  lines: string[][]
  items: PdfTextItem[]
  /** Images drawn on each page (image XObjects). */
  imagesPerPage: number[]
}

/** What a reader of the PDF gets: pages, text with its direction and the images on each page. */
export const readPdf = async (data: Uint8Array): Promise<PdfSummary> => {
  // drizzle-kit (schema push in tests) adds an enumerable Array.prototype.random, and pdf.js
  // refuses to run beside enumerable array extensions.
  for (const key in Array.prototype)
    Object.defineProperty(Array.prototype, key, { enumerable: false })
  const document = await getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  }).promise
  try {
    const pages: string[] = []
    const lines: string[][] = []
    const items: PdfTextItem[] = []
    const imagesPerPage: number[] = []
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      const pageItems = content.items.flatMap((item) =>
        'str' in item
          ? [
              {
                str: item.str,
                dir: item.dir,
                x: item.transform[4] as number,
                y: item.transform[5] as number,
              },
            ]
          : [],
      )
      items.push(...pageItems)
      pages.push(pageItems.map(({ str }) => str).join(' '))
      lines.push(readingLines(pageItems))
      const operators = await page.getOperatorList()
      imagesPerPage.push(
        operators.fnArray.filter(
          (fn) => fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject,
        ).length,
      )
    }
    return { pageCount: document.numPages, pages, lines, items, imagesPerPage }
  } finally {
    await document.destroy()
  }
}

const readingLines = (items: PdfTextItem[]): string[] => {
  const byLine = new Map<number, PdfTextItem[]>()
  for (const item of items) {
    if (item.str.trim() === '') continue
    const y = Math.round(item.y)
    byLine.set(y, [...(byLine.get(y) ?? []), item])
  }
  return [...byLine.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, line]) => {
      const isRightToLeft = line.filter(({ dir }) => dir === 'rtl').length > line.length / 2
      return line
        .sort((a, b) => (isRightToLeft ? b.x - a.x : a.x - b.x))
        .map(({ str }) => str)
        .join('')
        .normalize('NFKC')
    })
}
