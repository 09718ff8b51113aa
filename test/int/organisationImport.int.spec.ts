import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'

import { adminTextsIn } from '@/i18n/admin'
import { importOrganisations } from '@/organisations/import'

import { useIntegration } from '../support/integration'

const { payload, fixtures, rest, users } = useIntegration({
  emptyAfterEach: ['organisations'],
  users: {
    editor: {
      email: 'redactie.duiven@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['duiven'],
    },
    adviser: { email: 'adviseur@test.example', roles: ['regio-redactie'] },
  },
})

const csv = (lines: string[]) => Readable.from([`${lines.join('\n')}\n`])

const byName = async () => {
  const { docs } = await payload.find({ collection: 'organisations', pagination: false, depth: 0 })
  return new Map(docs.map((doc) => [doc.name, doc]))
}

describe('importing organisations', () => {
  it('should keep every valid row and report every bad one by line number, in Dutch', async () => {
    const report = await importOrganisations({
      payload,
      user: users.adviser,
      input: csv([
        'naam;soort;doelgroep;contactpersoon;e-mail;taal;brin;gemeente;herkomst',
        'De Regenboog;basisschool;;Els Jansen;Info@Regenboog.example.org;nl;12AB;duiven;',
        'Bouwbedrijf Groessen;employer;werkgevers;;hr@groessen.example.org;Türkçe;;Duiven;website',
        ';club;;;;;;duiven;',
        'Zomaar;bakkerij;;;;;;duiven;',
        'Fout BRIN;primary-school;;;;;1X;duiven;',
        'Ver weg;club;;;;;;amsterdam;',
        'Zonder gemeente;club;;;;;;;',
        'Slecht adres;club;;;geen-adres;;;duiven;',
      ]),
    })
    expect(report).toMatchObject({ rows: 8, imported: 2, merged: 0 })
    expect(report.rejected).toEqual([
      { line: 4, reason: 'naam ontbreekt' },
      { line: 5, reason: expect.stringContaining('onbekende soort "bakkerij"') },
      { line: 6, reason: expect.stringContaining('ongeldige BRIN-code "1X"') },
      { line: 7, reason: 'onbekende gemeente "amsterdam"' },
      { line: 8, reason: expect.stringContaining('gemeente ontbreekt') },
      { line: 9, reason: 'ongeldig e-mailadres "geen-adres"' },
    ])
    const stored = await byName()
    expect(stored.get('De Regenboog')).toMatchObject({
      kind: 'primary-school',
      audience: 'schools',
      email: 'info@regenboog.example.org',
      contactName: 'Els Jansen',
      brin: '12AB',
      source: 'import',
      status: 'active',
    })
    expect(stored.get('Bouwbedrijf Groessen')).toMatchObject({
      audience: 'employers',
      language: 'tr',
      source: 'website',
    })
  })

  it('should give the reasons in English for an English admin', async () => {
    const report = await importOrganisations({
      payload,
      user: users.adviser,
      i18n: adminTextsIn('en'),
      input: csv(['name,kind,municipality', ',club,duiven']),
    })
    expect(report.rejected).toEqual([{ line: 2, reason: 'name missing' }])
  })

  it('should merge by address, then BRIN code, then name, and leave an opted-out organisation opted out', async () => {
    const duiven = await fixtures.municipalityId('duiven')
    const optedOut = await payload.create({
      collection: 'organisations',
      data: {
        name: 'Sportclub Duiven',
        kind: 'club',
        audience: 'sports-clubs',
        email: 'bestuur@scduiven.example.org',
        municipality: duiven,
        language: 'nl',
        source: 'manual',
        status: 'opted-out',
        optedOutAt: '2026-10-01T10:00:00.000Z',
      },
    })
    const report = await importOrganisations({
      payload,
      user: users.editor,
      input: csv([
        'name,kind,email,brin,contact_name',
        'SC Duiven (nieuwe naam),club,BESTUUR@scduiven.example.org,,Piet Bakker',
        'Het Palet,primary-school,,34CD,',
        'Het Palet (hoofdlocatie),primary-school,,34CD,Anna de Boer',
        'Wijkvereniging Oost,club,,,',
        'Wijkvereniging Oost,club,,,Karim Haddou',
      ]),
    })
    expect(report).toMatchObject({ rows: 5, imported: 2, merged: 3, rejected: [] })
    const merged = await payload.findByID({ collection: 'organisations', id: optedOut.id })
    expect(merged).toMatchObject({
      name: 'SC Duiven (nieuwe naam)',
      contactName: 'Piet Bakker',
      status: 'opted-out',
      optedOutAt: '2026-10-01T10:00:00.000Z',
    })
    const stored = await byName()
    expect(stored.get('Het Palet (hoofdlocatie)')).toMatchObject({ brin: '34CD' })
    expect(stored.get('Wijkvereniging Oost')).toMatchObject({ contactName: 'Karim Haddou' })
    expect(stored.size).toBe(3)
  })

  it('should put a municipal editor’s rows in their municipality and refuse another one’s', async () => {
    const report = await importOrganisations({
      payload,
      user: users.editor,
      input: csv(['name,kind,municipality', 'Eigen club,club,', 'Arnhemse club,club,Arnhem']),
    })
    expect(report.imported).toBe(1)
    expect(report.rejected).toEqual([
      { line: 3, reason: expect.stringContaining('gemeente Arnhem is niet uw gemeente') },
    ])
    const own = (await byName()).get('Eigen club')
    expect(own?.municipality).toBe(await fixtures.municipalityId('duiven'))
  })

  it('should read DUO’s school register with its own headers and ; separator', async () => {
    const report = await importOrganisations({
      payload,
      user: users.adviser,
      input: csv([
        '"PROVINCIE";"INSTELLINGSCODE";"VESTIGINGSCODE";"VESTIGINGSNAAM";"GEMEENTENAAM";"ONDERWIJSSTRUCTUUR";"INTERNETADRES"',
        '"Gelderland";"12AB";"12AB00";"Basisschool De Linde, locatie Noord";"Zevenaar";"BAO";"www.delinde.example.org"',
        '"Gelderland";"34XY";"01";"Liemers College";"ZEVENAAR";"VO/HAVO/VWO";""',
        '"Gelderland";"56ZZ";"00";"ROC Rijn IJssel";"Arnhem";"MBO";""',
        '"Gelderland";"78QQ";"00";"Praktijkschool";"Zevenaar";"XYZ";""',
      ]),
    })
    expect(report).toMatchObject({ rows: 4, imported: 3, merged: 0 })
    expect(report.rejected).toEqual([
      { line: 5, reason: expect.stringContaining('onbekende soort "XYZ"') },
    ])
    const stored = await byName()
    expect(stored.get('Basisschool De Linde, locatie Noord')).toMatchObject({
      kind: 'primary-school',
      audience: 'schools',
      brin: '12AB00',
      source: 'school-register',
      municipality: await fixtures.municipalityId('zevenaar'),
    })
    expect(stored.get('Basisschool De Linde, locatie Noord')?.email ?? null).toBeNull()
    expect(stored.get('Liemers College')).toMatchObject({
      kind: 'secondary-school',
      brin: '34XY01',
    })
    expect(stored.get('ROC Rijn IJssel')).toMatchObject({ kind: 'mbo' })
  })

  it('should refuse a file without the needed columns and change nothing', async () => {
    const response = await rest('POST', '/api/organisations/import', {
      as: users.editor,
      body: 'email,language\nx@example.org,nl\n',
      headers: { 'Content-Type': 'text/csv' },
    })
    expect(response.status).toBe(400)
    expect(response.body.error).toContain('De kopregel mist de kolom(men): name, kind')
    expect((await payload.count({ collection: 'organisations' })).totalDocs).toBe(0)
  })

  it('should take an upload from a municipal editor and refuse an anonymous one', async () => {
    const body = 'name,kind\nUpload club,club\n'
    const headers = { 'Content-Type': 'text/csv' }
    expect((await rest('POST', '/api/organisations/import', { body, headers })).status).toBe(401)
    const response = await rest('POST', '/api/organisations/import', {
      as: users.editor,
      body,
      headers,
    })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ rows: 1, imported: 1 })
  })
})
