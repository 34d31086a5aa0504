/**
 * Runs the quality corpus through the engine and turns the outcome into figures and a printable report.
 */
import type { Detector } from '../../src/engine/detect.js';
import { createDetector, loadBuiltinRuleSet } from '../../src/index.js';
import type { Finding, Suppression } from '../../src/types.js';
import type { Case, Expect } from './cases.js';
import { decoyCases, informationalCases } from './decoys.js';
import { type CorpusSet, positiveCases } from './positives.js';
import { redact } from './rng.js';

export const DEFAULT_SEEDS = [1, 2, 3];

export interface Outcome {
  seed: number;
  c: Case;
  findings: Finding[];
  suppressed: Suppression[];
  /** Positives: expectations no finding met. */
  missing: Expect[];
  /** Positives: rules whose findings met an expectation. */
  detectedBy: string[];
}

export interface GroupStat {
  cases: number;
  /** Positives: detected; decoys: with a finding. */
  hits: number;
  rules: Set<string>;
}

export interface SeedResult {
  seed: number;
  positives: Outcome[];
  decoys: Outcome[];
  info: Outcome[];
}

const spellings = (e: Expect): string[] => [e.secret, ...(e.alternatives ?? [])];
const meets = (f: Finding, e: Expect): boolean => spellings(e).some((x) => (e.mode === 'exact' ? f.secret === x : f.secret.includes(x)));
const overlaps = (s: string, e: Expect): boolean => s.length > 0 && spellings(e).some((x) => s.includes(x) || x.includes(s));

let shared: Detector | undefined;
export function detector(): Detector {
  return (shared ??= createDetector(loadBuiltinRuleSet()));
}

function run(seed: number, c: Case, d: Detector): Outcome {
  const { findings, suppressed } = d.detect({ text: c.text, path: c.path, startLine: 1 });
  const missing = c.expect.filter((e) => !findings.some((f) => meets(f, e)));
  const detectedBy = [...new Set(findings.filter((f) => c.expect.some((e) => meets(f, e))).map((f) => f.ruleId))];
  return { seed, c, findings, suppressed, missing, detectedBy };
}

export function evaluateSeed(seed: number, d: Detector = detector(), set: CorpusSet = 'main'): SeedResult {
  return {
    seed,
    positives: positiveCases(seed, set).map((c) => run(seed, c, d)),
    decoys: decoyCases(seed, set).map((c) => run(seed, c, d)),
    info: set === 'main' ? informationalCases(seed).map((c) => run(seed, c, d)) : [],
  };
}

export interface Figures {
  positives: number;
  detected: number;
  recall: number;
  decoys: number;
  falsePositives: number;
  fpRate: number;
  providers: number;
  decoyKinds: number;
}

export function figures(results: SeedResult[]): Figures {
  const pos = results.flatMap((r) => r.positives);
  const dec = results.flatMap((r) => r.decoys);
  const detected = pos.filter((o) => o.missing.length === 0).length;
  const fp = dec.filter((o) => o.findings.length > 0).length;
  return {
    positives: pos.length,
    detected,
    recall: pos.length ? detected / pos.length : 1,
    decoys: dec.length,
    falsePositives: fp,
    fpRate: dec.length ? fp / dec.length : 0,
    providers: new Set(pos.map((o) => o.c.group)).size,
    decoyKinds: new Set(dec.map((o) => o.c.group)).size,
  };
}

function groupStats(outcomes: Outcome[], hit: (o: Outcome) => boolean, rulesOf: (o: Outcome) => string[]): Map<string, GroupStat> {
  const m = new Map<string, GroupStat>();
  for (const o of outcomes) {
    const g = m.get(o.c.group) ?? { cases: 0, hits: 0, rules: new Set<string>() };
    g.cases++;
    if (hit(o)) g.hits++;
    for (const r of rulesOf(o)) g.rules.add(r);
    m.set(o.c.group, g);
  }
  return new Map([...m.entries()].sort((a, b) => a[0].localeCompare(b[0])));
}

const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;
const where = (o: Outcome): string => `${o.c.kind} in ${o.c.context} (${o.c.path})`;
const describeFinding = (f: Finding): string => `${f.ruleId} «${redact(f.secret)}» L${f.line}`;

/** One line per miss: what was expected, what was found instead, what was found and then suppressed. */
export function describeMiss(o: Outcome): string {
  const parts = [`[seed ${o.seed} ${o.c.id}] ${where(o)}`];
  for (const e of o.missing) {
    parts.push(`    missing ${e.mode} «${redact(e.secret)}»`);
    const partial = o.findings.filter((f) => overlaps(f.secret, e));
    if (partial.length) parts.push(`      partial: ${partial.map(describeFinding).join('; ')}`);
    const sup = o.suppressed.filter((s) => overlaps(s.finding.secret, e));
    if (sup.length) parts.push(`      suppressed: ${sup.map((s) => `${s.finding.ruleId} (${s.kind}: ${s.reason})`).join('; ')}`);
  }
  const others = o.findings.filter((f) => !o.missing.some((e) => overlaps(f.secret, e)));
  if (others.length) parts.push(`      other findings: ${others.map(describeFinding).join('; ')}`);
  return parts.join('\n');
}

