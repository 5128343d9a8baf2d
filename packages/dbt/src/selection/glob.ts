// The two kinds of wildcard dbt's selector methods use: Python's `fnmatch` for names (`*`, `?`,
// `[abc]`, `[!a-z]`; `*` crosses `.` and `/`) and `pathlib.Path.glob` for `path:` (per segment, `**`).

const cache = new Map<string, RegExp>();

/** True when `pattern` holds any character `fnmatch` treats specially (dbt's `is_selected_node` test). */
export function hasWildcard(pattern: string): boolean {
  return /[*?[\]]/.test(pattern);
}

/** `fnmatch.fnmatchcase(name, pattern)`: the whole of `name` must match, case-sensitively. */
export function fnmatch(name: string, pattern: string): boolean {
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(`^(?:${translate(pattern)})$`);
    cache.set(pattern, re);
  }
  return re.test(name);
}

/**
 * Matches a glob such as `models/staging`, `models/marts/*.sql` or `models/**` against a
 * relative path, as `Path.glob` would find it: `*` and `?` stay within one segment, a `**`
 * segment stands for any number of folders.
 */
export function matchPathGlob(path: string, pattern: string): boolean {
  return matchSegments(pattern.split("/"), path.split("/"), 0, 0);
}

function matchSegments(pattern: string[], path: string[], pi: number, si: number): boolean {
  if (pi === pattern.length) return si === path.length;
  const segment = pattern[pi] as string;
  if (segment === "**") {
    for (let k = si; k <= path.length; k++) {
      if (matchSegments(pattern, path, pi + 1, k)) return true;
    }
    return false;
  }
  if (si === path.length) return false;
  return fnmatch(path[si] as string, segment) && matchSegments(pattern, path, pi + 1, si + 1);
}

// Python's fnmatch.translate, with its rules for brackets: `[!…]` negates, a `]` right after the
// opening bracket is literal, an unclosed `[` is literal, reversed ranges are dropped.
function translate(pattern: string): string {
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i++] as string;
    if (c === "*") {
      while (pattern[i] === "*") i++;
      out += "[\\s\\S]*";
    } else if (c === "?") {
      out += "[\\s\\S]";
    } else if (c === "[") {
      let j = i;
      if (pattern[j] === "!") j++;
      if (pattern[j] === "]") j++;
      while (j < pattern.length && pattern[j] !== "]") j++;
      if (j >= pattern.length) {
        out += "\\[";
      } else {
        out += bracket(pattern.slice(i, j));
        i = j + 1;
      }
    } else {
      out += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    }
  }
  return out;
}

function bracket(body: string): string {
  const negate = body.startsWith("!");
  const chars = [...(negate ? body.slice(1) : body)];
  let set = "";
  for (let k = 0; k < chars.length; k++) {
    const lo = chars[k] as string;
    const hi = chars[k + 2];
    if (chars[k + 1] === "-" && hi !== undefined) {
      if (lo <= hi) set += `${escapeInClass(lo)}-${escapeInClass(hi)}`;
      k += 2;
    } else {
      set += escapeInClass(lo);
    }
  }
  if (set === "") return negate ? "[\\s\\S]" : "(?!)";
  return `[${negate ? "^" : ""}${set}]`;
}

function escapeInClass(c: string): string {
  return /[\\\]^[-]/.test(c) ? `\\${c}` : c;
}
