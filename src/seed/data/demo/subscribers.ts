/** The municipalities the demo list is spread over (most readers in the larger ones). */
export const demoMunicipalities = [
  'arnhem',
  'arnhem',
  'doetinchem',
  'winterswijk',
  'zevenaar',
  'duiven',
  'renkum',
  'berkelland',
]

export const firstNames = [
  'Anna',
  'Mohammed',
  'Sanne',
  'Ayşe',
  'Piotr',
  'Olena',
  'Daan',
  'Fatima',
  'Lotte',
  'Yusuf',
]
