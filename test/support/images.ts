import zlib from 'node:zlib'
import sharp from 'sharp'

/**
 * A decompression bomb: a valid PNG of a few dozen bytes whose header declares `width` × `height`
 * grey pixels (1.6 gigapixels by default). Its one data chunk holds almost nothing, so only a
 * decoder that trusts the header would set out to fill gigabytes.
 */
export const bombPng = ({ width = 40_000, height = 40_000 } = {}) => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.writeUInt8(8, 8) // bit depth
  header.writeUInt8(0, 9) // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(width + 1))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** A small, ordinary PNG photo stand-in. */
export const plainPng = ({ width = 800, height = 600 } = {}) =>
  sharp({ create: { width, height, channels: 3, background: '#2e86c1' } })
    .png()
    .toBuffer()

/** An animated GIF of `frames` frames of `width` × `height`, each a clearly different grey (the encoder merges look-alike frames). */
export const animatedGif = ({ width = 100, height = 100, frames = 2 } = {}) => {
  const frameBytes = width * height * 3
  const pixels = Buffer.alloc(frameBytes * frames)
  for (let frame = 0; frame < frames; frame++) {
    pixels.fill((frame * 67) % 256, frame * frameBytes, (frame + 1) * frameBytes)
  }
  return sharp(pixels, {
    raw: { width, height: height * frames, channels: 3, pageHeight: height },
  })
    .gif()
    .toBuffer()
}

const pngChunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(typeAndData))
  return Buffer.concat([length, typeAndData, crc])
}
