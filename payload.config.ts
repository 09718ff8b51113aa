import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import type { Config as PayloadConfig } from 'payload'

import { checkRole, regionalRoles } from './src/access/checkRole'
import { guardLockCreation, narrowDocumentLocks } from './src/access/documentLocks'
import { guardRelationshipFilters } from './src/access/relationshipFilters'
import { campaignRemindersTask } from './src/campaigns/reminders'
import { BuildingBlocks } from './src/collections/BuildingBlocks'
import { CampaignMoments } from './src/collections/CampaignMoments'
import { CommunicationPacks } from './src/collections/CommunicationPacks'
import { Deliveries } from './src/collections/Deliveries'
import { DeliveryBatches, DeliveryClaims, SendWindows } from './src/collections/DeliveryBatches'
import { Media } from './src/collections/Media'
import { maxUploadBytes } from './src/collections/Media/hooks/refuseUnsafeUpload'
import { refreshMediaPublicity } from './src/collections/Media/publicity'
import { Municipalities } from './src/collections/Municipalities'
import { NewsletterEditions } from './src/collections/NewsletterEditions'
import { Organisations } from './src/collections/Organisations'
import { OutboxMessages } from './src/collections/OutboxMessages'
import { PackDownloads } from './src/collections/PackDownloads'
import { PackTemplates } from './src/collections/PackTemplates'
import { PortalInvalidations } from './src/collections/PortalInvalidations'
import { RateLimitHits } from './src/collections/RateLimitHits'
import { Regions } from './src/collections/Regions'
import { SubscriberImports } from './src/collections/SubscriberImports'
import { Subscribers } from './src/collections/Subscribers'
import { TranslationHistories } from './src/collections/TranslationHistories'
import { Users } from './src/collections/Users'
import { WebhookEvents } from './src/collections/WebhookEvents'
import { label } from './src/fields/labels'
import { readableErrors } from './src/hooks/readableErrors'
import { defaultLocale, locales } from './src/i18n'
import { adminI18n, multiTenantTranslations } from './src/i18n/admin'
import { databaseAdapter } from './src/lib/database'
import { orDeferError, publicUrl, resolvePayloadSecret } from './src/lib/env'
import { cappedSharp } from './src/lib/images'
import { mediaStoragePlugins, s3ClientUploadHandler } from './src/lib/s3'
import { transportEmailAdapter } from './src/mail/transports/payloadEmailAdapter'
import { monitorEndpoint } from './src/monitor/endpoints'
import { healthEndpoint } from './src/monitor/health'
import { metricsEndpoint } from './src/monitor/metrics'
import { deliveryAutoRun, deliveryTasks } from './src/newsletter/delivery/jobs'
import { packOpenEndpoint } from './src/newsletter/delivery/packOpens'
import { resendWebhookEndpoint } from './src/newsletter/delivery/webhooks'
import type { Config } from './src/payload-types'
import { registerPortalInvalidations } from './src/portal/invalidations'
import { routeToHelpRemindersTask } from './src/portal/routeToHelpReminders'
import { seedCampaignMoments } from './src/seed/campaignMoments'
import { seedReferenceData } from './src/seed/reference'
import { importAutoRun, importTasks } from './src/subscribers/importJob'
import { subscriberTasks } from './src/subscribers/jobs'
import { purgeUnconfirmedSubscribersTask } from './src/subscribers/purge'
import { translationEndpoints } from './src/translations/endpoints'

const projectRoot = path.dirname(fileURLToPath(import.meta.url))

