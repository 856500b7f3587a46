/**
 * Gives the optimizer's shifts to named people. Shifts are taken in start order; each goes
 * to a person of its group who is free (their last shift ended at least the rest period
 * before) and still under their hours limit, preferring the one with the fewest hours so far
 * — so hours spread evenly. Because the optimizer capped "on duty or resting" at the group
 * size at every slot, a free person always exists unless an hours limit binds.
 */
import type { WorkRole } from '../scheduling/model.js';
import { mondayOf } from '../time/clock.js';
import { exceedsLimit, limitsByDay, type DayLimit } from './day-rules.js';

export interface ShiftToStaff {
  start: number;
  length: number;
  /** Staff group index; −1 when people are unlimited. */
  group: number;
  pattern?: string;
  /** What the shift answers: pre-sales, after-sales or both (the default). */
  role?: WorkRole;
}

export interface Person {
  name: string;
  group: number;
  maxSlots?: number;
}

export interface Assignment extends ShiftToStaff {
  person: string;
  /** A meal break inside the shift, in slots (not counted as coverage). */
  mealBreak?: { start: number; length: number };
}

/**
 * The person rules about days, for the assignment: each person starts at most one shift a
 * calendar day, works at most `limit` days in each period of `limits`, and at most
 * `maxSlotsPerWeek` slots in a Monday–Sunday week.
 */
export interface AssignDayRules {
  /** Epoch minute of slot 0 and the slot length, to put shifts on calendar days. */
  startMinute: number;
  slotMinutes: number;
  limits: readonly DayLimit[];
  maxSlotsPerWeek?: number;
  /** The days planned for each person (see working-days): people planned for a shift's days are asked first. */
  planned?: ReadonlyMap<string, ReadonlySet<number>>;
}

/**
 * The calendar days (epoch days) a shift touches, and its slots in each Monday–Sunday week.
 *
 * @example shiftDays({ start: 20, length: 8 }, { startMinute: 0, slotMinutes: 60, limits: [] }).days // [0, 1]
 */
export function shiftDays(
  shift: { start: number; length: number },
  calendar: Pick<AssignDayRules, 'startMinute' | 'slotMinutes'>,
): { days: number[]; weekSlots: Map<number, number> } {
  const days: number[] = [];
  const weekSlots = new Map<number, number>();
  for (let t = shift.start; t < shift.start + shift.length; t++) {
    const day = Math.floor((calendar.startMinute + t * calendar.slotMinutes) / 1440);
    if (days[days.length - 1] !== day) days.push(day);
    const monday = mondayOf(day);
    weekSlots.set(monday, (weekSlots.get(monday) ?? 0) + 1);
  }
  return { days, weekSlots };
}

export interface AssignResult {
  assignments: Assignment[];
  /** Shifts nobody could take (an hours limit bound); they count as unmet demand. */
  unassigned: ShiftToStaff[];
  /** People used, in the order they first appear. */
  people: string[];
}

/** A person while shifts are handed out: when they are free again, and what they have worked so far. */
type Worker = Person & {
  freeAt: number;
  slots: number;
  days: Set<number>;
  startDays: Set<number>;
  weeks: Map<number, number>;
};

/** A person with nothing worked yet. */
function freshWorker(p: Person): Worker {
  return { ...p, freeAt: -Infinity, slots: 0, days: new Set(), startDays: new Set(), weeks: new Map() };
}

/** A new person for a shift nobody can take (unlimited people): A001, A002, … after the pool. */
function newWorker(pool: Worker[], group: number): Worker {
  const person = freshWorker({ name: `A${String(pool.length + 1).padStart(3, '0')}`, group });
  pool.push(person);
  return person;
}

/**
 * What a shift asks of a person: whether they may take it under every rule (their group, rest,
 * max_hours, one start a day, the day limits, hours a week), the days it would add outside
 * their planned days, and a preference score (lower first).
 */
