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
  /** Upper bound on backtracking steps per start position (Infinity when unbounded or huge). */
  ways: number;
  /** Upper bound on the length of a match (Infinity when unbounded). */
  maxLength: number;
  captureGroups: number;
  /**
   * The shortest period of the literal every match starts with (1 when there is none). Heavy work can
   * only start where that literal occurs, at most once per `period` characters, so the work per input
   * character is bounded by `ways / period`.
   */
  prefixPeriod: number;
  /** Length of the literal every match starts with. */
  prefixLength: number;
  /** Starts with `^` (no m flag): one start position, so the work per text is `ways`, not per character. */
  anchored: boolean;
  /** Size of the automaton a linear-time engine builds: counted repetition is unrolled. */
  programSize: number;
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

  /**
   * `proceed`: how many distinct ways a node can match that what follows it will each try;
   * `cost`: how many steps trying them all takes. Both per start position, both upper bounds.
   */
  interface Cost {
    proceed: number;
    cost: number;
  }
  const seqCost = (nodes: Node[], follow: CharSet): Cost => {
    // What may follow each node: the FIRST set of the rest of the sequence (and beyond, if the rest can be empty).
    const after: CharSet[] = new Array<CharSet>(nodes.length);
    let f = follow;
    for (let k = nodes.length - 1; k >= 0; k--) {
      after[k] = f;
      const i = info(nodes[k]!);
      f = i.nullable ? i.first.union(f) : i.first;
    }
    let proceed = 1;
    let cost = 0;
    nodes.forEach((n, k) => {
      const c = walk(n, after[k]!);
      cost = cap(cost + proceed * c.cost);
      proceed = cap(proceed * c.proceed);
    });
    return { proceed, cost: Math.max(cost, 1) };
  };
  const walk = (n: Node, follow: CharSet): Cost => {
    if (atomSet(n)) return { proceed: 1, cost: 1 };
    switch (n.type) {
      case 'anchor':
        return { proceed: 1, cost: 1 };
      case 'alternative':
        return seqCost(n.body, follow);
      case 'group':
        if (n.behavior !== 'normal' && n.behavior !== 'ignore') {
          unsupported ??= 'look-around';
          return { proceed: 1, cost: 1 };
        }
        return seqCost(n.body, follow);
      case 'disjunction': {
        let proceed = 0;
        let cost = 0;
        for (const b of n.body) {
          const c = walk(b, follow);
          proceed = cap(proceed + c.proceed);
          cost = cap(cost + c.cost);
        }
        return { proceed, cost };
      }
      case 'quantifier': {
        if (n.max === undefined) {
          unbounded = true;
          return { proceed: Infinity, cost: Infinity };
        }
        const body = n.body[0];
        const bi = info(body);
        // The body is followed by itself only when it can repeat.
        const b = walk(body, n.max > 1 ? bi.first.union(follow) : follow);
        const choices = n.max - n.min + 1;
        if (b.proceed === 1) {
          // A one-way body repeated a fixed number of times, or unable to run into what follows:
          // only the greedy count reaches the rest; every shorter count fails on its first character.
          const deterministic = n.min === n.max || (!bi.nullable && !bi.first.intersects(follow));
          return { proceed: deterministic ? 1 : choices, cost: cap(n.max * b.cost + choices) };
        }
        let proceed = 0;
        for (let k = n.min; k <= n.max && proceed < CAP; k++) proceed += b.proceed ** k;
        proceed = cap(proceed);
        return { proceed, cost: cap(proceed * Math.max(1, b.cost) * Math.max(1, n.max)) };
      }
      case 'reference':
        unsupported ??= 'back-references';
        return { proceed: Infinity, cost: Infinity };
      default:
        return { proceed: Infinity, cost: Infinity };
    }
  };
  const total = walk(ast, new CharSet()).cost;
  // Count capture groups even inside repeats that short-circuited.
  const countGroups = (n: Node): void => {
    if (n.type === 'group' && n.behavior === 'normal') captureGroups++;
    if (n.type === 'quantifier' && n.max === undefined) unbounded = true;
    if ('body' in n && Array.isArray(n.body)) for (const c of n.body as Node[]) countGroups(c);
  };
  countGroups(ast);
  const literal = literalPrefix(ast).toLowerCase();
  const firstNode = ast.type === 'alternative' ? ast.body[0] : ast;
  return {
    anchored: !flags.includes('m') && firstNode?.type === 'anchor' && firstNode.kind === 'start',
    prefixLength: literal.length,
    programSize: programSize(ast),
    prefixPeriod: shortestPeriod(literal),
    unbounded,
    ways: unbounded ? Infinity : total,
    maxLength: info(ast).maxLength,
    captureGroups,
    ...(unsupported ? { unsupported } : {}),
  };
}

/** The literal text every match must start with (anchors skipped, groups entered). */
function literalPrefix(n: Node): string {
  let out = '';
  const visit = (nodes: Node[]): boolean => {
    for (const c of nodes) {
      if (c.type === 'anchor') continue;
      if (c.type === 'value') {
        out += String.fromCodePoint(c.codePoint);
        continue;
      }
      if (c.type === 'group' && (c.behavior === 'normal' || c.behavior === 'ignore')) {
        if (!visit(c.body)) return false;
        continue;
      }
      if (c.type === 'alternative') {
        if (!visit(c.body)) return false;
        continue;
      }
      return false;
    }
    return true;
  };
  visit([n]);
  return out;
}

/** Smallest p with s[i] = s[i+p] for every i (s.length when s has no shorter period; 1 for ''). */
export function shortestPeriod(s: string): number {
  if (s.length === 0) return 1;
  for (let p = 1; p < s.length; p++) {
    let ok = true;
    for (let i = 0; i + p < s.length && ok; i++) ok = s[i] === s[i + p];
    if (ok) return p;
  }
  return s.length;
}

/** Instructions RE2 would compile `n` to (roughly): counted repetition is unrolled. */
function programSize(n: Node): number {
  switch (n.type) {
    case 'alternative':
    case 'group':
      return n.body.reduce((s: number, c) => s + programSize(c as Node), 0);
    case 'disjunction':
      return n.body.reduce((s: number, c) => s + programSize(c as Node) + 1, 0);
    case 'quantifier': {
      const body = programSize(n.body[0]);
      return cap((n.max === undefined ? n.min + 1 : n.max) * (body + 1));
    }
    default:
      return 1;
  }
}
