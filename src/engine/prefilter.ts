/**
 * Keyword prefilter: one pass over the text, case-insensitive for ASCII, finds which keywords occur
 * (Aho–Corasick as a dense DFA over the 128 ASCII codes). A rule runs only when one of its keywords
 * occurs, so text without any keyword costs exactly this one pass.
 */
export interface Prefilter {
  /** Indices (into the list given to buildPrefilter) of the keywords found in `text`. */
  scan(text: string): Uint8Array;
  readonly keywordCount: number;
}

const ALPHABET = 128;

export function buildPrefilter(keywords: readonly string[]): Prefilter {
  // Trie construction. State 0 is the root.
  const goto: number[][] = [new Array<number>(ALPHABET).fill(-1)];
  const outputs: number[][] = [[]];
  keywords.forEach((kw, k) => {
    let s = 0;
    for (const ch of kw.toLowerCase()) {
      const c = ch.charCodeAt(0);
      if (c >= ALPHABET) throw new Error(`keyword "${kw}" is not ASCII`);
      let next = goto[s]![c]!;
      if (next === -1) {
        next = goto.length;
        goto.push(new Array<number>(ALPHABET).fill(-1));
        outputs.push([]);
        goto[s]![c] = next;
      }
      s = next;
    }
    outputs[s]!.push(k);
  });
  // Breadth-first: failure links folded into a complete DFA.
  const states = goto.length;
  const delta = new Int32Array(states * ALPHABET);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let c = 0; c < ALPHABET; c++) {
    const t = goto[0]![c]!;
    delta[c] = t === -1 ? 0 : t;
    if (t !== -1) queue.push(t);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    outputs[s]!.push(...outputs[fail[s]!]!);
    for (let c = 0; c < ALPHABET; c++) {
      const t = goto[s]![c]!;
      if (t === -1) {
        delta[s * ALPHABET + c] = delta[fail[s]! * ALPHABET + c]!;
      } else {
        fail[t] = delta[fail[s]! * ALPHABET + c]!;
        delta[s * ALPHABET + c] = t;
        queue.push(t);
      }
    }
  }
  const accepting = new Uint8Array(states);
  const outs: Int32Array[] = outputs.map((o) => Int32Array.from(new Set(o)));
  outs.forEach((o, s) => (accepting[s] = o.length > 0 ? 1 : 0));
  // Upper-case ASCII folds to lower-case; everything outside ASCII resets to the root.
  const fold = new Uint8Array(ALPHABET);
  for (let c = 0; c < ALPHABET; c++) fold[c] = c >= 65 && c <= 90 ? c + 32 : c;

  return {
    keywordCount: keywords.length,
    scan(text: string): Uint8Array {
      const found = new Uint8Array(keywords.length);
      let s = 0;
      for (let i = 0, n = text.length; i < n; i++) {
        const c = text.charCodeAt(i);
        s = c < ALPHABET ? delta[s * ALPHABET + fold[c]!]! : 0;
        if (accepting[s] === 1) {
          const o = outs[s]!;
          for (let j = 0; j < o.length; j++) found[o[j]!] = 1;
        }
      }
      return found;
    },
  };
}
