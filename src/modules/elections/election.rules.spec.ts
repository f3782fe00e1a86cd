import { ElectionStatus } from '../../common/domain.enums.js';
import { isAllowedTransition } from './election.rules.js';

const order = [
  ElectionStatus.DRAFT,
  ElectionStatus.NOMINATIONS_OPEN,
  ElectionStatus.NOMINATIONS_CLOSED,
  ElectionStatus.VOTING,
  ElectionStatus.CONCLUDED,
];

describe('election status transitions', () => {
  it('allows exactly the next step (or staying put)', () => {
    for (const [i, from] of order.entries()) {
      for (const [j, to] of order.entries()) {
        expect(isAllowedTransition(from, to)).toBe(j === i || j === i + 1);
      }
    }
  });
});
