// A roster request put in the model's terms, without solving: the model's slots and required
// agents, the candidate shifts (service hours, patterns), the staff as groups and when nobody
// can work, the after-sales rates, and cost first's prices. Values worked out by hand.
// Loops rather than it.each: Stryker's per-test coverage misses it.each.
import { describe, expect, it } from 'vitest';
import { rosterProblem, type RosterRequest } from './roster-problem.js';
import { CsPlanError, ExitCode } from '../../errors.js';
import { toEpochMinutes } from '../time/clock.js';

const MONDAY = toEpochMinutes('2026-11-30');
const hours = (from: number, to: number, per: number, value: number) => Array.from({ length: 24 * per }, (_, t) => (t >= from * per && t < to * per ? value : 0));
/** One Monday, hourly, 10 inquiries an hour 09:00–17:00, an agent per 10 inquiries; shifts of 4–8 hours, 10 hours' rest. */
const request = (over: Partial<RosterRequest> = {}): RosterRequest => ({
  demand: { start: MONDAY, slotMinutes: 60, inquiries: hours(9, 17, 1, 10) },
  sizer: (x) => Math.ceil(x / 10), rules: { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 8, restSlots: 10 }, timeLimitSeconds: 10, ...over,
});
const refusal = (r: RosterRequest) => {
  try {
    rosterProblem(r);
  } catch (error) {
    if (error instanceof CsPlanError) return [error.key, error.exitCode];
    throw error;
  }
  return undefined;
};

describe('rosterProblem: slots and shifts', () => {
  it('the model runs the longest shift past the window, where nobody is needed; nothing else without staff or prices', () => {
    const r = request();
    const problem = rosterProblem(r);
    const required = [...hours(9, 17, 1, 1), 0, 0, 0, 0, 0, 0, 0];
    expect(problem).toStrictEqual({
      request: r, slotCount: 24, modelSlots: 31, required, candidates: problem.candidates,
      inquiriesPerAgentSlot: required.map((n) => n * 10), perAgentSlot: 0, deferSlots: 0,
    });
    // Every shift starts inside the window; the last day's night runs to the model's end.
    expect(problem.candidates.every((c) => c.start < 24)).toBe(true);
    expect(problem.candidates).toContainEqual({ start: 23, length: 8 });
    expect(problem.candidates).toContainEqual({ start: 0, length: 4 });
  });

  it('with patterns the longest pattern sets the model\'s end; with after-sales the window already does', () => {
    const patterns = [{ name: '早', startMinute: 9 * 60, lengthMinutes: 8 * 60 }, { name: '晚', startMinute: 16 * 60, lengthMinutes: 10 * 60 - 30 }];
    expect(rosterProblem(request({ patterns, rules: { slotMinutes: 60, minShiftSlots: 1, maxShiftSlots: 12, restSlots: 10 } })).modelSlots).toBe(24 + 9);
    const after = { contacts: new Array<number>(24).fill(1), hourlyCapacity: 6, deferHours: 1.5 };
    expect(rosterProblem(request({ afterSales: after })).modelSlots).toBe(24);
  });

  it('service hours: free shifts stay inside them, patterns may span closed hours', () => {
    const open = { hours: [[9 * 60, 18 * 60]] as const, closedDemand: 'drop' as const, closed: hours(0, 24, 1, 1).map((_, t) => t < 9 || t >= 18), moved: 0, dropped: 0 };
    const free = rosterProblem(request({ demand: { start: MONDAY, slotMinutes: 60, inquiries: hours(9, 17, 1, 10), open } })).candidates;
    expect(free.every((c) => c.start >= 9 && c.start + c.length <= 18)).toBe(true);
    expect(free).toContainEqual({ start: 9, length: 8 });
    expect(free).toContainEqual({ start: 10, length: 8 });
    expect(free).toContainEqual({ start: 14, length: 4 });
    expect(free).not.toContainEqual({ start: 15, length: 4 });
    const patterns = [{ name: '夜', startMinute: 20 * 60, lengthMinutes: 6 * 60 }];
    const night = rosterProblem(request({ patterns, demand: { start: MONDAY, slotMinutes: 60, inquiries: hours(9, 17, 1, 10), open } })).candidates;
    expect(night.map((c) => [c.start, c.length])).toEqual([[20, 6]]);
  });

  it('no shift fits the window: exit 3; after-sales on other slots than pre-sales is an internal error', () => {
    const nightOnly = [{ name: '夜班', startMinute: 22 * 60, lengthMinutes: 12 * 60 }];
    expect(refusal(request({ patterns: nightOnly, rules: { slotMinutes: 60, minShiftSlots: 1, maxShiftSlots: 12, restSlots: 10 }, demand: { start: MONDAY, slotMinutes: 60, inquiries: [1, 1] } })))
      .toEqual(['roster.noCandidates', ExitCode.infeasible]);
    expect(refusal(request({ afterSales: { contacts: [1, 2], hourlyCapacity: 6, deferHours: 1 } }))).toEqual(['internal', ExitCode.internal]);
  });

  it('after-sales: contacts an agent answers in a slot, and whole slots a contact may wait', () => {
    const after = { contacts: new Array<number>(24).fill(1), hourlyCapacity: 6, deferHours: 1.5 };
    expect(rosterProblem(request({ afterSales: after }))).toMatchObject({ perAgentSlot: 6, deferSlots: 1 });
    const halves = { start: MONDAY, slotMinutes: 30, inquiries: hours(9, 17, 2, 5) };
    const rules = { slotMinutes: 30, minShiftSlots: 8, maxShiftSlots: 16, restSlots: 20 };
    expect(rosterProblem(request({ demand: halves, rules, afterSales: { ...after, contacts: new Array<number>(48).fill(1) } }))).toMatchObject({ perAgentSlot: 3, deferSlots: 3 });
  });

  it('day rules on the calendar only when given', () => {
    expect(rosterProblem(request({ dayRules: { daysOffPerWeek: 0, maxHoursPerWeek: 40 } })).assignRules).toEqual({ startMinute: MONDAY, slotMinutes: 60, limits: [], maxSlotsPerWeek: 40 });
    expect(rosterProblem(request())).not.toHaveProperty('assignRules');
  });
});

