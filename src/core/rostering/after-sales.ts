/**
 * After-sales work in the roster: it may wait up to a deferral limit (pre-sales goes first at
 * the peak, seed 002), so it is measured as a queue served oldest first.
 */

export interface AfterSalesOutcome {
  /** Contacts handled in each slot. */
  handled: number[];
  /** Contacts waiting at the end of each slot, still within the limit. */
  waiting: number[];
  /** Contacts that passed the deferral limit unhandled, per slot. */
  overdue: number[];
  totalContacts: number;
  handledContacts: number;
  overdueContacts: number;
  /** Contacts handled in a later slot than they arrived. */
  deferredContacts: number;
  /** Mean wait of handled contacts, in slots (0 when handled in the slot they arrived). */
  meanWaitSlots: number;
  longestWaitSlots: number;
  /** Contacts still waiting when the window ends (within their limit). */
  waitingAtEnd: number;
}

/** How after-sales went in a roster, measured on the roster itself (oldest first). */
export interface AfterSalesPlan extends AfterSalesOutcome {
  contacts: number[];
  /** Agents on after-sales per slot: after-role people, and both-role people not needed for pre-sales. */
  agents: number[];
  deferSlots: number;
  /** Contacts one agent handles per slot. */
  perAgentSlot: number;
}

/**
 * Serves after-sales contacts oldest first with the agents on after-sales in each slot.
 * Contacts arriving in slot u may be handled in slots u … u + deferSlots; later they count
 * as overdue. Oldest-first is optimal for deadlines, so this is the best any assignment of
 * these agents can do.
 *
 * @param contacts contacts arriving per slot
 * @param perAgentSlot contacts one agent handles in one slot
 * @param agents agents on after-sales per slot
 * @example simulateAfterSales([10, 0], 5, [1, 1], 1).overdueContacts // 0 (5 now, 5 a slot later)
 */
export function simulateAfterSales(
  contacts: readonly number[],
  perAgentSlot: number,
  agents: readonly number[],
  deferSlots: number,
): AfterSalesOutcome {
  const queue: { arrived: number; amount: number }[] = [];
  const handled: number[] = [];
  const waiting: number[] = [];
  const overdue: number[] = [];
  let handledTotal = 0;
  let deferred = 0;
  let waitSum = 0;
  let longest = 0;
  const epsilon = 1e-9;
  contacts.forEach((arriving, t) => {
    if (arriving > 0) queue.push({ arrived: t, amount: arriving });
    let capacity = (agents[t] ?? 0) * perAgentSlot;
    let done = 0;
    while (capacity > epsilon && queue.length > 0) {
      const oldest = queue[0];
      if (!oldest) break;
      const take = Math.min(capacity, oldest.amount);
      oldest.amount -= take;
      capacity -= take;
      done += take;
      const wait = t - oldest.arrived;
      waitSum += take * wait;
      if (wait > 0) {
        deferred += take;
        longest = Math.max(longest, wait);
      }
      if (oldest.amount <= epsilon) queue.shift();
    }
    let expired = 0;
    while (queue.length > 0 && (queue[0]?.arrived ?? t) + deferSlots <= t) expired += queue.shift()?.amount ?? 0;
    handled.push(done);
    handledTotal += done;
    overdue.push(expired);
    waiting.push(queue.reduce((sum, item) => sum + item.amount, 0));
  });
  const total = contacts.reduce((a, b) => a + b, 0);
  return {
    handled,
    waiting,
    overdue,
    totalContacts: total,
    handledContacts: handledTotal,
    overdueContacts: overdue.reduce((a, b) => a + b, 0),
    deferredContacts: deferred,
    meanWaitSlots: handledTotal > 0 ? waitSum / handledTotal : 0,
    longestWaitSlots: longest,
    waitingAtEnd: waiting[waiting.length - 1] ?? 0,
  };
}
