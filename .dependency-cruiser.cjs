// The import graph runs one way: a module may import from its own layer and the layers below it,
// never from one above (DESIGN.md, Architecture). Every back-edge matches exactly one layer rule,
// so each pair of modules that runs back up is reported once, however many import lines join them.

const under = (...folders) => folders.map((folder) => `^${folder}(/|$)`)
const file = (...names) => names.map((name) => `^${name.replaceAll('.', '\\.')}$`)

const top = [
  ...under('src/app', 'scripts', 'bench'),
  ...file('payload.config.ts', 'next.config.ts', 'src/proxy.ts'),
]
const collections = under('src/collections')

// Domain folders from the highest to the lowest; folders on one line are peers.
const domain = [
  ['seed', under('src/seed')],
  [
    'monitor, readiness and translations',
    under('src/monitor', 'src/readiness', 'src/translations'),
  ],
  ['campaigns', under('src/campaigns')],
  ['portal', under('src/portal')],
  ['newsletter', under('src/newsletter')],
  ['subscribers and organisations', under('src/subscribers', 'src/organisations')],
  ['mail', under('src/mail')],
  ['emails', under('emails')],
]

// Base and bottom layers from the highest to the lowest, each importing only what lies below it.
const base = [
  [
    'components, hooks, fields and access',
    under('src/components', 'src/hooks', 'src/fields', 'src/access'),
  ],
  ['i18n and locales', under('src/i18n', 'locales')],
  ['lib and reference', under('src/lib', 'src/reference')],
  ['payload types and migrations', [...file('src/payload-types.ts'), ...under('src/migrations')]],
]

const domainPaths = domain.flatMap(([, paths]) => paths)

const forbid = ({ name, comment, from, to }) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to },
})

module.exports = {
  forbidden: [
    forbid({
      name: 'collections-below-app',
      comment: 'Collections are imported by the app and the config; they do not import them.',
      from: collections,
      to: top,
    }),
    forbid({
      name: 'domain-below-collections-and-app',
      comment:
        'A domain rule lives in its domain folder and collections import it, never the reverse.',
      from: domainPaths,
      to: [...top, ...collections],
    }),
    ...domain.slice(1).map(([name, paths], index) =>
      forbid({
        name: `domain-order-${name.replaceAll(' ', '-')}`,
        comment: `${name} sits below ${domain
          .slice(0, index + 1)
          .map(([higher]) => higher)
          .join(', ')} among the domain folders.`,
        from: paths,
        to: domain.slice(0, index + 1).flatMap(([, higher]) => higher),
      }),
    ),
    ...base.map(([name, paths], index) =>
      forbid({
        name: `layer-${name.replaceAll(/,? /g, '-')}`,
        comment: `${name} may import only what lies below it.`,
        from: paths,
        to: [
          ...top,
          ...collections,
          ...domainPaths,
          ...base.slice(0, index).flatMap(([, higher]) => higher),
        ],
      }),
    ),
    {
      name: 'no-circular-folders',
      comment: 'Two folders that import each other are one module in disguise.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // type-only imports count: they tie the layers together as much as value imports do
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    // The generated types import nothing, so they cannot run back up; left in, they would put the
    // src/ folder (which also holds the top-level proxy.ts) into nearly every folder cycle.
    exclude: { path: ['^(node_modules|\\.next|\\.compiled)/', '^src/payload-types\\.ts$'] },
  },
}
