import { describe, expect, it } from 'vitest';
import { insideMealWindow, mealWindows, windowsText } from './meal-window.js';

describe('meal windows', () => {
  it('a break lies wholly inside a window, on any day, over midnight too', () => {
    const windows = mealWindows([{ from: 660, to: 840 }, { from: 1380, to: 60 }]);
    expect(windows).toEqual([{ from: 660, to: 840 }, { from: 1380, to: 1500 }]);
    expect(insideMealWindow(780, 60, windows)).toBe(true); // 13:00–14:00
    expect(insideMealWindow(810, 60, windows)).toBe(false); // 13:30–14:30
    expect(insideMealWindow(1440 * 3 + 1410, 60, windows)).toBe(true); // 23:30–00:30 on day 3
    expect(insideMealWindow(30, 30, windows)).toBe(true); // 00:30–01:00
    expect(windowsText(windows)).toBe('11:00-14:00, 23:00-01:00');
  });
});
