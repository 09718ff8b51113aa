/**
 * The kinds of attack the abuse suite tries. Every abuse test sits under one of these (through
 * `describeAttacks`), so the suite's count of attacks tried and held can be given by kind
 * (SECURITY.md). Each `it` is one attack and names the rule it holds.
 */
export const attackKinds = {
  spoofing: 'header spoofing',
  flooding: 'flooding and concurrent requests',
  oversized: 'oversized and malformed bodies and files',
  tenants: 'cross-municipality access',
  fields: 'field-level reads and writes',
  filters: 'relationship-path filters from anonymous requests',
  consent: 'consent and unsubscribe history',
  links: 'signed links',
  login: 'login',
  responses: 'error messages and response headers',
  counts: 'small numbers about people',
} as const

export type AttackKind = keyof typeof attackKinds
