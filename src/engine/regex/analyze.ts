/**
 * Static analysis of a JavaScript regex: can V8's backtracking engine run it in linear time?
 *
 * A regex with only bounded repetition does a bounded amount of work per start position, so the whole
 * scan is linear in the input. How much work is what `ways` estimates: an upper bound on the number of
 * paths the backtracker can try from one start position. A greedy `C{m,n}` followed by something whose
 * first character can never be in `C` backtracks for free (each retry fails on one character), so those
 * steps add instead of multiply — which is what makes typical secret regexes provably cheap.
 */
import regjsparser, { type RootNode, type CharacterClassBody } from 'regjsparser';

const { parse } = regjsparser;

type Node = RootNode<{ namedGroups: true; lookbehind: true }>;

/** ASCII as a 128-bit set, plus one bit for "anything above U+007F". */
class CharSet {
  readonly bits = new Uint32Array(4);
  other = false;
  static all(): CharSet {
    const s = new CharSet();
    s.bits.fill(0xffffffff);
    s.other = true;
    return s;
  }
  add(cp: number): void {
    if (cp < 128) this.bits[cp >>> 5]! |= 1 << (cp & 31);
    else this.other = true;
  }
  addRange(lo: number, hi: number): void {
    for (let c = lo; c <= Math.min(hi, 127); c++) this.add(c);
    if (hi >= 128) this.other = true;
  }
  union(o: CharSet): CharSet {
    const s = new CharSet();
    for (let i = 0; i < 4; i++) s.bits[i] = this.bits[i]! | o.bits[i]!;
    s.other = this.other || o.other;
    return s;
  }
  complement(): CharSet {
    const s = new CharSet();
    for (let i = 0; i < 4; i++) s.bits[i] = ~this.bits[i]! >>> 0;
    s.other = true; // negated classes match non-ASCII characters
    return s;
  }
  intersects(o: CharSet): boolean {
    for (let i = 0; i < 4; i++) if ((this.bits[i]! & o.bits[i]!) !== 0) return true;
    return this.other && o.other;
  }
}

export interface RegexAnalysis {
  /** Some repetition has no upper bound (`*`, `+`, `{n,}`). */
  unbounded: boolean;
  /** Upper bound on backtracking paths per start position (Infinity when unbounded or huge). */
  ways: number;
  /** Upper bound on the length of a match (Infinity when unbounded). */
  maxLength: number;
  captureGroups: number;
  /** Constructs the linear engine cannot run and RE2 does not have. */
  unsupported?: string;
}

const CAP = 1e12;
const cap = (n: number): number => (n > CAP ? Infinity : n);

