import { SendPanel as SendPanel_12b37e953dddb06e8c3cd0918f2800ee } from '../../../collections/NewsletterEditions/components/SendPanel'
import { TestSend as TestSend_acc90a58ab5729cab4d623116657599b } from '../../../collections/NewsletterEditions/components/TestSend'
import { MessagePreview as MessagePreview_4494fd4120732895bfbb00120625e220 } from '../../../collections/OutboxMessages/components/MessagePreview'
import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReviewQueue as ReviewQueue_26eea0b6c3b02fd86a1801c467dd8a8f } from '../../../collections/BuildingBlocks/components/ReviewQueue'
import { AssignTenantFieldTrigger as AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { SectionChoiceLabel as SectionChoiceLabel_73ef886c06ddf11d0d42a5f2bd7752dc } from '../../../collections/CommunicationPacks/components/SectionChoiceLabel'
import { PrivacyActions as PrivacyActions_588a9508ab7630e6aeacce93afff3bb7 } from '../../../components/PrivacyActions'
import { CsvImport as CsvImport_a4bf613ea1f374e782d8f471a604cab2 } from '../../../components/CsvImport'
import { ImportReport as ImportReport_04c9a3f5a53730ab6b634c5e358816a8 } from '../../../components/ImportReport'
import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { CalendarNavLink as CalendarNavLink_4021d783555d98c3cfa907a1d98ace46 } from '../../../campaigns/CalendarNavLink'
import { MonitorNavLink as MonitorNavLink_755145c4d479cbd68b86db1750b81bdc } from '../../../monitor/components/MonitorNavLink'
import { ReadinessNavLink as ReadinessNavLink_f892bd8d99cb3b326bc07f1ffbbb8387 } from '../../../readiness/components/ReadinessNavLink'
import { TranslationsNavLink as TranslationsNavLink_d9bdff29185de3e202549ba33553e579 } from '../../../translations/components/TranslationsNavLink'
import { ReadinessDashboard as ReadinessDashboard_0ac71feba9ea3d6214ac4d5084acc292 } from '../../../readiness/components/ReadinessDashboard'
import { SubscriberCounts as SubscriberCounts_0635ebff7eaa8dffd0b8965a6a364ce8 } from '../../../collections/Subscribers/components/SubscriberCounts'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { TenantSelectionProvider as TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { CalendarView as CalendarView_43fe97610b42a5b6c49a1b5d9f4e443e } from '../../../campaigns/CalendarView'
import { MonitorView as MonitorView_e492a78c66ce378dbaca25d81bd5d7b7 } from '../../../monitor/components/MonitorView'
import { YearOverviewView as YearOverviewView_1f6aab448a794ae0c7e634de99a44639 } from '../../../monitor/components/YearOverviewView'
import { ReadinessView as ReadinessView_5d0890f74d1619beae9b99974485e8d2 } from '../../../readiness/components/ReadinessView'
import { TranslationsView as TranslationsView_8ea3d19d52635693831bca304e6f2464 } from '../../../translations/components/TranslationsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/NewsletterEditions/components/SendPanel#SendPanel": SendPanel_12b37e953dddb06e8c3cd0918f2800ee,
  "/collections/NewsletterEditions/components/TestSend#TestSend": TestSend_acc90a58ab5729cab4d623116657599b,
  "/collections/OutboxMessages/components/MessagePreview#MessagePreview": MessagePreview_4494fd4120732895bfbb00120625e220,
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/collections/BuildingBlocks/components/ReviewQueue#ReviewQueue": ReviewQueue_26eea0b6c3b02fd86a1801c467dd8a8f,
  "@payloadcms/plugin-multi-tenant/client#AssignTenantFieldTrigger": AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a,
  "/collections/CommunicationPacks/components/SectionChoiceLabel#SectionChoiceLabel": SectionChoiceLabel_73ef886c06ddf11d0d42a5f2bd7752dc,
  "/components/PrivacyActions#PrivacyActions": PrivacyActions_588a9508ab7630e6aeacce93afff3bb7,
  "/components/CsvImport#CsvImport": CsvImport_a4bf613ea1f374e782d8f471a604cab2,
  "/components/ImportReport#ImportReport": ImportReport_04c9a3f5a53730ab6b634c5e358816a8,
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "/campaigns/CalendarNavLink#CalendarNavLink": CalendarNavLink_4021d783555d98c3cfa907a1d98ace46,
  "/monitor/components/MonitorNavLink#MonitorNavLink": MonitorNavLink_755145c4d479cbd68b86db1750b81bdc,
  "/readiness/components/ReadinessNavLink#ReadinessNavLink": ReadinessNavLink_f892bd8d99cb3b326bc07f1ffbbb8387,
  "/translations/components/TranslationsNavLink#TranslationsNavLink": TranslationsNavLink_d9bdff29185de3e202549ba33553e579,
  "/readiness/components/ReadinessDashboard#ReadinessDashboard": ReadinessDashboard_0ac71feba9ea3d6214ac4d5084acc292,
  "/collections/Subscribers/components/SubscriberCounts#SubscriberCounts": SubscriberCounts_0635ebff7eaa8dffd0b8965a6a364ce8,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider": TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62,
  "/campaigns/CalendarView#CalendarView": CalendarView_43fe97610b42a5b6c49a1b5d9f4e443e,
  "/monitor/components/MonitorView#MonitorView": MonitorView_e492a78c66ce378dbaca25d81bd5d7b7,
  "/monitor/components/YearOverviewView#YearOverviewView": YearOverviewView_1f6aab448a794ae0c7e634de99a44639,
  "/readiness/components/ReadinessView#ReadinessView": ReadinessView_5d0890f74d1619beae9b99974485e8d2,
  "/translations/components/TranslationsView#TranslationsView": TranslationsView_8ea3d19d52635693831bca304e6f2464,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24
}
