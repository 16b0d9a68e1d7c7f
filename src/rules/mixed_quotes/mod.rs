//! `mixed-quotes`: straight and curly quotes mixed, misplaced quotation marks, « » and
//! „ “ quotes, and French spacing before `; : ? !` in English text.

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::Document;
use crate::rules::util::next_byte_where;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct MixedQuotes;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::MixedQuotes.name(),
    category: "typography",
    default_on: true,
    large_working_set: false,
    severity: Severity::Warning,
    fix: FixAvailability::Sometimes,
    summary: "Quotation marks of mixed or foreign styles, misplaced marks, French spacing.",
    what: "Straight (\") and curly (“ ”) double quotes mixed in one article (the minority style is reported); French « guillemets » and German „quotes“ in English text; a curly mark on the wrong side of its words (an opening “ before a full stop, a closing ” after a space or with no quotation open, an opening “ at the start of a sentence while a quotation is still open and nothing in the paragraph closes either, a straight mark left alone at the end of a paragraph); Russian punctuation of direct speech (a comma and a dash after the quotation: “…”, — he said); and a space before `;`, `:`, `?` or `!` as French typography sets it.",
    why: "Machine translation copies the source language's quotation marks and spacing, moves quotation marks when it reorders a sentence, and mixes the straight quotes of the source with the curly ones of the publishing system.",
    example: "The minister called it « a turning point » and said: “We are ready”. Critics were \"not convinced\" : the vote is on Friday.",
    use_instead: "The minister called it “a turning point” and said: “We are ready”. Critics were “not convinced”: the vote is on Friday.",
    fix_safety: "Safe: swaps quotation marks for the article's dominant style and removes the space before punctuation; wording never changes. Misplaced marks are reported without a fix: which words were quoted needs a human.",
};

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

struct Style {
    open: &'static str,
    close: &'static str,
}

const CURLY: Style = Style {
    open: "“",
    close: "”",
};
const STRAIGHT: Style = Style {
    open: "\"",
    close: "\"",
};

impl Rule for MixedQuotes {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let text = doc.text;
        // The double quotation marks of the article's own text (not code), as
        // (offset, byte length, block start, block end).
        let mut straight = Vec::new();
        let mut curly = Vec::new();
        for block in &doc.blocks {
            let bt = &text[block.start()..block.end()];
            for off in memchr::memchr2_iter(b'"', 0xE2, bt.as_bytes()) {
                let i = block.start() + off;
                if bt.as_bytes()[off] == b'"' {
                    // Inch marks (12") are not quotation marks.
                    let prev = text[..i].chars().next_back();
                    if !prev.is_some_and(|p| p.is_ascii_digit()) && !doc.is_excluded(i..i + 1) {
                        straight.push((i, 1, block.start(), block.end()));
                    }
                } else if (bt[off..].starts_with('“') || bt[off..].starts_with('”'))
                    && !doc.is_excluded(i..i + 3)
                {
                    curly.push((i, 3, block.start(), block.end()));
                }
            }
        }
        let curly_dominant = curly.len() >= straight.len();
        let style = if curly_dominant { &CURLY } else { &STRAIGHT };
        // The minority style: report each quotation (a pair in one block) or stray mark.
        let (minority, name, dominant_name) = if curly_dominant {
            (&straight, "straight", "curly")
        } else {
            (&curly, "curly", "straight")
        };
        let majority_count = if curly_dominant {
            curly.len()
        } else {
            straight.len()
        };
        if majority_count > 0 {
            let mut k = 0;
            while k < minority.len() {
                let (a, alen, bs, be) = minority[k];
                let pair = minority
                    .get(k + 1)
                    .filter(|&&(b, _, bs2, _)| bs2 == bs && b < be);
                match pair {
                    Some(&(b, blen, _, _)) => {
                        let fix = Fix::safe(
                            format!("use {dominant_name} quotes like the rest of the article"),
                            vec![
                                Edit::replace(a, a + alen, style.open),
                                Edit::replace(b, b + blen, style.close),
                            ],
                        );
                        let diag = ctx
                            .diagnostic(
                                a,
                                b + blen,
                                format!(
                                    "{name} quotes in an article that uses {dominant_name} ones"
                                ),
                            )
                            .with_fix(fix);
                        ctx.report(diag);
                        k += 2;
                    }
                    None => {
                        let diag = ctx.diagnostic(
                            a,
                            a + alen,
                            format!("a stray {name} quotation mark in an article that uses {dominant_name} ones"),
                        );
                        ctx.report(diag);
                        k += 1;
                    }
                }
            }
        }
        let curly_minority = !curly_dominant;
        for block in &doc.blocks {
            self.check_block(doc, ctx, block.start(), block.end(), style, curly_minority);
        }
    }
}

