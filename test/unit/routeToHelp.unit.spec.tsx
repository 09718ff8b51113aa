import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RouteToHelp } from '@/portal/components/RouteToHelp'
import type { RouteToHelp as Route } from '@/portal/packs'

const routeWith = (localTeam: NonNullable<Route['local']>['localTeam'] | null): Route => ({
  local: localTeam ? { localTeam, designatedOfficer: {} } : null,
  veiligThuis: { organisation: 'Veilig Thuis Gelderland-Midden', phone: '0800-2000' },
  referralIndex: { name: 'Multisignaal' },
  routeNote: null,
})

const render = (route: Route) =>
  renderToStaticMarkup(<RouteToHelp route={route} municipalityName="Aalten" locale="nl" />)

describe('route to help', () => {
  it('should link a real phone number and e-mail address of the local team', () => {
    const html = render(
      routeWith({
        name: 'Sociaal team Aalten',
        phone: '0543 49 33 33',
        email: 'sociaalteam@aalten.nl',
      }),
    )
    expect(html).toContain('href="tel:0543493333"')
    expect(html).toContain('href="mailto:sociaalteam@aalten.nl"')
    expect(html).toContain('href="tel:08002000"')
  })

  it('should show placeholders the municipality still has to fill in as text, not as links', () => {
    const html = render(
      routeWith({
        name: 'Sociaal team',
        phone: '[nog in te vullen door de gemeente: telefoonnummer]',
        email: '[nog in te vullen door de gemeente: e-mailadres]',
      }),
    )
    expect(html).toContain('[nog in te vullen door de gemeente: telefoonnummer]')
    expect(html).not.toMatch(/href="tel:[^"]*nog/)
    expect(html).not.toContain('mailto:[')
    expect(html.match(/href="tel:/g)).toHaveLength(1)
  })

  it('should show no local team at all while the route to help is not checked', () => {
    const html = render(routeWith(null))
    expect(html).not.toContain('Het lokale team')
    expect(html).toContain('nog niet gecontroleerd')
    expect(html).toContain('href="tel:08002000"')
    expect(html).toContain('Multisignaal')
  })
})
