import type { Wording } from '../wording'

/** How the app answers when something fails, and the login throttle (`custom:responses:…`). */
export const nl = {
  unexpected:
    'Er ging aan onze kant iets mis; uw wijziging is niet opgeslagen. Probeer het over een paar minuten opnieuw. Blijft het misgaan? Meld dan aan de beheerder wat u deed en hoe laat het was.',
  loginThrottled_one:
    'Te veel mislukte inlogpogingen vanaf dit adres. Probeer het over 1 minuut opnieuw, of vraag via "Wachtwoord vergeten?" een nieuw wachtwoord aan.',
  loginThrottled_other:
    'Te veel mislukte inlogpogingen vanaf dit adres. Probeer het over {{count}} minuten opnieuw, of vraag via "Wachtwoord vergeten?" een nieuw wachtwoord aan.',
}

export const en: Wording<typeof nl> = {
  unexpected:
    'Something went wrong on our side; your change was not saved. Try again in a few minutes. If it keeps failing, tell the administrator what you did and at what time.',
  loginThrottled_one:
    'Too many failed login attempts from this address. Try again in 1 minute, or request a new password through "Forgot password?".',
  loginThrottled_other:
    'Too many failed login attempts from this address. Try again in {{count}} minutes, or request a new password through "Forgot password?".',
}
