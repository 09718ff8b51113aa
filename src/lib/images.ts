import type { SharpDependency } from 'payload'
import sharp from 'sharp'

import { positiveNumber } from './env'

/**
 * The one cap on how large an image the app decodes. A PNG of a few kilobytes can declare
 * 40,000 × 40,000 pixels, and decoding it takes gigabytes and minutes (a decompression bomb);
 * sharp's own limit (about 268 megapixels) is far above any photo a newsletter needs.
 */

/** `MAX_IMAGE_MEGAPIXELS` (default 50): width × height × frames of the largest image decoded. */
export const maxImageMegapixels = () => positiveNumber(process.env.MAX_IMAGE_MEGAPIXELS, 50)

/**
 * sharp with the cap, as Payload takes it (`config.sharp`) and for the app's own images: every
 * decode in the app goes through here, so none can pass the cap.
 */
export const cappedSharp: SharpDependency = (input, options) =>
  sharp(input, { ...options, limitInputPixels: Math.round(maxImageMegapixels() * 1e6) })

export type ImageHeader =
  { isReadable: true; megapixels: number; frames: number } | { isReadable: false }

/**
 * What an image's header says about its size, read without decoding a pixel, so even a bomb is
 * measured in milliseconds. Frames count: an animated GIF or WebP is decoded whole.
 */
export const readImageHeader = async (input: Buffer | string): Promise<ImageHeader> => {
  try {
    // No pixel limit here: only the header is read, and the point is to report the size.
    const { width, height, pages } = await sharp(input, { limitInputPixels: false }).metadata()
    if (!width || !height) return { isReadable: false }
    const frames = pages ?? 1
    return { isReadable: true, megapixels: (width * height * frames) / 1e6, frames }
  } catch {
    return { isReadable: false }
  }
}

/** Width and height (4:3) of an image just under `megapixels`, in hundreds: an example size. */
export const exampleDimensions = (megapixels: number) => {
  const width = Math.floor(Math.sqrt((megapixels * 1e6 * 4) / 3) / 100) * 100
  const height = Math.floor((width * 3) / 4 / 100) * 100
  return `${width} × ${height}`
}
