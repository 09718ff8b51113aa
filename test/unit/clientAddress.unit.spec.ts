import { describe, expect, it } from 'vitest'

import { clientAddress, clientAddressFromHops, trustedProxyHops } from '@/lib/clientAddress'

describe('the client address from trusted proxy hops', () => {
  it('should take the socket peer and ignore X-Forwarded-For without trusted proxies', () => {
    expect(
      clientAddressFromHops({
        socketAddress: '::ffff:192.0.2.10',
        forwardedFor: '203.0.113.5',
        trustedHops: 0,
      }),
    ).toBe('192.0.2.10')
  })

  it('should take the entry each trusted proxy appended, counted from the right', () => {
    const forwardedFor = '198.51.100.1, 203.0.113.7, 10.0.0.2'
    const at = (trustedHops: number) =>
      clientAddressFromHops({ socketAddress: '10.0.0.3', forwardedFor, trustedHops })
    expect(at(1)).toBe('10.0.0.2')
    expect(at(2)).toBe('203.0.113.7')
    expect(at(3)).toBe('198.51.100.1')
  })

  it('should give the leftmost address of a chain shorter than the trusted hops', () => {
    expect(
      clientAddressFromHops({
        socketAddress: '10.0.0.3',
        forwardedFor: '203.0.113.7',
        trustedHops: 4,
      }),
    ).toBe('203.0.113.7')
    expect(
      clientAddressFromHops({ socketAddress: '10.0.0.3', forwardedFor: undefined, trustedHops: 1 }),
    ).toBe('10.0.0.3')
  })

  it('should not let a client choose its address by prepending entries', () => {
    const spoofed = Array.from({ length: 5000 }, (_, index) => `198.51.100.${index % 250}`).join(
      ',',
    )
    expect(
      clientAddressFromHops({
        socketAddress: '10.0.0.3',
        forwardedFor: `${spoofed}, 203.0.113.7`,
        trustedHops: 1,
      }),
    ).toBe('203.0.113.7')
  })

  it('should read TRUSTED_PROXY_HOPS as 0 by default and refuse nonsense', () => {
    expect(trustedProxyHops(undefined)).toBe(0)
    expect(trustedProxyHops('2')).toBe(2)
    expect(() => trustedProxyHops('twee')).toThrow(/TRUSTED_PROXY_HOPS/)
    expect(() => trustedProxyHops('-1')).toThrow(/TRUSTED_PROXY_HOPS/)
  })

  it('should put every request without the server-set header in one shared bucket', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe('unknown')
  })
})
