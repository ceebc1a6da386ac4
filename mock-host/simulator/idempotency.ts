// The first outcome under each Idempotency-Key of a tenant, so a replay gets it back and nothing is
// done twice.

export class IdempotencyLedger<Outcome> {
  private readonly outcomes = new Map<string, { fingerprint: string; outcome: Outcome }>();

  /**
   * Runs `perform` once per key. The same key with the same fingerprint (the request's target and
   * body) gets the first outcome back, whatever happened since; another request under a used key
   * gets `reused` and nothing is done.
   */
  once(
    key: string,
    fingerprint: string,
    perform: () => Outcome,
  ): { outcome: Outcome; replayed: boolean } | 'reused' {
    const earlier = this.outcomes.get(key);
    if (earlier)
      return earlier.fingerprint === fingerprint ? { outcome: earlier.outcome, replayed: true } : 'reused';
    const outcome = perform();
    this.outcomes.set(key, { fingerprint, outcome });
    return { outcome, replayed: false };
  }
}
