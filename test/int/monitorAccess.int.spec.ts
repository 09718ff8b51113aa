import { initI18n } from '@payloadcms/translations'
import { afterAll, describe, expect, it, vi } from 'vitest'

import { computeMonitor, scopeTables } from '@/monitor/aggregate'
import { overviewDocument } from '@/monitor/overview'
import { closePdfBrowser, htmlToPdf } from '@/portal/pdf/renderPdf'

import { useIntegration } from '../support/integration'
import { useMonitorYear } from '../support/monitor'
import { readPdf } from '../support/pdf'

const { payload, fixtures, rest } = useIntegration()
const year = useMonitorYear(fixtures)

afterAll(async () => {
  await closePdfBrowser()
})

describe('monitor figures for a municipal editor', () => {
  it('should give a municipal editor only the figures of their own municipality, also as CSV', async () => {
    const own = await rest('GET', '/api/monitor/aanmeldingen.csv?jaar=2025', { as: year.editor })
    expect(own.status).toBe(200)
    const lines = own.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines).toEqual([
      'Gemeente;K1 (jan–mrt);K2 (apr–jun);K3 (jul–sep);K4 (okt–dec);Totaal',
      'Arnhem;11;0;0;0;11',
    ])

    const other = await rest(
      'GET',
      `/api/monitor/aanmeldingen.csv?jaar=2025&gemeente=${year.winterswijk}`,
      { as: year.editor },
    )
    expect(other.status).toBe(403)
    expect(other.text).not.toContain('Winterswijk')
    const otherOverview = await rest(
      'GET',
      `/api/monitor/jaaroverzicht.pdf?jaar=2025&gemeente=${year.winterswijk}`,
      { as: year.editor },
    )
    expect(otherOverview.status).toBe(403)
    expect((await rest('GET', '/api/monitor/aanmeldingen.csv?jaar=2025')).status).toBe(401)

    const { tables } = await computeMonitor({ payload, year: 2025 })
    const scoped = scopeTables(tables, { kind: 'municipality', id: year.arnhem })
    for (const table of scoped.filter(({ isRegional }) => !isRegional)) {
      expect(table.rows.map(({ name }) => name)).toEqual(['Arnhem'])
      expect(table.totals).toBeUndefined()
    }

    const all = await rest('GET', '/api/monitor/aanmeldingen.csv?jaar=2025', { as: year.regional })
    expect(all.text).toContain('Winterswijk;0;5;0;0;5')
    expect(all.text).toContain('Totaal regio;11;5;0;0;16')
    const unknown = await rest('GET', '/api/monitor/aanmeldingen.csv?jaar=2025&gemeente=999999', {
      as: year.regional,
    })
    expect(unknown.status).toBe(404)
  })

  it('should explain, in the admin language, that the yearly overview PDF needs Chromium when it is missing', async () => {
    await closePdfBrowser()
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium')

    const response = await rest('GET', '/api/monitor/jaaroverzicht.pdf?jaar=2025', {
      as: year.editor,
    })

    expect(response.status).toBe(503)
    expect(JSON.parse(response.text).error).toContain(
      'Het jaaroverzicht als pdf kan op deze server niet worden gemaakt: Chromium is niet geïnstalleerd.',
    )
  })

  it('should make the yearly overview of the own municipality as a PDF', async () => {
    const response = await rest('GET', '/api/monitor/jaaroverzicht.pdf?jaar=2025', {
      as: year.editor,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toContain('jaaroverzicht-2025-arnhem.pdf')
    expect(response.text.startsWith('%PDF-')).toBe(true)

    // The same document the endpoint prints, read back as a reader of the PDF gets it.
    const { tables } = await computeMonitor({ payload, year: 2025 })
    const html = overviewDocument({
      municipalityName: 'Winterswijk',
      year: 2025,
      i18n: await initI18n({ config: payload.config.i18n, context: 'api', language: 'nl' }),
      generatedAt: new Date('2026-01-15T10:00:00.000Z'),
      tables: scopeTables(tables, { kind: 'municipality', id: year.winterswijk }),
    })
    const text = (await readPdf(await htmlToPdf(html))).pages.join(' ')
    expect(text).toContain('Jaaroverzicht 2025: gemeente Winterswijk')
    expect(text).toContain('Bouwstenen gepubliceerd (goedgekeurd)')
    expect(text).toContain('<5')
    expect(text).not.toContain('Arnhem')
  })
})
