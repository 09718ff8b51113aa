import type { Wording } from '../wording'

/** The verified route to help's admin texts (`custom:routeToHelp:…`). */
export const nl = {
  address: 'Adres',
  verification: 'Route naar hulp gecontroleerd',
  verificationDescription:
    'Pas als hier een datum en een naam staan, toont het portaal de lokale gegevens. Daarvoor ziet een bezoeker de regionale route: Veilig Thuis 0800-2000 en 112. Controleer ze minstens eens per jaar.',
  checkedAt: 'Gecontroleerd op',
  checkedAtDescription:
    'Kies de dag waarop u het lokale team, de aandachtsfunctionaris en het adres hebt nagelopen (vandaag is gemarkeerd). Laat u de naam leeg, dan vult het systeem uw naam in.',
  checkedBy: 'Gecontroleerd door',
  reminderSentAt: 'Laatste herinnering verstuurd',
}

export const en: Wording<typeof nl> = {
  address: 'Address',
  verification: 'Route to help checked',
  verificationDescription:
    'Only once a date and a name are here does the portal show the local details. Until then visitors see the regional route: Veilig Thuis 0800-2000 and 112. Check them at least once a year.',
  checkedAt: 'Checked on',
  checkedAtDescription:
    'Pick the day you checked the local team, the designated officer and the address (today is highlighted). Leave the name empty and your name is filled in.',
  checkedBy: 'Checked by',
  reminderSentAt: 'Last reminder sent',
}
