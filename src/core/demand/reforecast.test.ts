import { describe, expect, it } from 'vitest';
import { reforecast } from './reforecast.js';

describe('reforecast', () => {
  it('scales what is still to come by actual ÷ planned over the trend slots, and takes the actuals before', () => {
    const fit = reforecast([10, 10, 20, 20, 40], [5, 13, 26, 0, 0], 3, 2, 0.5, 3);
    // Trend slots 1–2: 39 actual vs 30 planned = ×1.3; slot 0 lies before the trend.
    expect(fit).toMatchObject({ fromSlot: 1, toSlot: 3, planned: 30, actual: 39, plannedAhead: 60 });
    expect(fit.ratio).toBeCloseTo(1.3, 12);
    expect(fit.inquiries.slice(0, 3)).toEqual([5, 13, 26]);
    expect(fit.inquiries[3]).toBeCloseTo(26, 12);
    expect(fit.inquiries[4]).toBeCloseTo(52, 12);
    expect(fit.revisedAhead).toBeCloseTo(78, 12);
  });

  it('bounds the ratio, and keeps the plan when it expected nothing in the trend window', () => {
    expect(reforecast([10, 10], [50, 0], 1, 1, 0.5, 3)).toMatchObject({ ratio: 3, rawRatio: 5, inquiries: [50, 30] });
    expect(reforecast([10, 10], [1, 0], 1, 1, 0.5, 3)).toMatchObject({ ratio: 0.5, inquiries: [1, 5] });
    expect(reforecast([0, 10], [7, 0], 1, 1, 0.5, 3)).toMatchObject({ ratio: 1, rawRatio: 1, inquiries: [7, 10] });
  });

  it('with actuals equal to the plan, changes nothing ahead', () => {
    const planned = [12.7069, 6.3535, 30.25, 8];
    expect(reforecast(planned, planned, 2, 3, 0.5, 3).inquiries).toEqual(planned);
  });
});