function judgeShift(
  shift: ShiftToStaff,
  dayRules: AssignDayRules | undefined,
  limitsOn: ReadonlyMap<number, DayLimit[]>,
) {
  const calendar = dayRules ? shiftDays(shift, dayRules) : undefined;
  const startDay = calendar?.days[0] ?? 0;
  const concerned = calendar ? [...new Set(calendar.days.flatMap((day) => limitsOn.get(day) ?? []))] : [];
  const eligible = (person: Worker) => {
    if (person.group !== shift.group || person.freeAt > shift.start) return false;
    if (person.maxSlots !== undefined && person.slots + shift.length > person.maxSlots) return false;
    if (!dayRules || !calendar) return true;
    if (person.startDays.has(startDay)) return false;
    if (concerned.some((period) => exceedsLimit(period, (day) => person.days.has(day) || calendar.days.includes(day))))
      return false;
    const most = dayRules.maxSlotsPerWeek;
    return (
      most === undefined ||
      [...calendar.weekSlots].every(([monday, slots]) => (person.weeks.get(monday) ?? 0) + slots <= most)
    );
  };
  // Unplanned days the shift would add (0 when the person is planned for all its days).
  const unplanned = (person: Worker) => {
    const plan = dayRules?.planned?.get(person.name);
    return plan && calendar ? calendar.days.filter((day) => !plan.has(day) && !person.days.has(day)).length : 0;
  };
  const score = (person: Worker) => {
    if (!dayRules || !calendar) return [person.slots, person.freeAt];
    // Whoever already works the shift's days (a night shift's morning) spends no working day;
    // then whoever worked fewest of the six days before (days off spread), then fewest hours.
    const added = calendar.days.filter((day) => !person.days.has(day)).length;
    let recent = 0;
    for (let day = startDay - 6; day < startDay; day++) if (person.days.has(day)) recent++;
    return [unplanned(person), added, recent, person.slots, person.freeAt];
  };
  return { calendar, startDay, eligible, unplanned, score };
}

type Judged = ReturnType<typeof judgeShift>;

/** The hand-out in progress: the people, what they were given, and the shifts nobody could take. */
interface Handout {
  pool: Worker[];
  restSlots: number;
  assignments: Assignment[];
  unassigned: ShiftToStaff[];
  used: string[];
}

/** Gives a shift to a person: their hours, rest, days and weeks move on. */
function give(h: Handout, shift: ShiftToStaff, person: Worker, calendar: Judged['calendar']): void {
  if (person.slots === 0) h.used.push(person.name);
  person.slots += shift.length;
  person.freeAt = shift.start + shift.length + h.restSlots;
  if (calendar) {
    for (const day of calendar.days) person.days.add(day);
    person.startDays.add(calendar.days[0] ?? 0);
    for (const [monday, slots] of calendar.weekSlots) person.weeks.set(monday, (person.weeks.get(monday) ?? 0) + slots);
  }
  h.assignments.push({ ...shift, person: person.name });
}

/**
 * Day by day, each day's shifts matched to people at once (one start a day each): a maximum
 * matching, taking long shifts first, found by augmenting paths — first among the people
 * planned for the shift's days, then among anyone the rules still allow.
 */
function assignDayByDay(
  h: Handout,
  ordered: readonly ShiftToStaff[],
  dayRules: AssignDayRules,
  limitsOn: ReadonlyMap<number, DayLimit[]>,
  grow: boolean,
): void {
  const byDay = new Map<number, ShiftToStaff[]>();
  for (const shift of ordered) {
    const day = shiftDays(shift, dayRules).days[0] ?? 0;
    const list = byDay.get(day);
    if (list) list.push(shift);
    else byDay.set(day, [shift]);
  }
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const todays = [...(byDay.get(day) ?? [])].sort((a, b) => b.length - a.length || a.start - b.start);
    const edges = rankPeople(h.pool, todays, dayRules, limitsOn);
    const personOf = matchShifts(edges);
    todays.forEach((shift, i) => {
      let person = h.pool[personOf.get(i) ?? -1];
      // Unlimited people: a shift nobody can take goes to someone new.
      if (!person && grow) person = newWorker(h.pool, shift.group);
      if (person) give(h, shift, person, edges[i]?.judged.calendar);
      else h.unassigned.push(shift);
    });
  }
}

/**
 * For each of a day's shifts, the people who may take it, best first: those planned for its days,
 * and everyone. Copies of one shift (same start, length and group) ask the same of everyone:
 * their candidates are ranked once (7 days × 15 min, ~5,000 agents: ~20 copies a shift).
 */
function rankPeople(
  pool: readonly Worker[],
  todays: readonly ShiftToStaff[],
  dayRules: AssignDayRules,
  limitsOn: ReadonlyMap<number, DayLimit[]>,
) {
  const ranked = new Map<string, { judged: Judged; planned: number[]; all: number[] }>();
  return todays.map((shift) => {
    const key = `${shift.start}:${shift.length}:${shift.group}`;
    const known = ranked.get(key);
    if (known) return known;
    const judged = judgeShift(shift, dayRules, limitsOn);
    // The score packed into one number (each part is small and whole), so thousands of
    // candidates sort numerically; equal scores keep pool order, as before.
    const able: { index: number; planned: boolean; key: number }[] = [];
    pool.forEach((person, index) => {
      if (!judged.eligible(person)) return;
      able.push({ index, planned: judged.unplanned(person) === 0, key: packScore(judged.score(person)) });
    });
    able.sort((a, b) => a.key - b.key || a.index - b.index);
    const edge = { judged, planned: able.filter((a) => a.planned).map((a) => a.index), all: able.map((a) => a.index) };
    ranked.set(key, edge);
    return edge;
  });
}