export function analyzeRegex(source: string, flags: string): RegexAnalysis {
  const ast = parse(source, flags, { namedGroups: true, lookbehind: true }) as Node;
  const ignoreCase = flags.includes('i');
  const dotAll = flags.includes('s');
  let unbounded = false;
  let captureGroups = 0;
  let unsupported: string | undefined;

  const escapeSet = (e: string): CharSet => {
    const s = new CharSet();
    const lower = e.toLowerCase();
    if (lower === 'd') s.addRange(48, 57);
    else if (lower === 'w') {
      s.addRange(48, 57);
      s.addRange(65, 90);
      s.addRange(97, 122);
      s.add(95);
    } else if (lower === 's') {
      for (const c of [9, 10, 11, 12, 13, 32]) s.add(c);
      s.other = true;
    }
    return e === lower ? s : s.complement();
  };
  const fold = (s: CharSet): CharSet => {
    if (!ignoreCase) return s;
    const f = new CharSet();
    f.other = s.other;
    for (let c = 0; c < 128; c++) {
      if ((s.bits[c >>> 5]! >>> (c & 31)) & 1) {
        f.add(c);
        if (c >= 65 && c <= 90) f.add(c + 32);
        if (c >= 97 && c <= 122) f.add(c - 32);
      }
    }
    return f;
  };
  const classBodySet = (b: CharacterClassBody): CharSet => {
    const s = new CharSet();
    if (b.type === 'value') s.add(b.codePoint);
    else if (b.type === 'characterClassRange') s.addRange(b.min.codePoint, b.max.codePoint);
    else if (b.type === 'characterClassEscape') return escapeSet(b.value);
    else return CharSet.all();
    return s;
  };

  /** The characters a node consumes when it is a single-character atom, else undefined. */
  const atomSet = (n: Node): CharSet | undefined => {
    switch (n.type) {
      case 'value': {
        const s = new CharSet();
        s.add(n.codePoint);
        return fold(s);
      }
      case 'characterClassEscape':
        return escapeSet(n.value);
      case 'dot': {
        if (dotAll) return CharSet.all();
        const nl = new CharSet();
        for (const c of [10, 13]) nl.add(c);
        const s = nl.complement();
        return s;
      }
      case 'characterClass': {
        let s = new CharSet();
        for (const b of n.body) s = s.union(classBodySet(b));
        s = fold(s);
        return n.negative ? s.complement() : s;
      }
      default:
        return undefined;
    }
  };

  interface Info {
    first: CharSet;
    nullable: boolean;
    maxLength: number;
  }
  const seqInfo = (nodes: Node[]): Info => {
    let first = new CharSet();
    let maxLength = 0;
    let nullable = true;
    for (const n of nodes) {
      const i = info(n);
      if (nullable) first = first.union(i.first);
      nullable = nullable && i.nullable;
      maxLength = cap(maxLength + i.maxLength);
    }
    return { first, nullable, maxLength };
  };
  const info = (n: Node): Info => {
    const atom = atomSet(n);
    if (atom) return { first: atom, nullable: false, maxLength: 1 };
    switch (n.type) {
      case 'anchor':
        return { first: new CharSet(), nullable: true, maxLength: 0 };
      case 'alternative':
        return seqInfo(n.body);
      case 'group':
        if (n.behavior !== 'normal' && n.behavior !== 'ignore') {
          return { first: new CharSet(), nullable: true, maxLength: 0 };
        }
        return seqInfo(n.body);
      case 'disjunction': {
        let first = new CharSet();
        let nullable = false;
        let maxLength = 0;
        for (const b of n.body) {
          const i = info(b);
          first = first.union(i.first);
          nullable ||= i.nullable;
          maxLength = Math.max(maxLength, i.maxLength);
        }
        return { first, nullable, maxLength };
      }
      case 'quantifier': {
        const i = info(n.body[0]);
        const max = n.max ?? Infinity;
        return { first: i.first, nullable: n.min === 0 || i.nullable, maxLength: cap(i.maxLength * max) };
      }
      default:
        return { first: CharSet.all(), nullable: true, maxLength: Infinity };
    }
  };

  /** Paths from one start position through `nodes`, given what may follow them. */
  const seqWays = (nodes: Node[], follow: CharSet): number => {
    let rest = 1;
    let after = follow;
    for (let k = nodes.length - 1; k >= 0; k--) {
      const n = nodes[k]!;
      const w = ways(n, after);
      // Only the greedy choice of a deterministic repeat reaches the rest; other choices fail at once.
      rest = cap(n.type === 'quantifier' && isDeterministicRepeat(n, after) ? rest + w - 1 : rest * w);
      const i = info(n);
      after = i.nullable ? i.first.union(after) : i.first;
    }
    return rest;
  };
  /** A repeat with one way through its body that either has a fixed count or cannot run into what follows. */
  const isDeterministicRepeat = (q: Node & { type: 'quantifier' }, follow: CharSet): boolean => {
    const body = q.body[0];
    if (ways(body, follow) !== 1) return false;
    if (q.min === q.max) return true;
    const i = info(body);
    return !i.nullable && !i.first.intersects(follow);
  };
  const ways = (n: Node, follow: CharSet): number => {
    if (atomSet(n)) return 1;
    switch (n.type) {
      case 'anchor':
        return 1;
      case 'alternative':
        return seqWays(n.body, follow);
      case 'group':
        if (n.behavior !== 'normal' && n.behavior !== 'ignore') {
          unsupported ??= 'look-around';
          return 1;
        }
        return seqWays(n.body, follow);
      case 'disjunction':
        return cap(n.body.reduce((s, b) => s + ways(b, follow), 0));
      case 'quantifier': {
        if (n.max === undefined) {
          unbounded = true;
          return Infinity;
        }
        const body = n.body[0];
        const bi = info(body);
        const w = ways(body, bi.first.union(follow));
        if (w === 1) return n.max - n.min + 1;
        let sum = 0;
        for (let k = n.min; k <= n.max && sum < CAP; k++) sum += w ** k;
        return cap(sum);
      }
      case 'reference':
        unsupported ??= 'back-references';
        return Infinity;
      default:
        return Infinity;
    }
  };
  const total = ways(ast, new CharSet());
  // Count capture groups even inside repeats that short-circuited.
  const countGroups = (n: Node): void => {
    if (n.type === 'group' && n.behavior === 'normal') captureGroups++;
    if (n.type === 'quantifier' && n.max === undefined) unbounded = true;
    if ('body' in n && Array.isArray(n.body)) for (const c of n.body as Node[]) countGroups(c);
  };
  countGroups(ast);
  return {
    unbounded,
    ways: unbounded ? Infinity : total,
    maxLength: info(ast).maxLength,
    captureGroups,
    ...(unsupported ? { unsupported } : {}),
  };
}
