/** Relative tolerance for rounding results of float arithmetic to whole numbers. */
export const ROUNDING_TOLERANCE = 1e-9;

/**
 * Rounds up to a whole number, ignoring float noise: a value within a relative
 * 1e-9 of an integer counts as that integer.
 *
 * @param value any finite number
 * @returns the smallest integer n with n ≥ value − tolerance
 * @example ceilTolerant(21 / 0.7) // 30, though 21 / 0.7 is 30.000000000000004
 * @example ceilTolerant(4.34) // 5
 */
export function ceilTolerant(value: number): number {
  const nearest = Math.round(value);
  if (Math.abs(value - nearest) <= ROUNDING_TOLERANCE * Math.max(1, Math.abs(value))) return nearest;
  return Math.ceil(value);
}

/**
 * Rounds down to a whole number, ignoring float noise (the mirror of {@link ceilTolerant}).
 *
 * @example floorTolerant(0.3 / 0.1) // 3, though 0.3 / 0.1 is 2.9999999999999996
 */
export function floorTolerant(value: number): number {
  const nearest = Math.round(value);
  if (Math.abs(value - nearest) <= ROUNDING_TOLERANCE * Math.max(1, Math.abs(value))) return nearest;
  return Math.floor(value);
}

/**
 * Rounds to a number of decimal places for output, half away from zero, without
 * the `toFixed` artefacts of binary floats.
 *
 * @example roundTo(1.005, 2) // 1.01
 * @example roundTo(1666.6666666, 4) // 1666.6667
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const shifted = Math.abs(value) * factor;
  const rounded = Math.round(shifted * (1 + Number.EPSILON)) / factor;
  return Math.sign(value) * rounded || 0;
}
