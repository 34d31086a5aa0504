/**
 * Keyword prefilter: one pass over the text, case-insensitive for ASCII, finds which keywords occur
 * and where they first and last end (Aho–Corasick as a dense DFA). A rule runs only when one of its
 * keywords occurs — and, when every match must contain a keyword, only near where they occur — so text
 * without any keyword costs exactly this one pass.
 */
export interface KeywordHits {
  /** How many distinct keywords occur: their indices are `ids[0, count)`, in the order first seen. */
  count: number;
  ids: Int32Array;
  /** Offset just past the first and the last occurrence of each found keyword (indexed by keyword). */
  firstEnd: Int32Array;
  lastEnd: Int32Array;
}

export interface Prefilter {
  /**
   * The keywords in `text`. The arrays are the prefilter's own, reused by the next scan (a scan per
   * Fragment allocated three keyword-sized arrays, which a history of small Fragments felt): read
   * them before scanning again.
   */
  scan(text: string): KeywordHits;
  readonly keywordCount: number;
}

const ASCII = 128;

/**
 * The compiled automaton as plain data, so built-in rules can ship it precompiled (rules.json):
 * building it takes longer than a pre-commit hook should spend on it.
 */
export interface PrefilterData {
  keywords: string[];
  classes: number;
  /** Character class of each ASCII code (128 entries). */
  classOf: number[];
  /** Row-offset transition table (see below); a build ships it as a file of its own (src/rules/shipped.ts). */
  table: Int32Array;
  /** Keyword indices reported by each accepting state. */
  outs: Record<number, number[]>;
}

export function buildPrefilter(keywords: readonly string[]): Prefilter {
  return prefilterFromData(compilePrefilter(keywords));
}

export function compilePrefilter(keywords: readonly string[]): PrefilterData {
  // Only characters that occur in keywords get their own column; every other character is class 0,
  // whose column is left 0 — back to the root from every state (the scan loop relies on it).
  // A narrow table stays in cache, which matters more than anything else in this loop.
  const classOf = new Uint8Array(ASCII);
  let classes = 1;
  for (const kw of keywords) {
    for (const ch of kw.toLowerCase()) {
      const c = ch.charCodeAt(0);
      if (c >= ASCII) throw new Error(`keyword "${kw}" is not ASCII`);
      if (classOf[c] === 0) classOf[c] = classes++;
    }
  }
  for (let c = 65; c <= 90; c++) if (classOf[c + 32] !== 0 && classOf[c] === 0) classOf[c] = classOf[c + 32]!;

  // Trie, then failure links folded into a complete DFA (breadth-first).
  const goto: number[][] = [new Array<number>(classes).fill(-1)];
  const outputs: number[][] = [[]];
  keywords.forEach((kw, k) => {
    let s = 0;
    for (const ch of kw.toLowerCase()) {
      const c = classOf[ch.charCodeAt(0)]!;
      let next = goto[s]![c]!;
      if (next === -1) {
        next = goto.length;
        goto.push(new Array<number>(classes).fill(-1));
        outputs.push([]);
        goto[s]![c] = next;
      }
      s = next;
    }
    outputs[s]!.push(k);
  });
  const states = goto.length;
  const delta = new Int32Array(states * classes);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let c = 1; c < classes; c++) {
    const t = goto[0]![c]!;
    delta[c] = t === -1 ? 0 : t;
    if (t !== -1) queue.push(t);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    outputs[s]!.push(...outputs[fail[s]!]!);
    for (let c = 1; c < classes; c++) {
      const t = goto[s]![c]!;
      if (t === -1) {
        delta[s * classes + c] = delta[fail[s]! * classes + c]!;
      } else {
        fail[t] = delta[fail[s]! * classes + c]!;
        delta[s * classes + c] = t;
        queue.push(t);
      }
    }
  }
  const outSets = outputs.map((o) => [...new Set(o)]);
  // The table holds row offsets (state × classes), negated for accepting states: one load per
  // character, no multiplication, no separate "accepting?" lookup.
  const table = new Int32Array(states * classes);
  for (let i = 0; i < table.length; i++) {
    const t = delta[i]!;
    table[i] = outSets[t]!.length > 0 ? -(t * classes) - 1 : t * classes;
  }
  const outs: Record<number, number[]> = {};
  outSets.forEach((o, st) => {
    if (o.length > 0) outs[st] = o;
  });
  return {
    keywords: [...keywords],
    classes,
    classOf: [...classOf],
    table,
    outs,
  };
}

export function prefilterFromData(data: PrefilterData): Prefilter {
  const { keywords, classes } = data;
  // One entry per UTF-16 code unit (64 KB), so the loop has no range check: every code unit outside
  // the keywords' characters is class 0, whose column sends every state back to the root.
  const classOf = new Uint8Array(65536);
  classOf.set(data.classOf);
  const { table } = data;
  // Each accepting state's keywords, found by its row offset (what the loop has in hand): no division
  // per hit. The row indexes a typed array of list numbers, not an array of lists as long as the table
  // (78k slots), which start-up had to fill and every garbage collection to walk.
  const outLists: Int32Array[] = [];
  const outAt = new Int32Array(table.length);
  for (const [st, ks] of Object.entries(data.outs)) {
    outAt[Number(st) * classes] = outLists.length;
    outLists.push(Int32Array.from(ks));
  }

  const n = keywords.length;
  const found = new Uint8Array(n);
  const ids = new Int32Array(n);
  const firstEnd = new Int32Array(n);
  const lastEnd = new Int32Array(n);
  let count = 0;
  return {
    keywordCount: n,
    scan(text: string): KeywordHits {
      // Only the previous scan's keywords need clearing.
      for (let j = 0; j < count; j++) found[ids[j]!] = 0;
      count = 0;
      let row = 0;
      for (let i = 0, len = text.length; i < len; i++) {
        const e = table[row + classOf[text.charCodeAt(i)]!]!;
        if (e >= 0) {
          row = e;
          continue;
        }
        row = -e - 1;
        const o = outLists[outAt[row]!]!;
        for (let j = 0; j < o.length; j++) {
          const kw = o[j]!;
          if (found[kw] === 0) {
            found[kw] = 1;
            ids[count++] = kw;
            firstEnd[kw] = i + 1;
          }
          lastEnd[kw] = i + 1;
        }
      }
      return { count, ids, firstEnd, lastEnd };
    },
  };
}