/** Everything but the database: its adapter is imported once DATABASE_URL has chosen one. */
const appConfig: Omit<PayloadConfig, 'db'> = {
  secret: orDeferError(resolvePayloadSecret, 'unusable-until-PAYLOAD_SECRET-is-set'),
  serverURL: process.env.PUBLIC_URL ? publicUrl() : undefined,
  editor: lexicalEditor(),
  email: transportEmailAdapter,
  // Capped: no image, however small its file, is decoded past MAX_IMAGE_MEGAPIXELS.
  sharp: cappedSharp,
  admin: {
    user: Users.slug,
    avatar: 'default',
    dateFormat: 'd MMMM yyyy HH:mm',
    meta: {
      titleSuffix: ' – Samen Veilig',
      description: 'Bouwstenen, nieuwsbrief en communicatiepakketten van Samen Veilig',
      openGraph: { siteName: 'Samen Veilig Toolkit' },
    },
    importMap: { baseDir: path.resolve(projectRoot, 'src') },
    // The S3 adapter's upload handler, always in the import map: the admin must be built once
    // for installations with and without S3_BUCKET (src/lib/s3.ts).
    dependencies: { [s3ClientUploadHandler]: { type: 'function', path: s3ClientUploadHandler } },
    components: {
      beforeDashboard: [
        '/readiness/components/ReadinessDashboard#ReadinessDashboard',
        '/collections/Subscribers/components/SubscriberCounts#SubscriberCounts',
      ],
      afterNavLinks: [
        '/campaigns/CalendarNavLink#CalendarNavLink',
        '/monitor/components/MonitorNavLink#MonitorNavLink',
        '/readiness/components/ReadinessNavLink#ReadinessNavLink',
        '/translations/components/TranslationsNavLink#TranslationsNavLink',
      ],
      views: {
        campaignCalendar: {
          Component: '/campaigns/CalendarView#CalendarView',
          path: '/campagnekalender',
          meta: { title: 'Campagnekalender' },
        },
        monitor: {
          Component: '/monitor/components/MonitorView#MonitorView',
          path: '/monitor',
          exact: true,
          meta: { title: 'Monitor' },
        },
        monitorYearOverview: {
          Component: '/monitor/components/YearOverviewView#YearOverviewView',
          path: '/monitor/jaaroverzicht',
          exact: true,
          meta: { title: 'Jaaroverzicht' },
        },
        readiness: {
          Component: '/readiness/components/ReadinessView#ReadinessView',
          path: '/gereedheid',
          exact: true,
          meta: { title: 'Gereedheid' },
        },
        translations: {
          Component: '/translations/components/TranslationsView#TranslationsView',
          path: '/vertalingen',
          meta: { title: 'Vertalingen' },
        },
      },
    },
  },
  collections: [
    NewsletterEditions,
    OutboxMessages,
    BuildingBlocks,
    PackTemplates,
    CommunicationPacks,
    PackDownloads,
    CampaignMoments,
    Subscribers,
    SubscriberImports,
    Deliveries,
    DeliveryBatches,
    DeliveryClaims,
    SendWindows,
    WebhookEvents,
    TranslationHistories,
    Municipalities,
    Organisations,
    Regions,
    Media,
    Users,
    RateLimitHits,
    PortalInvalidations,
  ],
  localization: {
    locales: locales.map(({ code, label, dir }) => ({ code, label, rtl: dir === 'rtl' })),
    defaultLocale,
    fallback: true,
  },
  i18n: adminI18n,
  upload: {
    // Above the collection's own limit, so an oversized file reaches our check and its clear message.
    limits: { fileSize: maxUploadBytes() * 2 },
  },
  // The app's own errors reach people in their language, also from the minified production build.
  hooks: { afterError: [readableErrors] },
  endpoints: [
    resendWebhookEndpoint,
    packOpenEndpoint,
    monitorEndpoint,
    healthEndpoint,
    metricsEndpoint,
    ...translationEndpoints,
  ],
  jobs: {
    // Lets a task run one job per key at a time (the sign-up: one per address).
    enableConcurrencyControl: true,
    tasks: [
      purgeUnconfirmedSubscribersTask,
      ...subscriberTasks,
      ...importTasks,
      ...deliveryTasks,
      campaignRemindersTask,
      routeToHelpRemindersTask,
    ],
    // The server works through the queues itself; `npm run worker` runs the same queues in a
    // separate process (set JOBS_AUTORUN=false on the server when workers do all the sending).
    // The nightly queue holds housekeeping; the server works it once an hour.
    autoRun: [{ cron: '0 * * * *', queue: 'nightly' }, ...deliveryAutoRun, ...importAutoRun],
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
  },
  typescript: {
    autoGenerate: false,
    outputFile: path.resolve(projectRoot, 'src/payload-types.ts'),
  },
  telemetry: false,
  plugins: [
    multiTenantPlugin<Config>({
      tenantsSlug: 'municipalities',
      tenantField: {
        name: 'municipality',
        label: label('custom:municipalities:municipality'),
        // The regional editors review across municipalities: they need to see and filter by it.
        admin: { disableListColumn: false, disableListFilter: false },
      },
      tenantsArrayField: {
        includeDefaultField: false,
        arrayFieldName: 'municipalities',
        arrayTenantFieldName: 'municipality',
      },
      collections: {
        'building-blocks': {},
        'communication-packs': {},
        'pack-downloads': {},
        organisations: {},
        // Media keep their own municipality field and access (src/access/media.ts): regional
        // files have none, and a file turns public when published content uses it.
      },
      // Deleting a municipality must never take its content with it.
      cleanupAfterTenantDelete: false,
      userHasAccessToAllTenants: (user) => checkRole(regionalRoles, user),
      // The plugin writes its namespace over the config's, so its words go in through its option.
      i18n: { translations: multiTenantTranslations },
    }),
    guardRelationshipFilters,
  ],
  onInit: async (payload) => {
    guardLockCreation(payload)
    // This process's page cache reads the other instances' invalidations through it.
    registerPortalInvalidations(payload)
    // Sets the flag on files from before it existed, and heals any drift.
    await refreshMediaPublicity({ payload }).catch((error: unknown) =>
      payload.logger.error({ err: error }, 'Could not refresh which files are public'),
    )
    await seedReferenceData(payload)
    await seedCampaignMoments(payload)
  },
}

/** The database adapter and, when S3_BUCKET is set, the media storage adapter load lazily. */
export default Promise.all([
  databaseAdapter({ migrationDir: path.resolve(projectRoot, 'src/migrations') }),
  mediaStoragePlugins(),
]).then(async ([db, storagePlugins]) =>
  narrowDocumentLocks(
    await buildConfig({
      ...appConfig,
      db,
      plugins: [...(appConfig.plugins ?? []), ...storagePlugins],
    }),
  ),
)