describe('rosterProblem: staff', () => {
  it('a headcount is one group of A001…, on the model\'s slots', () => {
    expect(rosterProblem(request({ staff: { headcount: 3 } }))).toMatchObject({
      available: 3, groups: [{ size: 3, fromSlot: 0, toSlot: 31 }],
      people: [{ name: 'A001', group: 0 }, { name: 'A002', group: 0 }, { name: 'A003', group: 0 }],
    });
  });

  it('named staff: their groups; overtime pay only with cost first and an overtime rule', () => {
    const staff = [{ name: 'a', hourlyCost: 30, overtimeCost: 45 }, { name: 'b', hourlyCost: 30, overtimeCost: 45 }];
    const plain = rosterProblem(request({ staff }));
    expect([plain.groups, plain.people, plain.available]).toStrictEqual([[{ size: 2, fromSlot: 0, toSlot: 31, costPerSlot: 30 }], [{ name: 'a', group: 0 }, { name: 'b', group: 0 }], 2]);
    expect(rosterProblem(request({ staff, priority: 'cost' })).groups?.[0]).not.toHaveProperty('overtimeExtraPerSlot');
    expect(rosterProblem(request({ staff, overtimeAfterHours: 4 })).groups?.[0]).not.toHaveProperty('overtimeExtraPerSlot');
    expect(rosterProblem(request({ staff, priority: 'cost', overtimeAfterHours: 4 })).groups?.[0]?.overtimeExtraPerSlot).toBe(15);
  });

  it('someone who can work a shift exactly (hours, availability) is enough; one slot less and nobody can: exit 3', () => {
    const from = MONDAY + 9 * 60;
    const fits = [{ name: 'a', availableFrom: from, availableTo: from + 4 * 60 }, { name: 'b', maxHours: 4 }];
    for (const member of fits) expect(refusal(request({ staff: [member] })), member.name).toBeUndefined();
    const short = [{ name: 'a', availableFrom: from, availableTo: from + 4 * 60 - 1 }, { name: 'b', maxHours: 3.9 }, { name: 'c', unavailable: [MONDAY / 1440] }];
    for (const member of short) expect(refusal(request({ staff: [member] })), member.name).toEqual(['roster.staffUnavailable', ExitCode.infeasible]);
    // One who can is enough.
    expect(refusal(request({ staff: [{ name: 'b', maxHours: 3 }, { name: 'a' }] }))).toBeUndefined();
  });
});

