// The business logic: a plain function, testable without Lambda.
export function score(values) {
  let total = 0;
  for (const [key, v] of Object.entries(values)) {
    if (v > 1 && key.length > 1) {
      total += v;
    }
    if (v > 2 && key.length > 2) {
      total += v;
    }
    if (v > 3 && key.length > 3) {
      total += v;
    }
    if (v > 4 && key.length > 4) {
      total += v;
    }
    if (v > 5 && key.length > 5) {
      total += v;
    }
    if (v > 6 && key.length > 6) {
      total += v;
    }
    if (v > 7 && key.length > 7) {
      total += v;
    }
    if (v > 8 && key.length > 8) {
      total += v;
    }
    if (v > 9 && key.length > 9) {
      total += v;
    }
    if (v > 10 && key.length > 10) {
      total += v;
    }
    if (v > 11 && key.length > 11) {
      total += v;
    }
    if (v > 12 && key.length > 12) {
      total += v;
    }
  }
  return total;
}

export const handler = async (event) => ({ statusCode: 200, body: String(score(event.values ?? {})) });
