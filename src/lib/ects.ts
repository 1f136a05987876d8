/**
 * ECTS and hour totals computed from a programme's structure, to show beside the totals
 * the sources state. A unit counts its own ECTS when the source gives them;
 * otherwise the ECTS of its courses (the `pick` cheapest-first is not guessed:
 * a choice rule with courses of unequal ECTS leaves the unit uncounted).
 * Elective units (mandatory: false) are counted apart. Hours follow the same rules
 * (a unit's own hours, else the sum of its courses' hours), so that a total is
 * either complete or said to be partial, never guessed.
 */
import { totalHours } from './format';
import type { CourseData } from '../schemas/courses';
import type { ProgrammeData } from '../schemas/programmes';

type Group = ProgrammeData['structure'][number];
type Unit = Group['units'][number];
type CourseLookup = (id: string) => Pick<CourseData, 'ects' | 'hours'> | undefined;

export interface UnitTotal {
  /** ECTS of the unit, or undefined when the data does not determine it. */
  ects?: number;
}

export function unitEcts(unit: Unit, course: CourseLookup): number | undefined {
  if (unit.ects !== undefined) return unit.ects;
  const values = unit.courses.map((c) => course(c.course.id)?.ects);
  if (values.length === 0 || values.some((v) => v === undefined)) return undefined;
  const ects = values as number[];
  if (!unit.choice) return ects.reduce((a, b) => a + b, 0);
  if (unit.choice.atLeast || new Set(ects).size > 1) return undefined;
  return ects[0] * unit.choice.pick;
}

export interface GroupTotal {
  /** Sum of the mandatory (or unmarked) units whose ECTS are known. */
  ects: number;
  /** ECTS of elective units, counted apart. */
  electiveEcts: number;
  /** `false` when at least one non-elective unit's ECTS is unknown. */
  complete: boolean;
}

export function groupEcts(group: Group, course: CourseLookup): GroupTotal {
  let ects = 0;
  let electiveEcts = 0;
  let complete = true;
  for (const unit of group.units) {
    const value = unitEcts(unit, course);
    if (unit.mandatory === false) electiveEcts += value ?? 0;
    else if (value === undefined) complete = false;
    else ects += value;
  }
  return { ects, electiveEcts, complete };
}

/** Hours of a unit: its own total, else its courses' (same choice rule as ECTS); undefined when unknown. */
export function unitHours(unit: Unit, course: CourseLookup): number | undefined {
  const own = totalHours(unit.hours);
  if (own !== undefined) return own;
  const values = unit.courses.map((c) => totalHours(course(c.course.id)?.hours));
  if (values.length === 0 || values.some((v) => v === undefined)) return undefined;
  const hours = values as number[];
  if (!unit.choice) return hours.reduce((a, b) => a + b, 0);
  if (unit.choice.atLeast || new Set(hours).size > 1) return undefined;
  return hours[0] * unit.choice.pick;
}

export interface Total {
  /** Sum of the known values of the non-elective units. */
  value: number;
  /** `false` when at least one non-elective unit's value is unknown: `value` is then a lower bound. */
  complete: boolean;
  /** `true` when at least one value is known (a partial sum of nothing says nothing). */
  known: boolean;
}

/**
 * A unit's value: exact when the data determine it; otherwise, for a unit without a choice
 * rule, the sum of the courses whose value the source gives (partial), else unknown.
 */
function unitTotal(unit: Unit, exact: number | undefined, ofCourse: (id: string) => number | undefined): Total {
  if (exact !== undefined) return { value: exact, complete: true, known: true };
  if (unit.choice) return { value: 0, complete: false, known: false };
  const known = unit.courses.map((c) => ofCourse(c.course.id)).filter((v): v is number => v !== undefined);
  return { value: known.reduce((a, b) => a + b, 0), complete: false, known: known.length > 0 };
}

/** ECTS and hours of a group (semester, period, option), for a line visible without opening it. */
export function groupTotals(group: Group, course: CourseLookup): { ects: Total; hours: Total } {
  const units = group.units.filter((u) => u.mandatory !== false);
  const sum = (totals: Total[]): Total => ({
    value: totals.reduce((a, t) => a + t.value, 0),
    complete: totals.length > 0 && totals.every((t) => t.complete),
    known: totals.some((t) => t.known),
  });
  return {
    ects: sum(units.map((u) => unitTotal(u, unitEcts(u, course), (id) => course(id)?.ects))),
    hours: sum(units.map((u) => unitTotal(u, unitHours(u, course), (id) => totalHours(course(id)?.hours)))),
  };
}
