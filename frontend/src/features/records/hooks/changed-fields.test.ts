import { describe, expect, it } from 'vitest';

import { changedFields } from './changed-fields';

describe('changedFields', () => {
  it('keeps only what differs, the same amount written differently is no change', () => {
    expect(
      changedFields(
        { revenue: '120000.00', cost: '80000.00', closedOn: '2026-11-05', clientId: '7' },
        { revenue: '120000', cost: '81000', closedOn: '2026-11-05', clientId: '9' },
      ),
    ).toEqual({ cost: '81000', clientId: '9' });
    expect(changedFields({ assigneeId: '3' }, { assigneeId: null })).toEqual({ assigneeId: null });
  });
});
