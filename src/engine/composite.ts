/**
 * gitleaks composite rules: a rule with `[[rules.required]]` is reported only when each required
 * rule also matches in the same fragment — within `withinLines` lines and `withinColumns` columns
 * when given — and a rule with `skipReport = true` only ever serves as such a requirement.
 */
import type { Finding, Rule, Suppression } from '../types.js';

export function hasComposite(rules: Iterable<Rule>): boolean {
  for (const r of rules) if (r.required || r.skipReport) return true;
  return false;
}

function near(f: Finding, g: Finding, req: NonNullable<Rule['required']>[number]): boolean {
  return (req.withinLines === undefined || Math.abs(g.line - f.line) <= req.withinLines) &&
    (req.withinColumns === undefined || Math.abs(g.column - f.column) <= req.withinColumns);
}

export function applyComposite(findings: Finding[], rules: ReadonlyMap<string, Rule>): { kept: Finding[]; suppressed: Suppression[] } {
  const kept: Finding[] = [];
  const suppressed: Suppression[] = [];
  for (const f of findings) {
    const rule = rules.get(f.ruleId);
    if (rule?.skipReport) {
      suppressed.push({ finding: f, kind: 'composite', reason: `rule "${f.ruleId}" has skipReport: it only counts as part of a composite rule` });
      continue;
    }
    let missing: string | undefined;
    for (const req of rule?.required ?? []) {
      const g = findings.find((x) => x !== f && x.ruleId === req.id && near(f, x, req));
      if (!g) {
        const within = [req.withinLines !== undefined ? `${req.withinLines} line(s)` : '', req.withinColumns !== undefined ? `${req.withinColumns} column(s)` : '']
          .filter(Boolean).join(' and ');
        missing = `composite rule: no "${req.id}" match ${within ? `within ${within}` : 'in the same file'}`;
        break;
      }
      f.reasons.push(`required rule "${req.id}" matches at line ${g.line}`);
    }
    if (missing) suppressed.push({ finding: f, kind: 'composite', reason: missing });
    else kept.push(f);
  }
  return { kept, suppressed };
}
