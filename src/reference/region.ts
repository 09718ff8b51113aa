import region from './region.json'

/**
 * The facts of regio Arnhem-Achterhoek that code relies on: its two regions, the 18
 * municipalities and the national helplines. The app, the seed and the mails read them from here.
 */
export { region }

export type HelplineName = 'Veilig Thuis' | 'Alarmnummer'

/** The number of a national helpline; throws rather than show a page or mail without it. */
export const helplinePhone = (name: HelplineName): string => {
  const found = region.helplines.find((line) => line.name === name)
  if (!found) throw new Error(`Helpline ${name} is missing from src/reference/region.json`)
  return found.phone
}
