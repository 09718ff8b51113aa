import crypto from 'node:crypto'

/**
 * Render once, personalise by joining: a template is rendered with unique tokens where the
 * per-recipient values go, cut at those tokens, and filled per recipient by concatenation. Used by
 * every bulk mail (newsletter, pack mailing) so that each equals its full render byte for byte.
 */

/** Literal pieces and, for the gap after `parts[i]`, the index of the value that goes there. */
export type SlottedText = {
  /** Literal pieces; there is always one more piece than there are slots. */
  parts: string[]
  slots: number[]
}

/** A fresh random token per slot and render: no text in a mail can accidentally contain one. */
export const slotTokens = <Slot extends string>(
  slotNames: readonly Slot[],
): { nonce: string; tokens: Record<Slot, string> } => {
  const nonce = crypto.randomBytes(8).toString('hex')
  const tokens = Object.fromEntries(
    slotNames.map((slot) => [slot, `__sv_${nonce}_${slot}__`]),
  ) as Record<Slot, string>
  return { nonce, tokens }
}

export const splitAtTokens = <Slot extends string>({
  output,
  slotNames,
  tokens,
  templateName,
}: {
  output: string
  slotNames: readonly Slot[]
  tokens: Record<Slot, string>
  templateName: string
}): SlottedText => {
  const pattern = new RegExp(slotNames.map((slot) => tokens[slot]).join('|'), 'g')
  const parts: string[] = []
  const slots: number[] = []
  let from = 0
  for (const match of output.matchAll(pattern)) {
    parts.push(output.slice(from, match.index))
    slots.push(slotNames.findIndex((slot) => tokens[slot] === match[0]))
    from = match.index + match[0].length
  }
  parts.push(output.slice(from))
  // A template that lost, say, the unsubscribe link must stop the send, not go out without it.
  const missing = slotNames.filter((_, index) => !slots.includes(index))
  if (missing.length > 0) {
    throw new Error(`The ${templateName} template has no place for: ${missing.join(', ')}`)
  }
  return { parts, slots }
}

export const fillSlots = ({ parts, slots }: SlottedText, values: string[]): string => {
  let output = parts[0]
  for (let index = 0; index < slots.length; index++) {
    output += values[slots[index]] + parts[index + 1]
  }
  return output
}

/**
 * A value as both paths use it. The text part comes from html-to-text, which collapses
 * whitespace, and React's UTF-8 stream turns broken surrogate pairs into U+FFFD; cleaning the
 * values first makes substitution land on the same bytes as a full render.
 */
export const cleanText = (value: string) => wellFormed(value).replace(whitespaceRuns, ' ').trim()

export const cleanUrl = (value: string) =>
  wellFormed(value)
    .trim()
    .replace(/[\s\u200b]/g, (character) => encodeURIComponent(character))

// Matching control characters is the point: they are dropped before substitution.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const whitespaceRuns = /[\s\u200b]+/g

const wellFormed = (value: string) =>
  value.replace(controlCharacters, '').replace(loneSurrogates, '\ufffd')
