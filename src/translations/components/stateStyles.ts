import type { TranslationState } from '../status'

/** Colour plus a sign and a word, so a state never depends on seeing colour. */
export const stateStyles: Record<
  TranslationState,
  { sign: string; background: string; color: string }
> = {
  missing: { sign: '✗', background: '#fde2e1', color: '#8a1c12' },
  incomplete: { sign: '◐', background: '#fff1c2', color: '#6b4a00' },
  outdated: { sign: '!', background: '#ffe0c2', color: '#7a3300' },
  current: { sign: '✓', background: '#dcf2e0', color: '#1d5b2a' },
  notNeeded: { sign: '–', background: 'transparent', color: 'inherit' },
}
