import { afterEach, describe, expect, it, vi } from 'vitest'

import { cappedSharp, exampleDimensions, readImageHeader } from '@/lib/images'

import { animatedGif, bombPng, plainPng } from '../support/images'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('image headers', () => {
  it('should measure a 40,000 × 40,000 bomb from its header without decoding it', async () => {
    expect(await readImageHeader(bombPng())).toEqual({
      isReadable: true,
      megapixels: 1600,
      frames: 1,
    })
  })

  it('should count every frame of an animation', async () => {
    const gif = await animatedGif({ width: 100, height: 100, frames: 3 })
    expect(await readImageHeader(gif)).toEqual({ isReadable: true, megapixels: 0.03, frames: 3 })
  })

  it('should call a file that is no image unreadable instead of throwing', async () => {
    expect(await readImageHeader(Buffer.from('<html>not a png</html>'))).toEqual({
      isReadable: false,
    })
  })

  it('should give an example size just under the cap', () => {
    expect(exampleDimensions(50)).toBe('8100 × 6000')
  })
})

describe('the app’s sharp', () => {
  it('should refuse to decode a bomb instead of filling gigabytes', async () => {
    await expect(cappedSharp(bombPng()).resize(10).toBuffer()).rejects.toThrow(/pixel limit/)
  })

  it('should hold MAX_IMAGE_MEGAPIXELS, read at each use', async () => {
    const image = await plainPng({ width: 1000, height: 1000 })
    vi.stubEnv('MAX_IMAGE_MEGAPIXELS', '0.5')
    await expect(cappedSharp(image).resize(10).toBuffer()).rejects.toThrow(/pixel limit/)
    vi.stubEnv('MAX_IMAGE_MEGAPIXELS', '2')
    await expect(cappedSharp(image).resize(10).toBuffer()).resolves.toBeInstanceOf(Buffer)
  })

  it('should keep the options Payload passes, such as animated', async () => {
    const gif = await animatedGif({ frames: 3 })
    const output = await cappedSharp(gif, { animated: true }).gif().toBuffer()
    expect(await readImageHeader(output)).toMatchObject({ isReadable: true, frames: 3 })
  })
})
