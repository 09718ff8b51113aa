import type { Wording } from '../wording'

/** The admin texts of this area (`custom:packMailings:…`). */
export const nl = {
  kind: 'Soort',
  kinds: {
    newsletter: 'Nieuwsbrief',
    packMailing: 'Pakketmailing',
  },
  kindDescription:
    'Een pakketmailing stuurt het communicatiepakket van de gemeente naar de organisaties van één doelgroep. U kiest de soort bij het aanmaken; daarna ligt hij vast.',
  packMailing: 'Pakketmailing',
  audience: 'Doelgroep (organisaties)',
  message: 'Persoonlijke noot',
  messageDescription:
    'Optioneel: een korte persoonlijke noot boven de uitleg over het pakket, in elke taal.',
  recipients_one: 'organisatie krijgt deze pakketmailing (zoals hij nu gepubliceerd is).',
  recipients_other: 'organisaties krijgen deze pakketmailing (zoals hij nu gepubliceerd is).',
  monitor: {
    section: 'Pakketmailings',
    title: 'Pakketmailings: verstuurd en geopend',
    description:
      'Per gemeente en doelgroep: hoeveel organisaties dit jaar een pakketmailing kregen (door de provider aangenomen), en hoeveel daarvan de link naar het pakket openden. Nooit per organisatie; kleine aantallen staan als <5.',
    mailed: 'gemaild',
    opened: 'geopend',
  },
  openedAt: 'Pakket geopend op',
  onlyPackMailings:
    'Als gemeentelijk redacteur maakt en verstuurt u alleen pakketmailings; de nieuwsbrief stelt de regio samen.',
  onlyOwnMunicipalities:
    'Kies alleen uw eigen gemeente(n): een pakketmailing van u gaat niet naar organisaties van andere gemeenten.',
  audienceRequired: 'Kies de doelgroep van de pakketmailing.',
  noOrganisations:
    'Er zijn geen actieve organisaties met een e-mailadres voor deze doelgroep en gemeenten.',
}

export const en: Wording<typeof nl> = {
  kind: 'Kind',
  kinds: {
    newsletter: 'Newsletter',
    packMailing: 'Pack mailing',
  },
  kindDescription:
    "A pack mailing sends the municipality's communication pack to the organisations of one audience. You choose the kind when creating; after that it is fixed.",
  packMailing: 'Pack mailing',
  audience: 'Audience (organisations)',
  message: 'Personal note',
  messageDescription:
    'Optional: a short personal note above the explanation of the pack, in every language.',
  recipients_one: 'organisation gets this pack mailing (as it is published now).',
  recipients_other: 'organisations get this pack mailing (as it is published now).',
  monitor: {
    section: 'Pack mailings',
    title: 'Pack mailings: sent and opened',
    description:
      'Per municipality and audience: how many organisations received a pack mailing this year (accepted by the provider), and how many of them opened the link to the pack. Never per organisation; small numbers show as <5.',
    mailed: 'mailed',
    opened: 'opened',
  },
  openedAt: 'Pack opened at',
  onlyPackMailings:
    'As a municipal editor you create and send pack mailings only; the region composes the newsletter.',
  onlyOwnMunicipalities:
    "Choose only your own municipality or municipalities: your pack mailing does not go to other municipalities' organisations.",
  audienceRequired: 'Choose the audience of the pack mailing.',
  noOrganisations:
    'There are no active organisations with an e-mail address for this audience and these municipalities.',
}
