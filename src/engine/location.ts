/** Offsets → 1-based line and column, computed only for text that has findings. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** 0-based line index of `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  position(offset: number): { line: number; column: number } {
    const l = this.lineOf(offset);
    return { line: l, column: offset - this.starts[l]! + 1 };
  }
  /** Offset of a 0-based line and 1-based column. */
  offsetOf(line: number, column: number): number {
    return (this.starts[line] ?? this.text.length) + column - 1;
  }
  lineText(line: number): string {
    const start = this.starts[line]!;
    const next = this.starts[line + 1];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
}
