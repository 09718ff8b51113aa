/**
 * What an edition sends: the newsletter to subscribers, or a municipality's communication pack to
 * the organisations of one audience. One collection and one delivery engine for both, as listmonk
 * keeps one campaigns table with a type.
 */
export const editionKinds = ['newsletter', 'pack-mailing'] as const

export type EditionKind = (typeof editionKinds)[number]

/** Editions made before kinds existed have none: they are newsletters. */
export const isPackMailing = (edition: { kind?: string | null }) => edition.kind === 'pack-mailing'