describe('rosterProblem: cost first\'s prices', () => {
  const halves = { start: MONDAY, slotMinutes: 30, inquiries: hours(9, 17, 2, 10) };
  const rules = { slotMinutes: 30, minShiftSlots: 8, maxShiftSlots: 16, restSlots: 20 };
  /** 10 inquiries a half-hour, an agent per 6: 2 agents in each of 16 slots, 5 inquiries each. */
  const costed = (over: Partial<RosterRequest>) => request({ demand: halves, rules, sizer: (x) => Math.ceil(x / 6), priority: 'cost', ...over });

  it('the inquiries an agent-slot answers; outsourcing per inquiry and per agent-hour, up to its share of the window\'s agent-slots', () => {
    const perInquiry = rosterProblem(costed({ outsourcing: { pricePerInquiry: 2, maxShare: 0.3 } }));
    expect(perInquiry.inquiriesPerAgentSlot.slice(17, 20)).toEqual([0, 5, 5]);
    expect(perInquiry.outsourcing?.costPerAgentSlot.slice(17, 20)).toEqual([0, 10, 10]);
    // 30% of 32 agent-slots: 9.6, down to 9.
    expect(perInquiry.outsourcing?.maxAgentSlots).toBe(9);
    const hourly = rosterProblem(costed({ outsourcing: { pricePerInquiry: 40, perAgentHour: true, maxShare: 0.25 } }));
    expect(hourly.outsourcing).toEqual({ costPerAgentSlot: new Array(48 + 15).fill(20), maxAgentSlots: 8 });
  });

  it('a bot at its price per inquiry, up to its share of each slot', () => {
    const { bot } = rosterProblem(costed({ bot: { maxShare: 0.5, costPerInquiry: 0.3 } }));
    expect(bot?.costPerAgentSlot[18]).toBeCloseTo(1.5, 12);
    expect(bot?.maxPerSlot.slice(17, 20)).toEqual([0, 1, 1]);
  });

  it('overtime weeks: each shift in the week of the day it starts; each week\'s threshold prorated to its days in the window, in slots', () => {
    // Sunday and Monday: two weeks of one day each, 28 h a week → 4 h = 8 slots in each.
    const demand = { start: MONDAY - 1440, slotMinutes: 30, inquiries: [...hours(9, 17, 2, 10), ...hours(9, 17, 2, 10)] };
    const problem = rosterProblem(costed({ demand, overtimeAfterHours: 28 }));
    expect(problem.overtimeRule).toEqual({ afterHoursPerWeek: 28, slotCount: 96 });
    expect(problem.overtime?.thresholdSlots).toEqual([8, 8]);
    const weekOf = (start: number) => problem.overtime?.weekOfCandidate[problem.candidates.findIndex((c) => c.start === start)];
    expect([weekOf(0), weekOf(40), weekOf(47), weekOf(48), weekOf(95)]).toEqual([0, 0, 0, 1, 1]);
  });

  it('without cost first, offers are not priced', () => {
    const problem = rosterProblem(request({ outsourcing: { pricePerInquiry: 2, maxShare: 0.3 }, bot: { maxShare: 0.5, costPerInquiry: 0.3 }, overtimeAfterHours: 28 }));
    for (const key of ['outsourcing', 'bot', 'overtimeRule', 'overtime']) expect(problem).not.toHaveProperty(key);
    expect(rosterProblem(costed({}))).not.toHaveProperty('overtimeRule');
  });
});
