// Opening the mock console in a language: `?language=` sets the console user's language, which the
// console passes to the module as its `language` prop.

/** `url` with the console's language parameter set. */
export function withLanguage(url: string, language: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('language', language);
  return parsed.toString();
}

/** The pieces an elapsed ISO 8601 duration (`P2DT3H4M5S`) shows as, by the page's rule for units. */
export function shownParts(iso: string): Record<string, number> {
  const match = /^P(?:(\d+)D)?T(\d+)H(\d+)M(\d+)S$/.exec(iso);
  if (!match) throw new Error(`not an elapsed duration: ${iso}`);
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  if (days) return { days, hours };
  if (hours) return { hours, minutes };
  if (minutes) return { minutes, seconds };
  return { seconds };
}