impl MixedQuotes {
    fn check_block(
        &self,
        doc: &Document,
        ctx: &mut Context,
        start: usize,
        end: usize,
        style: &Style,
        curly_minority: bool,
    ) {
        let text = doc.text;
        let bytes = text.as_bytes();
        // Depth of open curly quotations (nested quotes happen in careful prose too).
        let mut open_curly = 0usize;
        let mut i = start;
        while i < end {
            // Only these bytes can start a character this rule looks at; the next one is
            // found in vectorisable chunks.
            let Some(at) = next_byte_where(&bytes[..end], i, |b| {
                matches!(b, b'"' | b';' | b':' | b'?' | b'!' | 0xE2 | 0xC2)
            }) else {
                break;
            };
            i = at;
            // Of the characters with those lead bytes only “ ” „ (E2 80 9C..9E) and « »
            // (C2 AB, C2 BB) are looked at; the rest (’, dashes, no-break spaces, …)
            // are passed over from their bytes.
            let skip = match bytes[i] {
                0xE2 => bytes[i + 1] != 0x80 || !matches!(bytes[i + 2], 0x9C..=0x9E),
                0xC2 => !matches!(bytes[i + 1], 0xAB | 0xBB),
                _ => false,
            };
            if skip {
                i += 1;
                continue;
            }
            let c = text[i..].chars().next().expect("char boundary");
            let clen = c.len_utf8();
            let prev = text[start..i].chars().next_back();
            let next = text[i + clen..end].chars().next();
            if doc.is_excluded(i..i + clen) {
                i += clen;
                continue;
            }
            match c {
                '«' | '„' => {
                    // Find the closing mark in this block.
                    let closer = if c == '«' { '»' } else { '“' };
                    let close = text[i + clen..end]
                        .find(|x: char| x == closer || (c == '„' && x == '”'))
                        .map(|j| i + clen + j);
                    let mut edits = Vec::new();
                    let mut open_end = i + clen;
                    while let Some(ch) = text[open_end..].chars().next().filter(|&ch| is_space(ch))
                    {
                        open_end += ch.len_utf8();
                    }
                    edits.push(Edit::replace(i, open_end, style.open));
                    let span_end = match close {
                        Some(j) => {
                            let close_start = spaces_start(text, start, j);
                            let close_end = j + text[j..].chars().next().map_or(1, char::len_utf8);
                            edits.push(Edit::replace(
                                close_start.max(open_end),
                                close_end,
                                style.close,
                            ));
                            close_end
                        }
                        None => open_end,
                    };
                    let kind = if c == '«' {
                        "French guillemets"
                    } else {
                        "German quotation marks"
                    };
                    let fix =
                        Fix::safe(format!("use {}…{} quotes", style.open, style.close), edits);
                    let diag = ctx
                        .diagnostic(i, span_end, format!("{kind} in English text"))
                        .with_fix(fix);
                    ctx.report(diag);
                    // Skip to after the closing mark.
                    if let Some(j) = close {
                        i = span_end.max(j + 1);
                        continue;
                    }
                }
                '»' => {
                    let diag = ctx.diagnostic(
                        i,
                        i + c.len_utf8(),
                        "a French closing guillemet in English text",
                    );
                    ctx.report(diag);
                }
                // Russian direct speech: "…”, — said X". English has the comma alone.
                '”' | '"' if comma_dash_after(&text[i + clen..end]).is_some() => {
                    let dash_len = comma_dash_after(&text[i + clen..end]).unwrap_or(0);
                    let after_comma = i + clen + 1;
                    let fix = Fix::unsafe_(
                        "drop the dash after the comma",
                        vec![Edit::delete(after_comma, i + clen + dash_len)],
                    );
                    let diag = ctx
                        .diagnostic(
                            i,
                            i + clen + dash_len,
                            "a comma and a dash after a quotation (Russian punctuation of direct speech)",
                        )
                        .with_fix(fix);
                    ctx.report(diag);
                    if c == '”' {
                        open_curly = open_curly.saturating_sub(1);
                    }
                }
                // A straight mark after a space at the very end of a paragraph opens
                // nothing: a stray quotation mark.
                '"' if next.is_none() && prev.is_some_and(is_space) && i > start => {
                    let space_start = spaces_start(text, start, i);
                    let fix = Fix::safe(
                        "delete the stray quotation mark",
                        vec![Edit::delete(space_start, i + 1)],
                    );
                    let diag = ctx
                        .diagnostic(
                            space_start,
                            i + 1,
                            "a stray quotation mark at the end of the paragraph (it opens nothing)",
                        )
                        .with_fix(fix);
                    ctx.report(diag);
                }
                '“' if !curly_minority => {
                    // An opening mark that opens nothing: before a stop or at the end.
                    if next.is_none_or(|n| {
                        is_space(n) || matches!(n, '.' | ',' | ';' | ':' | '!' | '?')
                    }) && i > start
                    {
                        let diag = ctx.diagnostic(
                            i,
                            i + 3,
                            "an opening quotation mark where the quotation ends (misplaced “)",
                        );
                        ctx.report(diag);
                    } else {
                        // A second opening mark at a sentence start while a quotation is
                        // still open, and no closing mark anywhere after it in the
                        // paragraph: the quotation's closing mark, written as “ and
                        // pushed onto the next sentence (“… authority. “As we learn …).
                        let before_space = text[start..i].trim_end_matches(is_space);
                        if open_curly > 0
                            && prev.is_some_and(is_space)
                            && before_space.ends_with(['.', '!', '?'])
                            && !text[i + clen..end].contains('”')
                        {
                            let diag = ctx.diagnostic(
                                i,
                                i + 3,
                                "an opening quotation mark while a quotation is still open, and nothing closes either (the closing ” written as “ on the next sentence?)",
                            );
                            ctx.report(diag);
                        }
                        open_curly += 1;
                    }
                }
                '”' if !curly_minority => {
                    if prev.is_some_and(is_space) && i > start {
                        // " ”": a closing mark detached from its words.
                        let space_start = spaces_start(text, start, i);
                        if open_curly > 0 && space_start > start {
                            let fix = Fix::safe(
                                "remove the space before the closing quotation mark",
                                vec![Edit::delete(space_start, i)],
                            );
                            let diag = ctx
                                .diagnostic(
                                    space_start,
                                    i + 3,
                                    "a space before a closing quotation mark",
                                )
                                .with_fix(fix);
                            ctx.report(diag);
                        } else {
                            let diag = ctx.diagnostic(
                                i,
                                i + 3,
                                "a closing quotation mark with no quotation open (misplaced ”)",
                            );
                            ctx.report(diag);
                        }
                    } else if open_curly == 0 && i > start {
                        let diag = ctx.diagnostic(
                            i,
                            i + 3,
                            "a closing quotation mark with no quotation open (misplaced ”)",
                        );
                        ctx.report(diag);
                    }
                    open_curly = open_curly.saturating_sub(1);
                }
                // French spacing: "word :" — a space before, and a space or the end after.
                ';' | ':' | '?' | '!' if prev.is_some_and(is_space) => {
                    let space_start = i - prev.map_or(0, char::len_utf8);
                    let before = text[start..space_start].chars().next_back();
                    let after_ok = next.is_none_or(|n| {
                        is_space(n) || n == '\n' || matches!(n, '”' | '"' | '»' | '“')
                    });
                    let digits = before.is_some_and(|b| b.is_ascii_digit())
                        && text[i + 1..end]
                            .chars()
                            .find(|&x| !is_space(x))
                            .is_some_and(|x| x.is_ascii_digit());
                    if before
                        .is_some_and(|b| b.is_alphanumeric() || matches!(b, '”' | '"' | ')' | '»'))
                        && after_ok
                        && !digits
                    {
                        let fix = Fix::safe(
                            format!("remove the space before “{c}”"),
                            vec![Edit::delete(space_start, i)],
                        );
                        let diag = ctx
                            .diagnostic(
                                space_start,
                                i + 1,
                                format!("a space before “{c}” (French typography)"),
                            )
                            .with_fix(fix);
                        ctx.report(diag);
                    }
                }
                _ => {}
            }
            i += clen;
        }
    }
}

