/** A label in both admin languages; Dutch is what most editors read. */
export const label = (nl: string, en: string) => ({ nl, en })
