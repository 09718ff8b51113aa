import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

export type PdfTextItem = { str: string; dir: string }

export type PdfSummary = {
  pageCount: number
  /** Text of each page, items joined in reading order as pdf.js gives them. */
  pages: string[]
  items: PdfTextItem[]
  /** Images drawn on each page (image XObjects). */
  imagesPerPage: number[]
}

/** What a reader of the PDF gets: pages, text with its direction and the images on each page. */
export const readPdf = async (data: Uint8Array): Promise<PdfSummary> => {
  // drizzle-kit (schema push in tests) adds an enumerable Array.prototype.random, and pdf.js
  // refuses to run beside enumerable array extensions.
  for (const key in Array.prototype) Object.defineProperty(Array.prototype, key, { enumerable: false })
  const document = await getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  }).promise
  try {
    const pages: string[] = []
    const items: PdfTextItem[] = []
    const imagesPerPage: number[] = []
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      const pageItems = content.items.flatMap((item) =>
        'str' in item ? [{ str: item.str, dir: item.dir }] : [],
      )
      items.push(...pageItems)
      pages.push(pageItems.map(({ str }) => str).join(' '))
      const operators = await page.getOperatorList()
      imagesPerPage.push(
        operators.fnArray.filter((fn) => fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject)
          .length,
      )
    }
    return { pageCount: document.numPages, pages, items, imagesPerPage }
  } finally {
    await document.destroy()
  }
}
