import type { Role } from '@/access/checkRole'

/** The five demo accounts: an admin, a regional adviser and editors of one or two municipalities. */
export type DemoAccount = { email: string; name: string; roles: Role[]; municipalities: string[] }

export const demoAccounts: DemoAccount[] = [
  { email: 'admin@example.org', name: 'Beheerder (demo)', roles: ['admin'], municipalities: [] },
  {
    email: 'communicatie@example.org',
    name: 'Communicatieadviseur regio',
    roles: ['regio-redactie'],
    municipalities: [],
  },
  {
    email: 'redactie.arnhem@example.org',
    name: 'Redactie gemeente Arnhem',
    roles: ['gemeente-redactie'],
    municipalities: ['arnhem'],
  },
  {
    email: 'redactie.winterswijk@example.org',
    name: 'Redactie gemeente Winterswijk',
    roles: ['gemeente-redactie'],
    municipalities: ['winterswijk'],
  },
  {
    email: 'redactie.liemers@example.org',
    name: 'Redactie Liemers (Duiven en Zevenaar)',
    roles: ['gemeente-redactie'],
    municipalities: ['duiven', 'zevenaar'],
  },
]
