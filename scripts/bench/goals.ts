/** Goals of issue 7 and how a figure is printed next to its goal (met, or missed by how much). */
export interface Verdict { figure: string; goal: string; verdict: string }

/** A figure that should be at most `goal` (times, sizes, ratios to a floor). */
export function atMost(value: number, goal: number, unit: string, digits = 1): Verdict {
  return {
    figure: `${value.toFixed(digits)} ${unit}`.trim(),
    goal: `≤ ${goal} ${unit}`.trim(),
    verdict: value <= goal ? 'met' : `MISSED by ${(value / goal).toFixed(1)}× (+${(value - goal).toFixed(digits)} ${unit})`.replace(' )', ')'),
  };
}

/** A figure that should be at least `goal` (speed-ups). */
export function atLeast(value: number, goal: number, unit: string, digits = 1): Verdict {
  return {
    figure: `${value.toFixed(digits)}${unit}`,
    goal: `≥ ${goal}${unit}`,
    verdict: value >= goal ? 'met' : `MISSED by ${(goal / value).toFixed(1)}×`,
  };
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
