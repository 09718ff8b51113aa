import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { beforeEach, expect, inject, it } from 'vitest'

import { resetLoginThrottle } from '@/collections/Users/hooks/guardLogin'
import { clientAddressHeader } from '@/lib/clientAddress'
import config from '@payload-config'

import { describeAttacks } from '../support/abuse'
import { testPassword } from '../support/fixtures'
import { useIntegration } from '../support/integration'

const { payload, rest, users } = useIntegration({
  users: {
    editor: {
      email: 'redacteur@arnhem.example',
      roles: ['gemeente-redactie'],
      municipalities: ['arnhem'],
    },
    adviser: { email: 'adviseur@regio.example', roles: ['regio-redactie'] },
  },
  env: { LOGIN_FAILURE_LIMIT: '10', LOGIN_FAILURE_WINDOW_MINUTES: '15' },
})

const baseUrl = inject('abuseBaseUrl')
const demoPassword = inject('demoPassword')

beforeEach(() => resetLoginThrottle({ payload }))

/** A login through the app's REST handler, from one client address (as server.ts would set it). */
const login = ({ email, password, client }: { email: string; password: string; client: string }) =>
  rest('POST', '/api/users/login', {
    body: { email, password },
    headers: { [clientAddressHeader]: client },
  })

const wrongPassword = 'Geraden-wachtwoord-1!'

describeAttacks('login', 'a failed login does not tell whether an account exists', () => {
  it('should answer a known and an unknown address with the same status and words', async () => {
    const known = await login({
      email: users.editor.email,
      password: wrongPassword,
      client: '198.51.100.1',
    })
    const unknown = await login({
      email: 'niemand@arnhem.example',
      password: wrongPassword,
      client: '198.51.100.2',
    })
    expect(known.status).toBe(401)
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
    expect(known.body.errors[0].message).toBe('Het opgegeven e-mailadres of wachtwoord is onjuist.')
  })

  it('should take as long for an unknown address as for a known one', async () => {
    const timed = async (email: string, client: string) => {
      const started = performance.now()
      const answer = await login({ email, password: wrongPassword, client })
      expect(answer.status).toBe(401)
      return performance.now() - started
    }
    // Alternating samples, each from its own client so the throttle stays out of the way; the
    // medians shrug off the moments another process takes the CPU.
    const known: number[] = []
    const unknown: number[] = []
    for (let sample = 0; sample < 15; sample += 1) {
      known.push(await timed(users.editor.email, `203.0.113.${sample}`))
      unknown.push(await timed(`onbekend${sample}@arnhem.example`, `203.0.113.${100 + sample}`))
    }
    const knownMedian = median(known)
    const unknownMedian = median(unknown)
    // Before the fix: about 120 ms against 5 ms. Now both hash a password.
    expect(unknownMedian).toBeGreaterThan(knownMedian * 0.6)
    expect(unknownMedian).toBeLessThan(knownMedian * 1.6)
  })
})

describeAttacks('login', 'nobody can lock an editor out by knowing their address', () => {
  it('should let the editor in after 40 wrong passwords from 20 other clients', async () => {
    for (let client = 0; client < 20; client += 1) {
      for (const _ of [1, 2]) {
        const answer = await login({
          email: users.editor.email,
          password: wrongPassword,
          client: `192.0.2.${client}`,
        })
        expect(answer.status).toBe(401)
      }
    }
    const own = await login({
      email: users.editor.email,
      password: testPassword,
      client: '10.1.1.1',
    })
    expect(own.status).toBe(200)
  })

  it('should keep the editor out of reach of an attacker who is throttled', async () => {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      await login({ email: users.editor.email, password: wrongPassword, client: '192.0.2.200' })
    }
    const own = await login({
      email: users.editor.email,
      password: testPassword,
      client: '10.1.1.2',
    })
    expect(own.status).toBe(200)
  })
})

