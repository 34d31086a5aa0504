/** The linear-time engine: re2js, a pure-JS port of RE2 (see matcher.ts for when it runs). */
import { RE2JS } from 're2js';
import type { Match, Matcher } from '../../types.js';
import { registerLinearEngine } from './plan-matcher.js';

export class LinearMatcher implements Matcher {
  readonly engine = 'linear' as const;
  private readonly re: RE2JS;
  private readonly groupCount: number;
  constructor(pattern: string, flags: string) {
    let f = 0;
    if (flags.includes('i')) f |= RE2JS.CASE_INSENSITIVE;
    if (flags.includes('s')) f |= RE2JS.DOTALL;
    if (flags.includes('m')) f |= RE2JS.MULTILINE;
    this.re = RE2JS.compile(pattern, f);
    this.groupCount = this.re.groupCount();
  }
  *matchAll(text: string): Iterable<Match> {
    // Asking for capture positions sends re2js through its step-by-step simulator; its lazy DFA
    // (test) is many times faster, and most text has no match at all.
    if (!this.re.test(text)) return;
    const m = this.re.matcher(text);
    let from = 0;
    while (from <= text.length && m.find(from)) {
      const start = m.start();
      const end = m.end();
      const groups: Array<[number, number] | undefined> = [];
      for (let g = 1; g <= this.groupCount; g++) {
        const s = m.start(g);
        groups.push(s < 0 ? undefined : [s, m.end(g)]);
      }
      yield { start, end, groups };
      from = end === start ? end + 1 : end;
    }
  }
  test(text: string): boolean {
    return this.re.test(text);
  }
}

registerLinearEngine({ LinearMatcher });