/// Where the run of spaces just before `i` starts (not before `start`).
fn spaces_start(text: &str, start: usize, i: usize) -> usize {
    i - (text[start..i].len() - text[start..i].trim_end_matches(is_space).len())
}

/// After a closing quotation mark: a comma, optional spaces and an em or en dash
/// followed by a space (", — says"); the length of that run.
fn comma_dash_after(rest: &str) -> Option<usize> {
    let after_comma = rest.strip_prefix(',')?;
    let spaces = after_comma.len() - after_comma.trim_start_matches(is_space).len();
    let dash = after_comma[spaces..].chars().next()?;
    if !matches!(dash, '—' | '–') {
        return None;
    }
    let tail = &after_comma[spaces + dash.len_utf8()..];
    tail.starts_with(is_space)
        .then_some(1 + spaces + dash.len_utf8())
}

#[cfg(test)]
mod tests {
    use crate::{Format, Settings, lint};

    #[test]
    fn russian_dash_and_stray_end_mark() {
        assert_eq!(
            spans("Title\n\n“We are still here”, — the minister said.\n"),
            vec!["”, —"]
        );
        assert_eq!(
            spans("Title\n\n\"We are still here\", – the minister said.\n"),
            vec!["\", –"]
        );
        // A dash without a comma, or a comma without a dash, is English.
        assert!(spans("Title\n\n“Yes” — she paused — “we will.”\n").is_empty());
        assert!(spans("Title\n\n“Yes”, she said — and left.\n").is_empty());
        assert_eq!(
            spans("Title\n\n\"The figures are there,\" he said. \"\n\nNext.\n"),
            vec![" \""]
        );
        assert!(spans("Title\n\nHe called it \"a homecoming.\"\n").is_empty());
    }

