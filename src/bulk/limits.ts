// The bounds of a bulk release, apart from its queue, so code that only chooses sessions (the agents'
// panel's "Select all") can know them without bringing the queue along.

/** Most sessions one bulk release takes. */
export const BULK_RELEASE_MAX = 500;
