import { describe } from 'vitest'

import { attackKinds } from './attackKinds'
import type { AttackKind } from './attackKinds'

export { attackKinds }

/** A group of attacks of one kind, titled so the count by kind can find it. */
export const describeAttacks = (kind: AttackKind, rule: string, body: () => void) =>
  describe(`${attackKinds[kind]}: ${rule}`, body)
