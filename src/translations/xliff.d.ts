/** The parts of the `xliff` package (no types of its own) this project uses. */
declare module 'xliff' {
  export type XliffValue = string | Record<string, unknown> | XliffValue[]
  export type XliffUnit = {
    source?: XliffValue
    target?: XliffValue
    note?: string | string[]
    additionalAttributes?: Record<string, string>
  }
  export type XliffDocument = {
    sourceLanguage?: string
    targetLanguage?: string
    resources: Record<string, Record<string, XliffUnit>>
  }
  export function js2xliff(document: XliffDocument, options?: { indent?: string }): Promise<string>
  export function xliff2js(xml: string): Promise<XliffDocument>
}
