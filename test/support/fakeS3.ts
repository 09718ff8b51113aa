import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * A local S3-compatible server for the tests, path-style (`/<bucket>/<key>`), with its objects in
 * a temporary folder: what Payload's S3 adapter and the PDF store call (PutObject, CopyObject,
 * GetObject with Range, HeadObject, DeleteObject(s), ListObjectsV2, HeadBucket). Any signature is
 * accepted, but a request without an Authorization header is refused, as S3 refuses it.
 */

export type FakeS3 = {
  endpoint: string
  bucket: string
  /** The S3_* settings that point the app at this server. */
  env: Record<string, string>
  /** Every key in the bucket, sorted. */
  keys: () => string[]
  read: (key: string) => Buffer | undefined
  /** Makes every request fail with 503 (a storage outage) until called with false. */
  setDown: (isDown: boolean) => void
  close: () => Promise<void>
}

export const startFakeS3 = async ({ bucket = 'samen-veilig-test' } = {}): Promise<FakeS3> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-veilig-fake-s3-'))
  const objects = new Map<string, { contentType: string; etag: string }>()
  const fileOf = (key: string) => path.join(dir, encodeURIComponent(key))
  let isDown = false

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      try {
        if (isDown) return sendError(response, 503, 'ServiceUnavailable')
        if (!request.headers.authorization) return sendError(response, 403, 'AccessDenied')
        handle({ request, response, body: Buffer.concat(chunks) })
      } catch (error) {
        sendError(response, 500, 'InternalError', String(error))
      }
    })
  })

  const handle = ({
    request,
    response,
    body,
  }: {
    request: http.IncomingMessage
    response: http.ServerResponse
    body: Buffer
  }) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const [, bucketName = '', ...keyParts] = url.pathname.split('/')
    const key = keyParts.map(decodeURIComponent).join('/')
    if (bucketName !== bucket) return sendError(response, 404, 'NoSuchBucket')
    const method = request.method ?? 'GET'

    if (!key) {
      if (method === 'HEAD') return response.writeHead(200).end()
      if (method === 'GET' && url.searchParams.get('list-type') === '2') {
        return listObjects({ response, prefix: url.searchParams.get('prefix') ?? '' })
      }
      if (method === 'POST' && url.searchParams.has('delete')) {
        const keys = [...body.toString('utf8').matchAll(/<Key>([^<]*)<\/Key>/g)].map(([, k]) =>
          unescapeXml(k!),
        )
        for (const deleted of keys) remove(deleted)
        return sendXml(
          response,
          `<DeleteResult>${keys.map((k) => `<Deleted><Key>${escapeXml(k)}</Key></Deleted>`).join('')}</DeleteResult>`,
        )
      }
      return sendError(response, 501, 'NotImplemented')
    }

    if (method === 'PUT') {
      const copySource = request.headers['x-amz-copy-source']
      const content =
        typeof copySource === 'string'
          ? fs.readFileSync(fileOf(decodeURIComponent(copySource).replace(/^\/?[^/]+\//, '')))
          : body
      const etag = `"${crypto.createHash('md5').update(content).digest('hex')}"`
      fs.writeFileSync(fileOf(key), content)
      objects.set(key, {
        contentType: String(request.headers['content-type'] ?? 'application/octet-stream'),
        etag,
      })
      if (typeof copySource === 'string') {
        return sendXml(response, `<CopyObjectResult><ETag>${etag}</ETag></CopyObjectResult>`)
      }
      return response.writeHead(200, { ETag: etag }).end()
    }
    if (method === 'DELETE') {
      remove(key)
      return response.writeHead(204).end()
    }
    const object = objects.get(key)
    if (!object) {
      if (method === 'HEAD') return response.writeHead(404).end()
      return sendError(response, 404, 'NoSuchKey')
    }
    const content = fs.readFileSync(fileOf(key))
    const headers = {
      'Content-Type': object.contentType,
      ETag: object.etag,
      'Accept-Ranges': 'bytes',
      'Last-Modified': new Date().toUTCString(),
    }
    if (method === 'HEAD') {
      return response.writeHead(200, { ...headers, 'Content-Length': content.length }).end()
    }
    if (method === 'GET') {
      const range = /^bytes=(\d+)-(\d*)$/.exec(String(request.headers.range ?? ''))
      if (range) {
        const start = Number(range[1])
        const end = Math.min(range[2] ? Number(range[2]) : content.length - 1, content.length - 1)
        const part = content.subarray(start, end + 1)
        return response
          .writeHead(206, {
            ...headers,
            'Content-Length': part.length,
            'Content-Range': `bytes ${start}-${end}/${content.length}`,
          })
          .end(part)
      }
      return response.writeHead(200, { ...headers, 'Content-Length': content.length }).end(content)
    }
    return sendError(response, 501, 'NotImplemented')
  }

  const remove = (key: string) => {
    objects.delete(key)
    fs.rmSync(fileOf(key), { force: true })
  }

  const sortedKeys = () => [...objects.keys()].sort()

  const listObjects = ({ response, prefix }: { response: http.ServerResponse; prefix: string }) => {
    const contents = sortedKeys()
      .filter((key) => key.startsWith(prefix))
      .map((key) => {
        const size = fs.statSync(fileOf(key)).size
        return `<Contents><Key>${escapeXml(key)}</Key><Size>${size}</Size><ETag>${objects.get(key)!.etag}</ETag></Contents>`
      })
    sendXml(
      response,
      `<ListBucketResult><Name>${bucket}</Name><Prefix>${escapeXml(prefix)}</Prefix><KeyCount>${contents.length}</KeyCount><IsTruncated>false</IsTruncated>${contents.join('')}</ListBucketResult>`,
    )
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const endpoint = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`

  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'eu-west-1',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'test-access-key',
      S3_SECRET_ACCESS_KEY: 'test-secret-key',
    },
    keys: sortedKeys,
    read: (key) => (objects.has(key) ? fs.readFileSync(fileOf(key)) : undefined),
    setDown: (down) => {
      isDown = down
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

const sendXml = (response: http.ServerResponse, xml: string) =>
  response
    .writeHead(200, { 'Content-Type': 'application/xml' })
    .end(`<?xml version="1.0" encoding="UTF-8"?>${xml}`)

const sendError = (response: http.ServerResponse, status: number, code: string, message = code) =>
  response
    .writeHead(status, { 'Content-Type': 'application/xml' })
    .end(
      `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`,
    )

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`)

const unescapeXml = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