/** Shift by shift, to the best-scoring person who may take it (or someone new, with unlimited people). */
function assignOneByOne(
  h: Handout,
  ordered: readonly ShiftToStaff[],
  dayRules: AssignDayRules,
  limitsOn: ReadonlyMap<number, DayLimit[]>,
  unlimited: boolean,
): void {
  for (const shift of ordered) {
    const judged = judgeShift(shift, dayRules, limitsOn);
    let best: Worker | undefined;
    let bestScore: number[] = [];
    for (const person of h.pool) {
      if (!judged.eligible(person)) continue;
      const score = judged.score(person);
      if (!best || lexicographicallyLess(score, bestScore)) {
        best = person;
        bestScore = score;
      }
    }
    if (!best && unlimited) best = newWorker(h.pool, shift.group);
    if (best) give(h, shift, best, judged.calendar);
    else h.unassigned.push(shift);
  }
}

/**
 * Assigns shifts to people. With `people` undefined, people are created as needed and
 * named A001, A002, … (the fewest that the shifts allow); with `grow`, people are added to
 * `people` in the same way when none can take a shift. With `dayRules`, a shift goes only to
 * someone it leaves within those rules, preferring whoever worked fewest of the last six days.
 *
 * @param restSlots least rest between two shifts of one person, in slots
 * @example assignShifts([{ start: 0, length: 8, group: -1 }, { start: 18, length: 8, group: -1 }], 10).people // ['A001']
 */
export function assignShifts(
  shifts: readonly ShiftToStaff[],
  restSlots: number,
  people?: readonly Person[],
  dayRules?: AssignDayRules,
  options: { grow?: boolean } = {},
): AssignResult {
  const ordered = [...shifts].sort((a, b) => a.start - b.start || b.length - a.length || a.group - b.group);
  const h: Handout = { pool: (people ?? []).map(freshWorker), restSlots, assignments: [], unassigned: [], used: [] };
  const limitsOn = limitsByDay(dayRules?.limits ?? []);
  if (dayRules && people) assignDayByDay(h, ordered, dayRules, limitsOn, options.grow === true);
  else if (!dayRules)
    return greedyByHeaps(
      ordered,
      h.pool,
      people === undefined,
      freshWorker,
      (shift, person, calendar) => give(h, shift, person, calendar),
      h,
    );
  else assignOneByOne(h, ordered, dayRules, limitsOn, people === undefined);
  return { assignments: h.assignments, unassigned: h.unassigned, people: h.used };
}

/**
 * A maximum matching of shifts to people (one shift each), by preference: each shift in order
 * takes its first free person, first among its `planned` people, then among `all`; a shift left
 * without anyone then looks for an augmenting path (Kuhn's algorithm), which moves others to
 * their next choices. Starting from the greedy matching keeps Kuhn's result maximum and spares
 * the search for every shift that found someone free (copies of a shift share one list, and
 * without the greedy start each copy searched past all the copies before it).
 *
 * @param edges per shift, people's indices in order of preference (`planned` ⊆ `all`)
 * @returns the person of each matched shift
 * @example matchShifts([{ planned: [0], all: [0, 1] }, { planned: [0], all: [0] }]) // Map { 0 → 1, 1 → 0 }
 */
export function matchShifts(
  edges: readonly { planned: readonly number[]; all: readonly number[] }[],
): Map<number, number> {
  const shiftOf = new Map<number, number>();
  const personOf = new Map<number, number>();
  const take = (i: number, person: number) => {
    shiftOf.set(person, i);
    personOf.set(i, person);
  };
  // Where each list's scan for a free person resumes: people once taken stay taken.
  const cursor = new Map<readonly number[], number>();
  const firstFree = (list: readonly number[]) => {
    let at = cursor.get(list) ?? 0;
    while (at < list.length && shiftOf.has(list[at] ?? -1)) at++;
    cursor.set(list, at);
    return list[at];
  };
  /**
   * An augmenting path from shift `from` by depth-first search, with an explicit stack (a path
   * can pass through thousands of shifts, too deep for recursion); moves the shifts along it.
   */
  const augment = (from: number, wide: boolean): boolean => {
    const listOf = (i: number) => (wide ? edges[i]?.all : edges[i]?.planned) ?? [];
    const seen = new Set<number>();
    // Each frame: a shift, the next position in its list, and the person it reached for.
    const path: { shift: number; at: number; person: number }[] = [{ shift: from, at: 0, person: -1 }];
    for (let frame = path.at(-1); frame; frame = path.at(-1)) {
      const list = listOf(frame.shift);
      let person: number | undefined;
      while (frame.at < list.length && person === undefined) {
        const next = list[frame.at++];
        if (next !== undefined && !seen.has(next)) person = next;
      }
      if (person === undefined) {
        path.pop();
        continue;
      }
      seen.add(person);
      frame.person = person;
      const holder = shiftOf.get(person);
      if (holder !== undefined) {
        path.push({ shift: holder, at: 0, person: -1 });
        continue;
      }
      // A free person: every shift on the path takes the person it reached for.
      for (const step of path) take(step.shift, step.person);
      return true;
    }
    return false;
  };
  for (const wide of [false, true]) {
    edges.forEach((edge, i) => {
      if (personOf.has(i)) return;
      const person = firstFree(wide ? edge.all : edge.planned);
      if (person !== undefined) take(i, person);
    });
    edges.forEach((_, i) => {
      if (!personOf.has(i)) augment(i, wide);
    });
  }
  return personOf;
}

