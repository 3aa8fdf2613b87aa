/**
 * SQL's LIKE over whole values: % is any run of characters (none included), _ exactly one character
 * (a code point: an emoji is one character, as in the database), everything else itself. Case is the
 * caller's business: the SQL filter folds the pattern and the value before they meet here.
 *
 * The pattern is administrator-written and the value comes from CUCM, so the match must stay cheap for
 * any pair. A regular expression built from the pattern backtracks: '%a%a%a%a%a%a%a%a%b' against a long
 * run of 'a' takes exponential time. This is the classic two-pointer wildcard match instead: on a
 * mismatch it only ever returns to the LAST % seen, because whatever an earlier % could have absorbed,
 * the later one can absorb as well. Each value character is then revisited at most once per pattern
 * character: O(value x pattern) at worst, linear in the value for a given pattern, and no recursion.
 */

/** The wildcards among the pattern's steps (every other step is the code point to match), and past its end. */
const ANY_RUN = -1;
const ONE = -2;
const END = -3;

/** The pattern as steps, one per character (a typed array: the inner loop stays on plain integers). */
function stepsOf(pattern: string): Int32Array {
  const steps: number[] = [];
  for (const c of pattern) {
    // Runs of % mean what one % means; collapsing them keeps the scan short.
    if (c === '%' && steps[steps.length - 1] === ANY_RUN) continue;
    steps.push(c === '%' ? ANY_RUN : c === '_' ? ONE : c.codePointAt(0)!);
  }
  return Int32Array.from(steps);
}

/** UTF-16 units taken by a code point. */
const width = (code: number) => (code > 0xffff ? 2 : 1);

/** A matcher for one pattern, compiled once and used for every value. */
export function likeMatcher(pattern: string): (value: string) => boolean {
  const steps = stepsOf(pattern);
  return (value) => {
    let p = 0;
    let v = 0;
    /** The last % met (its step index), and where in the value its run currently ends. */
    let star = -1;
    let starEnd = 0;
    while (v < value.length) {
      const step = p < steps.length ? steps[p]! : END;
      const code = value.codePointAt(v)!;
      if (step === ANY_RUN) {
        star = p;
        starEnd = v;
        p += 1;
      } else if (step === ONE || step === code) {
        p += 1;
        v += width(code);
      } else if (star >= 0) {
        // Let the last % absorb one more character and try the rest of the pattern from there.
        starEnd += width(value.codePointAt(starEnd)!);
        v = starEnd;
        p = star + 1;
      } else {
        return false;
      }
    }
    while (p < steps.length && steps[p] === ANY_RUN) p += 1;
    return p === steps.length;
  };
}
