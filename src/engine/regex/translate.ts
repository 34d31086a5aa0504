/**
 * Rules are written in RE2 syntax (gitleaks' dialect). V8's RegExp accepts most of it; this turns the
 * rest into the JavaScript equivalent, or says it cannot (then the rule runs on the linear engine,
 * which reads RE2 syntax natively).
 */
export interface Translation {
  /** JavaScript source, or undefined when only the linear engine can run this regex. */
  source?: string;
  flags: string;
  /** Why no JavaScript source could be produced. */
  untranslatable?: string;
}

const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

const LEADING_FLAGS = /^\(\?([imsU]+)\)/;

export function translateRe2(pattern: string): Translation {
  let flags = '';
  let body = pattern;
  const lead = LEADING_FLAGS.exec(body);
  if (lead) {
    for (const f of lead[1]!) {
      if (f === 'U') return { flags, untranslatable: 'the ungreedy flag (?U)' };
      if (!flags.includes(f)) flags += f;
    }
    body = body.slice(lead[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const n = body[i + 1];
      if (n === undefined) return { flags, untranslatable: 'a trailing backslash' };
      if (!inClass && n === 'A') {
        if (flags.includes('m')) return { flags, untranslatable: '\\A with the m flag' };
        out += '^';
      } else if (!inClass && n === 'z') {
        if (flags.includes('m')) return { flags, untranslatable: '\\z with the m flag' };
        out += '$';
      } else if (n === 'Q') {
        const end = body.indexOf('\\E', i + 2);
        const lit = body.slice(i + 2, end === -1 ? body.length : end);
        out += lit.replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&');
        i = end === -1 ? body.length : end + 1;
        continue;
      } else if (n === 'p' || n === 'P') {
        return { flags, untranslatable: 'Unicode classes (\\p)' };
      } else {
        out += c + n;
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[' && body[i + 1] === ':') {
        const close = body.indexOf(':]', i + 2);
        if (close !== -1) {
          let name = body.slice(i + 2, close);
          const negated = name.startsWith('^');
          if (negated) return { flags, untranslatable: `negated POSIX class [:${name}:]` };
          name = name.trim();
          const expansion = POSIX_CLASSES[name];
          if (!expansion) return { flags, untranslatable: `unknown POSIX class [:${name}:]` };
          out += expansion;
          i = close + 1;
          continue;
        }
      }
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal in RE2; JavaScript needs it escaped.
      if (body[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (body[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && body[i + 1] === '?') {
      if (body[i + 2] === 'P' && body[i + 3] === '<') {
        out += '(?<';
        i += 3;
        continue;
      }
      if (/[imsU-]/.test(body[i + 2] ?? '')) {
        return { flags, untranslatable: 'an inline flag group that is not at the start of the regex' };
      }
    }
    out += c;
  }
  return { source: out, flags };
}
