/**
 * ECTS totals computed from a programme's structure, to show beside the totals
 * the sources state. A unit counts its own ECTS when the source gives them;
 * otherwise the ECTS of its courses (the `pick` cheapest-first is not guessed:
 * a choice rule with courses of unequal ECTS leaves the unit uncounted).
 * Elective units (mandatory: false) are counted apart.
 */
import type { CourseData } from '../schemas/courses';
import type { ProgrammeData } from '../schemas/programmes';

type Group = ProgrammeData['structure'][number];
type Unit = Group['units'][number];
type CourseLookup = (id: string) => Pick<CourseData, 'ects'> | undefined;

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
