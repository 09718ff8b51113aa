/** The same keys as a Dutch text object, with any wording: what every other admin language gives. */
export type Wording<T> = { [K in keyof T]: T[K] extends string ? string : Wording<T[K]> }
