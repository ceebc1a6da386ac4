// The people and organisations of the ordinary tenants: contacts' phones and emails, Business
// Partners and agents, drawn from a seeded generator.

import type { NamedRef } from '../../src/contract/dispatcher-api';
import { HOSTILE_PAYLOADS, HOSTILE_TENANT } from './hostile';
import { type TenantId, USERS } from './identity';
import { digits, pick, type Random, weighted } from './random';

const drawCountry = weighted({ uk: 5, us: 2, de: 1, es: 1, nl: 1 });

const FIRST_NAMES = ['maria', 'jonas', 'aiko', 'liam', 'fatima', 'noah', 'elena', 'kwame', 'sofia', 'omar'];
const LAST_NAMES = [
  'garcia',
  'weber',
  'tanaka',
  'oconnor',
  'zahra',
  'kim',
  'rossi',
  'mensah',
  'novak',
  'haddad',
];
const DOMAINS = ['example.com', 'example.org', 'example.net'];

// Names with apostrophes, ampersands and non-Latin letters on purpose: the page must show them as is.
const COMPANIES: Readonly<Record<Exclude<TenantId, typeof HOSTILE_TENANT>, readonly string[]>> = {
  acme: [
    'Northwind Traders',
    'Contoso Ltd',
    'Fabrikam Inc',
    'Tailspin Toys',
    'Wide World Importers',
    'Adventure Works',
    'Woodgrove Bank',
    'Coho Winery',
    'Alpine Ski House',
    'Fourth Coffee',
    "Margie's Travel",
    'Müller & Söhne GmbH',
    'Café São Paulo',
    'Łódź Logistics',
    '東京トレーディング株式会社',
    'Trey Research',
  ],
  globex: [
    'Globex Retail',
    'Initech',
    'Umbrella Pharmacy',
    'Hooli Cloud',
    'Vandelay Industries',
    'Soylent Foods',
    'Stark & Partners',
    "O'Brien & Daughters",
    'Zürich Assurance AG',
    'Ñandú Exportaciones',
    'Blue Yonder Airlines',
    'Lucerne Publishing',
  ],
};

export const AGENT_NAMES = [
  'Priya Patel',
  'Jonas Weber',
  'Maria Garcia',
  'Tom Becker',
  'Aiko Tanaka',
  "Liam O'Connor",
  'Fatima Zahra',
  'Noah Kim',
  'Elena Rossi',
];

export const HANDOFF_REASONS = [
  'Contact asked for a person',
  'Skill could not answer',
  'Payment dispute',
  'Complaint keyword detected',
];

// Shared, never mutated: sessions refer to the same agent and partner objects.
const agentRosters = new Map<TenantId, readonly NamedRef[]>();

/**
 * A tenant's agents. The hostile tenant's are named by its payloads, under the ids its sessions carry,
 * so an id always goes with one name.
 */
export function agentsOf(tenant: TenantId): readonly NamedRef[] {
  let roster = agentRosters.get(tenant);
  if (!roster && tenant === HOSTILE_TENANT) {
    roster = HOSTILE_PAYLOADS.map((name, index) => ({ id: `evil-agt-${index}`, name }));
    agentRosters.set(tenant, roster);
  }
  if (!roster) {
    const sam = USERS.find((user) => user.id === 'agent');
    const others = AGENT_NAMES.map((name, index) => ({ id: `${tenant}-agt-${index + 1}`, name }));
    roster = sam ? [{ id: sam.id, name: sam.name }, ...others] : others;
    agentRosters.set(tenant, roster);
  }
  return roster;
}

const partnerLists = new Map<string, readonly NamedRef[]>();

export function partnersOf(tenant: Exclude<TenantId, typeof HOSTILE_TENANT>): readonly NamedRef[] {
  let partners = partnerLists.get(tenant);
  if (!partners) {
    partners = COMPANIES[tenant].map((name, index) => ({ id: `BP-${10000 + index}`, name }));
    partnerLists.set(tenant, partners);
  }
  return partners;
}

export function phoneNumber(random: Random): string {
  switch (drawCountry(random)) {
    case 'uk':
      return `+44 7700 900${digits(random, 3)}`;
    case 'us':
      return `+1 202 555 01${digits(random, 2)}`;
    case 'de':
      return `+49 151 ${digits(random, 4)} ${digits(random, 4)}`;
    case 'es':
      return `+34 6${digits(random, 2)} ${digits(random, 3)} ${digits(random, 3)}`;
    default:
      return `+31 6 ${digits(random, 4)} ${digits(random, 4)}`;
  }
}

export function emailAddress(random: Random): string {
  const first = pick(random, FIRST_NAMES);
  const last = pick(random, LAST_NAMES);
  const suffix = random() < 0.3 ? digits(random, 2) : '';
  const local = `${first}.${last}${suffix}`;
  // Some addresses in mixed case, so the search has to ignore case.
  const shown = random() < 0.15 ? local.charAt(0).toUpperCase() + local.slice(1) : local;
  return `${shown}@${pick(random, DOMAINS)}`;
}
