import type { Contact, NamedRef } from '../../../../src/contract';

/** Formats ISO-8601 instants for the console's locale and time zone; unparsable values are shown as sent. */
export function dateTimeFormatter(locale: string, timeZone: string) {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone });
  return (iso: unknown): string => {
    if (typeof iso !== 'string') return '—';
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}

export function contactText(contact: Contact | null | undefined): string {
  if (!contact) return '—';
  const address = contact.phone ?? contact.email ?? '—';
  const partner = contact.businessPartner?.name;
  return partner ? `${address} (${partner})` : address;
}

export const agentText = (agent: NamedRef | null | undefined) => agent?.name ?? 'Unassigned';
