//! Suppression comments: `<!-- mtlint-disable RULE -->` … `<!-- mtlint-enable RULE -->`,
//! `<!-- mtlint-disable-next-line RULE -->` and `<!-- mtlint-disable-file RULE -->`.
//! Without a rule name a comment applies to every rule. Several rules are separated by
//! commas or spaces. A comment that suppresses nothing is reported as
//! `unused-suppression`.

use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::rules::{RuleId, RuleSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Disable,
    Enable,
    DisableNextLine,
    DisableFile,
}

#[derive(Debug, Clone)]
pub struct Directive {
    pub kind: Kind,
    /// Empty: every rule.
    pub rules: Vec<String>,
    /// The comment's span.
    pub start: usize,
    pub end: usize,
    /// 1-based line of the comment.
    pub line: usize,
}

impl Directive {
    fn covers(&self, rule: &str) -> bool {
        self.rules.is_empty() || self.rules.iter().any(|r| r == rule)
    }
}

/// Find the suppression comments of a text.
pub fn parse(text: &str) -> Vec<Directive> {
    let mut out = Vec::new();
    if !text.contains("mtlint-") {
        return out;
    }
    let mut from = 0;
    while let Some(pos) = text[from..].find("<!--") {
        let start = from + pos;
        // The closing `-->` comes after the opening `<!--` (in `<!-->` they overlap).
        let Some(close) = text[start + 4..].find("-->") else {
            break;
        };
        let end = start + 4 + close + 3;
        let body = text[start + 4..end - 3].trim();
        from = end;
        let (kind, rest) = if let Some(r) = body.strip_prefix("mtlint-disable-next-line") {
            (Kind::DisableNextLine, r)
        } else if let Some(r) = body.strip_prefix("mtlint-disable-file") {
            (Kind::DisableFile, r)
        } else if let Some(r) = body.strip_prefix("mtlint-disable") {
            (Kind::Disable, r)
        } else if let Some(r) = body.strip_prefix("mtlint-enable") {
            (Kind::Enable, r)
        } else {
            continue;
        };
        if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
            continue;
        }
        let rules = rest
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let line = text[..start].matches('\n').count() + 1;
        out.push(Directive {
            kind,
            rules,
            start,
            end,
            line,
        });
    }
    out
}

/// Remove suppressed diagnostics: returns the findings kept, then the unused and
/// unknown suppressions found (reported when `unused-suppression` is among the `enabled`
/// rules; unused suppressions of rules that are off are not reported).
pub fn apply(
    text: &str,
    diagnostics: Vec<Diagnostic>,
    enabled: RuleSet,
) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let mut unused = Vec::new();
    let directives = parse(text);
    if directives.is_empty() {
        return (diagnostics, unused);
    }
    let mut starts = vec![0];
    starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
    let line_of = |offset: usize| starts.partition_point(|&s| s <= offset);
    let mut used = vec![false; directives.len()];
    let mut kept = Vec::with_capacity(diagnostics.len());
    for d in diagnostics {
        let line = line_of(d.start());
        let mut suppressed_by = None;
        for (k, dir) in directives.iter().enumerate() {
            if !dir.covers(d.rule) {
                continue;
            }
            let hit = match dir.kind {
                Kind::DisableFile => true,
                Kind::DisableNextLine => line == dir.line + 1,
                Kind::Disable => {
                    d.start() >= dir.end
                        && !directives.iter().any(|e| {
                            e.kind == Kind::Enable
                                && e.start >= dir.end
                                && e.end <= d.start()
                                && e.covers(d.rule)
                        })
                }
                Kind::Enable => false,
            };
            if hit {
                suppressed_by = Some(k);
                break;
            }
        }
        match suppressed_by {
            Some(k) => used[k] = true,
            None => kept.push(d),
        }
    }
    if enabled.contains(RuleId::UnusedSuppression) {
        let unused_suppression = RuleId::UnusedSuppression.name();
        for (k, dir) in directives.iter().enumerate() {
            if dir.kind == Kind::Enable {
                continue;
            }
            if let Some(unknown) = dir.rules.iter().find(|r| RuleId::from_name(r).is_none()) {
                unused.push(Diagnostic::new(
                    unused_suppression,
                    dir.start,
                    dir.end,
                    format!("suppression names a rule that does not exist: `{unknown}`"),
                ));
                continue;
            }
            let relevant = dir.rules.is_empty()
                || dir
                    .rules
                    .iter()
                    .any(|r| RuleId::from_name(r).is_some_and(|id| enabled.contains(id)));
            if !used[k] && relevant {
                unused.push(
                    Diagnostic::new(
                        unused_suppression,
                        dir.start,
                        dir.end,
                        "this suppression comment suppresses nothing",
                    )
                    .with_fix(Fix::safe(
                        "remove the comment",
                        vec![removal(text, dir.start, dir.end)],
                    )),
                );
            }
        }
    }
    (kept, unused)
}

/// Delete a comment: its whole line when it stands alone, else the comment and the
/// spaces before it.
fn removal(text: &str, start: usize, end: usize) -> Edit {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let before = &text[line_start..start];
    let after = &text[end..line_end];
    if before.trim().is_empty() && after.trim().is_empty() {
        let end = if line_end < text.len() {
            line_end + 1
        } else {
            line_end
        };
        // At the end of the file, take the line break before instead.
        if end == text.len() && line_start > 0 && line_end == text.len() {
            return Edit::delete(line_start - 1, end);
        }
        return Edit::delete(line_start, end);
    }
    let trimmed = before.trim_end_matches([' ', '\t']);
    Edit::delete(line_start + trimmed.len(), end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_directives() {
        let d = parse(
            "a <!-- mtlint-disable first, second -->\n<!--mtlint-enable-->\n<!-- mtlint-disable-next-line -->\n<!-- note -->",
        );
        assert_eq!(d.len(), 3);
        assert_eq!(d[0].kind, Kind::Disable);
        assert_eq!(d[0].rules, vec!["first", "second"]);
        assert_eq!(d[1].kind, Kind::Enable);
        assert_eq!(d[2].kind, Kind::DisableNextLine);
        assert_eq!(d[2].line, 3);
    }
}
