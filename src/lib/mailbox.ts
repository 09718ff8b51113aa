/** "Samen Veilig <nieuwsbrief@example.org>" or a bare address, as EMAIL_FROM allows both. */
export const parseMailbox = (mailbox: string): { name?: string; address: string } => {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailbox)
  if (!match) return { address: mailbox.trim() }
  return { name: match[1].trim() || undefined, address: match[2].trim() }
}