/**
 * A day-rule score [unplanned days, added days, recent days, slots, free at] as one number
 * ordered the same way: the first three are below 8 and slots and free-at below 2^21 in any
 * roster cs-plan plans (free-at −∞, never worked, comes first).
 *
 * @example packScore([0, 1, 2, 30, -Infinity]) < packScore([0, 1, 2, 30, 5]) // true
 */
export function packScore(score: readonly number[]): number {
  const [unplanned = 0, added = 0, recent = 0, slots = 0, freeAt = 0] = score;
  const free = freeAt === -Infinity ? 0 : freeAt + 1;
  return ((unplanned * 8 + added) * 8 + recent) * 2 ** 42 + slots * 2 ** 21 + free;
}

/** A binary min-heap ordered by `less`. */
class Heap<T> {
  private readonly items: T[] = [];

  constructor(private readonly less: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(items[i] as T, items[parent] as T)) break;
      [items[i], items[parent]] = [items[parent] as T, items[i] as T];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.less(items[left] as T, items[smallest] as T)) smallest = left;
        if (right < items.length && this.less(items[right] as T, items[smallest] as T)) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest] as T, items[i] as T];
        i = smallest;
      }
    }
    return top;
  }
}

/**
 * The assignment without day rules, in O(shifts × log people): the same choice as scanning
 * everyone (the free person of the shift's group with the fewest slots, then the earliest free,
 * then the first in the pool), kept in heaps — scanning took 111 s for 20,000 shifts and
 * 7,600 people.
 */
function greedyByHeaps<W extends Person & { freeAt: number; slots: number }>(
  ordered: readonly ShiftToStaff[],
  pool: W[],
  unlimited: boolean,
  fresh: (p: Person) => W,
  give: (shift: ShiftToStaff, person: W, calendar: undefined) => void,
  result: { assignments: Assignment[]; unassigned: ShiftToStaff[]; used: string[] },
): AssignResult {
  type Entry = { person: W; index: number };
  const busy = new Heap<Entry>(
    (a, b) => a.person.freeAt < b.person.freeAt || (a.person.freeAt === b.person.freeAt && a.index < b.index),
  );
  const free = new Map<number, Heap<Entry>>();
  const freeOf = (group: number) => {
    let heap = free.get(group);
    if (!heap) {
      heap = new Heap<Entry>((a, b) =>
        lexicographicallyLess([a.person.slots, a.person.freeAt, a.index], [b.person.slots, b.person.freeAt, b.index]),
      );
      free.set(group, heap);
    }
    return heap;
  };
  for (const [i, person] of pool.entries()) busy.push({ person, index: i });
  for (const shift of ordered) {
    // Everyone free by the shift's start moves to their group's free heap.
    for (let top = busy.peek(); top && top.person.freeAt <= shift.start; top = busy.peek()) {
      busy.pop();
      freeOf(top.person.group).push(top);
    }
    const heap = freeOf(shift.group);
    const skipped: Entry[] = [];
    let chosen: Entry | undefined;
    for (let top = heap.pop(); top; top = heap.pop()) {
      const { maxSlots, slots } = top.person;
      if (maxSlots === undefined || slots + shift.length <= maxSlots) {
        chosen = top;
        break;
      }
      skipped.push(top);
    }
    for (const entry of skipped) heap.push(entry);
    if (!chosen && unlimited) {
      const person = fresh({ name: `A${String(pool.length + 1).padStart(3, '0')}`, group: shift.group });
      pool.push(person);
      chosen = { person, index: pool.length - 1 };
    }
    if (!chosen) {
      result.unassigned.push(shift);
      continue;
    }
    give(shift, chosen.person, undefined);
    busy.push(chosen);
  }
  return { assignments: result.assignments, unassigned: result.unassigned, people: result.used };
}

/** Whether `a` comes before `b`, comparing element by element. */
export function lexicographicallyLess(a: readonly number[], b: readonly number[]): boolean {
  for (let j = 0; j < a.length; j++) {
    const x = a[j] ?? 0;
    const y = b[j] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}