export function describeFalsePositive(o: Outcome): string {
  return `[seed ${o.seed} ${o.c.id}] ${where(o)}\n      ${o.findings.map(describeFinding).join('\n      ')}`;
}

export function formatReport(results: SeedResult[], title = 'leakward detection quality'): string {
  const f = figures(results);
  const pos = results.flatMap((r) => r.positives);
  const dec = results.flatMap((r) => r.decoys);
  const info = results.flatMap((r) => r.info);
  const out: string[] = [];
  out.push(`${title} — seeds ${results.map((r) => r.seed).join(', ')}`);
  out.push('');
  for (const r of results) {
    const s = figures([r]);
    out.push(`  seed ${r.seed}: recall ${pct(s.recall)} (${s.detected}/${s.positives}), FP rate ${pct(s.fpRate)} (${s.falsePositives}/${s.decoys})`);
  }
  out.push('');
  out.push(`RECALL   ${pct(f.recall)}  (${f.detected} of ${f.positives} positives, ${f.providers} providers)`);
  out.push(`FP RATE  ${pct(f.fpRate)}  (${f.falsePositives} of ${f.decoys} decoys with a finding, ${f.decoyKinds} decoy kinds)`);
  out.push('');

  out.push('Per provider (all seeds)          cases  detected   recall  rules that found them');
  for (const [g, s] of groupStats(pos, (o) => o.missing.length === 0, (o) => o.detectedBy)) {
    out.push(`  ${g.padEnd(30)} ${String(s.cases).padStart(6)} ${String(s.hits).padStart(9)} ${pct(s.hits / s.cases).padStart(8)}  ${[...s.rules].sort().join(', ')}`);
  }
  out.push('');
  out.push('Per decoy kind (all seeds)        cases        FP  FP rate  rules that fired');
  for (const [g, s] of groupStats(dec, (o) => o.findings.length > 0, (o) => o.findings.map((x) => x.ruleId))) {
    out.push(`  ${g.padEnd(30)} ${String(s.cases).padStart(6)} ${String(s.hits).padStart(9)} ${pct(s.hits / s.cases).padStart(8)}  ${[...s.rules].sort().join(', ')}`);
  }
  out.push('');

  // Positives found only by a generic rule although the provider has its own format.
  const genericOnly = pos.filter((o) => o.missing.length === 0 && o.detectedBy.length > 0 && o.detectedBy.every((id) => o.findings.find((x) => x.ruleId === id)?.tags.includes('generic')));
  const genericByKind = new Map<string, number>();
  for (const o of genericOnly) genericByKind.set(o.c.kind, (genericByKind.get(o.c.kind) ?? 0) + 1);
  if (genericByKind.size) {
    out.push('Detected only by a generic-tagged rule (counted as detected; for provider tokens a provider rule would name and remediate it):');
    for (const [k, c] of [...genericByKind.entries()].sort()) out.push(`  ${k}: ${c}`);
    out.push('');
  }

  const contexts = new Map<string, { cases: number; hits: number }>();
  for (const o of pos) {
    const s = contexts.get(o.c.context) ?? { cases: 0, hits: 0 };
    s.cases++;
    if (o.missing.length === 0) s.hits++;
    contexts.set(o.c.context, s);
  }
  out.push('Recall per context: ' + [...contexts.entries()].sort().map(([k, s]) => `${k} ${s.hits}/${s.cases}`).join(', '));
  out.push('');

  const misses = pos.filter((o) => o.missing.length > 0);
  out.push(`MISSES (${misses.length})`);
  for (const o of misses) out.push(describeMiss(o));
  out.push('');
  const fps = dec.filter((o) => o.findings.length > 0);
  out.push(`FALSE POSITIVES (${fps.length})`);
  for (const o of fps) out.push(describeFalsePositive(o));
  out.push('');
  const nearMiss = dec.filter((o) => o.findings.length === 0 && o.suppressed.length > 0);
  const byKind = new Map<string, number>();
  for (const o of nearMiss) for (const s of o.suppressed) byKind.set(`${s.finding.ruleId} (${s.kind})`, (byKind.get(`${s.finding.ruleId} (${s.kind})`) ?? 0) + 1);
  out.push(`Decoys that reached a rule and were then dropped (they exercise the filters, not just the regexes): ${nearMiss.length}/${dec.length}`);
  for (const [k, c] of [...byKind.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) out.push(`  ${k}: ${c}`);
  out.push('');
  if (info.length === 0) return out.join('\n');
  const infoHit = info.filter((o) => o.missing.length === 0).length;
  out.push(`Informational, not counted: random sk_test_ keys reported ${infoHit}/${info.length} (rules: ${[...new Set(info.flatMap((o) => o.detectedBy))].join(', ') || 'none'})`);
  return out.join('\n');
}