    fn spans(text: &str) -> Vec<String> {
        lint(text, Format::Plain, &Settings::default())
            .into_iter()
            .filter(|d| d.rule == "mixed-quotes")
            .map(|d| text[d.start()..d.end()].to_string())
            .collect()
    }

    #[test]
    fn finds_mixed_and_foreign_quotes() {
        assert_eq!(spans("He said “yes” and \"no\" today."), vec!["\"no\""]);
        assert_eq!(spans("It will be « ruthless » now."), vec!["« ruthless »"]);
        assert_eq!(spans("He said : “we are ready”."), vec![" :"]);
        assert_eq!(spans("He explained that ” choice was made."), vec!["”"]);
        assert_eq!(spans("The plan is costly “."), vec!["“"]);
        assert!(spans("He said “yes” and “no”. It is 12\" long. Score 3 : 1.").is_empty());
        assert!(spans("He said \"yes\" and \"no\".").is_empty());
    }

    #[test]
    fn closing_mark_written_as_an_opening_one() {
        assert_eq!(
            spans("“We are ready. It is time. “That was his answer to the council."),
            vec!["“"]
        );
        // A nested quotation that closes, a quotation going on into the next paragraph,
        // an opening mark inside a sentence.
        assert!(spans("“We met. Then he said, “Go,” and we went.").is_empty());
        assert!(spans("“We met. “Go.” We went.").is_empty());
        assert!(spans("“We met on Friday.\n\n“Then we taught.").is_empty());
        assert!(spans("“We met and called it “the plan without an end.").is_empty());
    }

    #[test]
    fn fixes_to_the_dominant_style() {
        let text = "He said “yes”, “maybe” and « no » today.";
        let out = crate::fix::fix_text(
            text,
            Format::Plain,
            &Settings::default(),
            crate::Applicability::Safe,
        );
        assert_eq!(out.text, "He said “yes”, “maybe” and “no” today.");
    }
}
