import http from 'node:http'
import { expect, inject, it, vi } from 'vitest'

import { clientAddressHeader } from '@/lib/clientAddress'
import { subscribeRateLimiter } from '@/subscribers/rateLimit'

import { describeAttacks } from '../support/abuse'
import { outboxTo } from '../support/subscribers'
import { useSubscribing } from '../support/subscribing'

const { payload, signUp, runSubscriberJobs, subscriberByEmail } = useSubscribing()

const baseUrl = () => inject('abuseBaseUrl')

/** A sign-up posted to the built app, with whatever headers an attacker chooses. */
const postSignUp = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}/api/subscribers/subscribe`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const megabyte = 1024 * 1024

/**
 * Posts a body of `totalBytes` to the built app, written as fast as the server takes it, and
 * counts how much it took: a server that refuses without reading takes no more than the sockets'
 * buffers. With `isDeclared`, the size is announced in Content-Length; otherwise it is chunked.
 */
const postHuge = ({
  path,
  totalBytes,
  isDeclared,
}: {
  path: string
  totalBytes: number
  isDeclared: boolean
}) =>
  new Promise<{ status: number | undefined; bytesTaken: number; ms: number }>((resolve) => {
    const started = Date.now()
    const url = new URL(path, baseUrl())
    const chunk = Buffer.alloc(64 * 1024, 'a')
    let written = 0
    let status: number | undefined
    let isDone = false
    const finish = () => {
      if (isDone) return
      isDone = true
      request.destroy()
      resolve({ status, bytesTaken: written, ms: Date.now() - started })
    }
    const request = http.request(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(isDeclared ? { 'Content-Length': String(totalBytes) } : {}),
      },
    })
    request.on('response', (response) => {
      status = response.statusCode
      response.resume()
      response.on('end', finish)
    })
    request.on('error', finish)
    request.on('close', finish)
    const pump = () => {
      while (!isDone && written < totalBytes) {
        written += chunk.length
        if (!request.write(chunk)) return void request.once('drain', pump)
      }
      if (!isDone) request.end()
    }
    pump()
    setTimeout(finish, 20_000)
  })

describeAttacks('oversized', 'public endpoints read no body past their cap', () => {
  for (const isDeclared of [true, false]) {
    it(`should refuse a 100 MB sign-up ${isDeclared ? 'announced in Content-Length' : 'sent chunked'} without reading it`, async () => {
      const result = await postHuge({
        path: '/api/subscribers/subscribe',
        totalBytes: 100 * megabyte,
        isDeclared,
      })
      if (result.status !== undefined) expect(result.status).toBe(413)
      expect(result.bytesTaken).toBeLessThan(16 * megabyte)
      expect(result.ms).toBeLessThan(10_000)
    })
  }

  it('should refuse a 100 MB one-click unsubscribe sent chunked without reading it', async () => {
    const result = await postHuge({
      path: '/api/subscribers/unsubscribe?token=x',
      totalBytes: 100 * megabyte,
      isDeclared: false,
    })
    if (result.status !== undefined) expect(result.status).toBe(413)
    expect(result.bytesTaken).toBeLessThan(16 * megabyte)
  })

  it('should refuse a 100 MB organisation opt-out and a 100 MB webhook announced in Content-Length', async () => {
    for (const path of ['/api/organisations/opt-out?token=x', '/api/webhooks/resend']) {
      const result = await postHuge({ path, totalBytes: 100 * megabyte, isDeclared: true })
      if (result.status !== undefined) expect(result.status, path).toBe(413)
      expect(result.bytesTaken, path).toBeLessThan(16 * megabyte)
    }
  })

  it('should answer a body just over the cap with 413 and a Dutch message', async () => {
    const response = await postSignUp({ email: `${'a'.repeat(20_000)}@example.org` })
    expect(response.status).toBe(413)
    expect((await response.json()).message).toMatch(/Het verzoek is te groot/)
  })

  it('should answer malformed JSON and a JSON array as an invalid sign-up, in Dutch', async () => {
    for (const body of ['{"email": ', '[1,2,3]', 'null']) {
      const response = await postSignUp(body)
      expect(response.status, body).toBe(400)
      expect((await response.json()).message, body).toBe('Vul een geldig e-mailadres in.')
    }
  })
})

describeAttacks('flooding', 'no public form is a mail cannon', () => {
  it('should answer concurrent sign-ups for one address on the built app identically', async () => {
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => postSignUp({ email: 'gelijktijdig@example.org' })),
    )
    const answers = await Promise.all(responses.map((response) => response.text()))
    expect(responses.map(({ status }) => status)).toEqual([202, 202, 202, 202, 202])
    expect(new Set(answers).size).toBe(1)
  })

  it('should send one confirmation mail for ten concurrent sign-ups of one address', async () => {
    await subscribeRateLimiter.reset({ payload })
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        signUp({ email: 'tien-tegelijk@example.org' }, `192.0.2.${100 + index}`),
      ),
    )
    await runSubscriberJobs()
    expect(await outboxTo(payload, 'tien-tegelijk@example.org')).toHaveLength(1)
  })

  it('should send an address at most SIGN_UP_MAILS_PER_ADDRESS confirmation mails per window', async () => {
    vi.stubEnv('SIGN_UP_MAILS_PER_ADDRESS', '3')
    await subscribeRateLimiter.reset({ payload })
    const email = 'bestookt@example.org'
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await signUp({ email })
      await runSubscriberJobs()
      // Past the 10-minute spacing: only the cap per window is left to hold.
      const subscriber = await subscriberByEmail(email)
      await payload.update({
        collection: 'subscribers',
        id: subscriber!.id,
        data: { lastConfirmationSentAt: new Date(Date.now() - 11 * 60_000).toISOString() },
      })
    }
    expect(await outboxTo(payload, email)).toHaveLength(3)
  })

  it('should refuse new sign-ups with 503 while SIGN_UP_QUEUE_LIMIT of them wait, without storing them', async () => {
    vi.stubEnv('SIGN_UP_QUEUE_LIMIT', '3')
    await subscribeRateLimiter.reset({ payload })
    const statuses: number[] = []
    for (let index = 0; index < 5; index += 1) {
      statuses.push((await signUp({ email: `wachtrij${index}@example.org` })).status)
    }
    expect(statuses).toEqual([202, 202, 202, 503, 503])
    const refused = await signUp({ email: 'wachtrij9@example.org' })
    expect(refused.body.message).toMatch(/Probeer het over een paar minuten opnieuw/)
    await runSubscriberJobs()
    expect(await subscriberByEmail('wachtrij3@example.org')).toBeUndefined()
    expect((await signUp({ email: 'wachtrij5@example.org' })).status).toBe(202)
  })
})

describeAttacks('spoofing', 'the client address comes from the socket, not from headers', () => {
  it('should limit 90 sign-ups with 90 different X-Forwarded-For headers as one client', async () => {
    const statuses: number[] = []
    for (let index = 0; index < 90; index += 1) {
      const response = await postSignUp(
        { email: `vervalst${index}@example.org` },
        {
          'X-Forwarded-For': `198.51.100.${index}, 203.0.113.${index}`,
          'X-Real-IP': `203.0.113.${index}`,
          [clientAddressHeader]: `192.0.2.${index}`,
        },
      )
      statuses.push(response.status)
    }
    // The limit (20 on the attacked app) is shared with the other attacks from 127.0.0.1.
    expect(statuses.filter((status) => status === 202).length).toBeLessThanOrEqual(20)
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(70)
  })

  it('should keep limiting the form on the public page (server action) whatever the headers say', async () => {
    const page = await fetch(`${baseUrl()}/nl/nieuwsbrief`)
    const html = await page.text()
    const fields = [...html.matchAll(/name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?/g)]
    expect(fields.length).toBeGreaterThan(0)
    const form = new FormData()
    for (const [, name, value] of fields) form.append(name!, value ?? '')
    form.append('pageLocale', 'nl')
    form.append('email', 'actie@example.org')
    form.append('consent', 'yes')
    const response = await fetch(`${baseUrl()}/nl/nieuwsbrief`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
      headers: { 'X-Forwarded-For': '198.51.100.77', [clientAddressHeader]: '192.0.2.77' },
    })
    const location = response.headers.get('location') ?? (await response.text())
    expect(location).toContain('fout=rate')
  })
})
