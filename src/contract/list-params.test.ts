// The parameters of `GET sessions` as a dispatcher receives them: lists comma-separated, and nothing
// sent for what the query leaves out.
import { listParams } from './list-params';

describe('the list request’s parameters', () => {
  it('sends lists comma-separated, as the contract documents them', () => {
    expect(listParams({ state: ['WITH_AGENT', 'AWAITING_USER'], channel: ['WHATSAPP', 'EMAIL'] })).toEqual({
      state: 'WITH_AGENT,AWAITING_USER',
      channel: 'WHATSAPP,EMAIL',
    });
  });

  it('sends no parameter for what the query leaves out, and 0 minutes as 0', () => {
    expect(listParams({})).toEqual({});
    expect(listParams({ stuckAfterMinutes: 0 })).toEqual({ stuckAfterMinutes: '0' });
  });
});
