/**
 * A file the browser saves instead of showing. Nothing caches it: admin downloads hold personal
 * or unpublished data, and every public download passes the server so it is counted.
 */
export const downloadResponse = ({
  body,
  fileName,
  contentType,
}: {
  body: string | Uint8Array<ArrayBuffer>
  /** Plain ASCII: it goes into a quoted header value as it is. */
  fileName: string
  contentType: string
}) =>
  new Response(body, {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      ...(typeof body === 'string' ? {} : { 'Content-Length': String(body.byteLength) }),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