describeAttacks('login', 'password guessing is throttled per client before the account', () => {
  it('should refuse the eleventh failed attempt of one client with 429 and a Dutch message', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const answer = await login({
        email: users.editor.email,
        password: wrongPassword,
        client: '198.51.100.10',
      })
      expect(answer.status).toBe(401)
    }
    const refused = await login({
      email: users.editor.email,
      password: testPassword,
      client: '198.51.100.10',
    })
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(
      /^Te veel mislukte inlogpogingen vanaf dit adres\. Probeer het over 15 minuten opnieuw/,
    )
    expect(Number(refused.headers.get('retry-after'))).toBe(15 * 60)
  })

  it('should answer a throttled English admin in English', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await login({ email: users.adviser.email, password: wrongPassword, client: '198.51.100.11' })
    }
    const refused = await rest('POST', '/api/users/login', {
      body: { email: users.adviser.email, password: wrongPassword },
      headers: { [clientAddressHeader]: '198.51.100.11' },
      language: 'en',
    })
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/^Too many failed login attempts/)
  })

  it('should count failures across accounts, not per account', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await login({
        email: `gok${attempt}@arnhem.example`,
        password: wrongPassword,
        client: '198.51.100.12',
      })
    }
    const next = await login({
      email: users.adviser.email,
      password: wrongPassword,
      client: '198.51.100.12',
    })
    expect(next.status).toBe(429)
  })

  it('should hold a burst of 25 parallel guesses to the limit', async () => {
    const answers = await Promise.all(
      Array.from({ length: 25 }, () =>
        login({ email: users.editor.email, password: wrongPassword, client: '198.51.100.13' }),
      ),
    )
    const statuses = answers.map(({ status }) => status)
    expect(statuses.filter((status) => status === 401)).toHaveLength(10)
    expect(statuses.filter((status) => status === 429)).toHaveLength(15)
  })

  it('should not be reset by a forged X-Forwarded-For', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await login({ email: users.editor.email, password: wrongPassword, client: '198.51.100.14' })
    }
    const forged = await rest('POST', '/api/users/login', {
      body: { email: users.editor.email, password: wrongPassword },
      headers: { [clientAddressHeader]: '198.51.100.14', 'X-Forwarded-For': '203.0.113.99' },
    })
    expect(forged.status).toBe(429)
  })

  it('should throttle guessing through GraphQL too', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await login({ email: users.editor.email, password: wrongPassword, client: '198.51.100.15' })
    }
    const answer = await GRAPHQL_POST(config)(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [clientAddressHeader]: '198.51.100.15' },
        body: JSON.stringify({
          query: `mutation { loginUser(email: "${users.editor.email}", password: "${testPassword}") { token } }`,
        }),
      }),
    )
    const body = (await answer.json()) as {
      data?: { loginUser: unknown }
      errors?: { message: string }[]
    }
    expect(body.data?.loginUser ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toMatch(/^Te veel mislukte inlogpogingen/)
  })

  it('should not count successful logins of colleagues behind one office address', async () => {
    for (let attempt = 0; attempt < 15; attempt += 1) {
      const answer = await login({
        email: users.editor.email,
        password: testPassword,
        client: '198.51.100.16',
      })
      expect(answer.status).toBe(200)
    }
    const typo = await login({
      email: users.adviser.email,
      password: wrongPassword,
      client: '198.51.100.16',
    })
    expect(typo.status).toBe(401)
  })
})

describeAttacks(
  'login',
  'the built app answers a failed login in Dutch, the same for every address',
  () => {
    it('should say the address or password is wrong, for a demo account and an unknown one alike', async () => {
      const attempt = (email: string) =>
        fetch(`${baseUrl}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Accept-Language': 'nl' },
          body: JSON.stringify({ email, password: `${demoPassword}-fout` }),
        }).then(async (answer) => ({ status: answer.status, body: await answer.json() }))
      const known = await attempt('redactie.arnhem@example.org')
      const unknown = await attempt('niemand@example.org')
      expect(known).toEqual(unknown)
      expect(known.status).toBe(401)
      expect(known.body.errors[0].message).toBe(
        'Het opgegeven e-mailadres of wachtwoord is onjuist.',
      )
    })
  },
)

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
