import type {
  DefaultNodeTypes,
  SerializedHeadingNode,
  SerializedLinkNode,
  SerializedUploadNode,
} from '@payloadcms/richtext-lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import type { JSXConverters } from '@payloadcms/richtext-lexical/react'

import { safeHref } from '@/lib/html'
import type { Media } from '@/payload-types'

import type { RichText as RichTextValue } from '../packs'

type HeadingLevel = 2 | 3 | 4 | 5

/**
 * Editor text (Lexical JSON) as React elements: never as an HTML string, so nothing an editor
 * types can become markup. Headings start at `headingLevel` so they fit under the page's own
 * headings; links keep only web, mail and phone addresses; alignment from the editor is dropped
 * (`text-align: left` would fight right-to-left reading).
 */
export const RichText = ({
  value,
  headingLevel = 3,
  className,
}: {
  value: RichTextValue | undefined
  headingLevel?: HeadingLevel
  className?: string
}) => {
  if (!hasContent(value)) return null
  // The text's highest heading becomes `headingLevel`, the rest follow without skipping a level.
  const shift = headingLevel - (topHeadingLevel(value) ?? headingLevel)
  return (
    <LexicalRichText
      data={value as never}
      className={className ? `rich-text ${className}` : 'rich-text'}
      disableTextAlign
      disableIndent
      converters={({ defaultConverters }) => converters(defaultConverters, shift)}
    />
  )
}

/** True when the document holds any text or upload (an emptied editor keeps one empty paragraph). */
export const hasContent = (value: unknown): boolean => {
  const visit = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false
    const { text, type, children, root } = node as {
      text?: unknown
      type?: unknown
      children?: unknown
      root?: unknown
    }
    if (root) return visit(root)
    if (typeof text === 'string' && text.trim() !== '') return true
    if (type === 'upload') return true
    return Array.isArray(children) && children.some(visit)
  }
  return visit(value)
}

/** The highest (smallest-numbered) heading level in a document, or undefined without headings. */
const topHeadingLevel = (value: unknown): number | undefined => {
  const levels: number[] = []
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { type, tag, children, root } = node as {
      type?: unknown
      tag?: unknown
      children?: unknown
      root?: unknown
    }
    if (root) visit(root)
    if (type === 'heading' && typeof tag === 'string') levels.push(Number(tag.slice(1)) || 2)
    if (Array.isArray(children)) children.forEach(visit)
  }
  visit(value)
  return levels.length > 0 ? Math.min(...levels) : undefined
}

const headingTags = ['h2', 'h3', 'h4', 'h5', 'h6'] as const

const converters = (
  defaults: JSXConverters<DefaultNodeTypes>,
  shift: number,
): JSXConverters<DefaultNodeTypes> => ({
  ...defaults,
  heading: ({ node, nodesToJSX }) => {
    const level = (Number((node as SerializedHeadingNode).tag.slice(1)) || 2) + shift
    const Tag = headingTags[Math.min(Math.max(level, 2), 6) - 2]!
    return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
  },
  link: ({ node, nodesToJSX }) => {
    const { fields } = node as SerializedLinkNode
    const children = nodesToJSX({ nodes: node.children })
    const href =
      fields.linkType === 'internal' ? undefined : safeHref(fields.url, { relative: 'keep' })
    if (!href) return <>{children}</>
    return (
      <a href={href} {...(fields.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
        {children}
      </a>
    )
  },
  autolink: ({ node, nodesToJSX }) => {
    const { fields } = node
    const children = nodesToJSX({ nodes: node.children })
    const href = safeHref(fields.url, { relative: 'keep' })
    return href ? <a href={href}>{children}</a> : <>{children}</>
  },
  upload: ({ node }) => {
    const media = (node as SerializedUploadNode).value as Media | number | undefined
    if (!media || typeof media !== 'object' || !media.url) return null
    const href = safeHref(media.url, { relative: 'keep' })
    if (!href) return null
    if (!media.mimeType?.startsWith('image/')) {
      return <a href={href}>{media.filename}</a>
    }
    return (
      <img
        src={href}
        alt={media.alt ?? ''}
        width={media.width ?? undefined}
        height={media.height ?? undefined}
        loading="lazy"
      />
    )
  },
  // Blocks and relationships are admin-only building material: nothing to show on the portal.
  relationship: () => null,
})
