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
    what: "Straight (\") and curly (“ ”) double quotes mixed in one article (one finding per article, at the first mark of the minority style, with both counts); French « guillemets » and German „quotes“ in English text; a curly mark on the wrong side of its words, reported where it is and not at its partner (an opening “ before a full stop or after a word and before a space, a closing ” after a space and before a word, or with no quotation open; “ before an ellipsis, a bracket or a space after a space still opens, and a quotation going on into the next paragraph is not misplaced), an opening “ at the start of a sentence while a quotation is still open and nothing in the paragraph closes either, a straight mark left alone at the end of a paragraph); Russian punctuation of direct speech (a comma and a dash after the quotation: “…”, — he said); and a space before `;`, `:`, `?` or `!` as French typography sets it.",
    why: "Machine translation copies the source language's quotation marks and spacing, moves quotation marks when it reorders a sentence, and mixes the straight quotes of the source with the curly ones of the publishing system.",
    example: "The minister called it « a turning point » and said: “We are ready”. Critics were \"not convinced\" : the vote is on Friday.",
    use_instead: "The minister called it “a turning point” and said: “We are ready”. Critics were “not convinced”: the vote is on Friday.",
    fix_safety: "Safe: rewrites every quotation mark of the minority style in the article's dominant style (straight marks become curly by their place: after a space or at a paragraph's start they open) and removes the space before punctuation; wording never changes. Misplaced marks are reported without a fix: which words were quoted needs a human.",
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
        if !straight.is_empty() && !curly.is_empty() {
            report_mixed(text, ctx, &straight, &curly, curly_dominant);
        }
        let curly_minority = !curly_dominant;
        // A quotation still open at a paragraph's end may go on in the next one (English
        // reopens it with “, but a closing ” alone there is not misplaced).
        let mut carried_open = false;
        for block in &doc.blocks {
            carried_open = self.check_block(
                doc,
                ctx,
                (block.start(), block.end()),
                style,
                curly_minority,
                carried_open,
            );
        }
    }
}

impl MixedQuotes {
    fn check_block(
        &self,
        doc: &Document,
        ctx: &mut Context,
        (start, end): (usize, usize),
        style: &Style,
        curly_minority: bool,
        carried_open: bool,
    ) -> bool {
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
                    if opening_mark_closes(text, start, end, i) {
                        let diag = ctx.diagnostic(
                            i,
                            i + 3,
                            "an opening quotation mark where the quotation ends (misplaced “)",
                        );
                        ctx.report(diag);
                        // It does the closing mark's work: its partner is not reported.
                        open_curly = open_curly.saturating_sub(1);
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
                    let after_space = prev.is_none_or(is_space);
                    if after_space && next.is_some_and(char::is_alphanumeric) {
                        // ” before a word, after a space or at the paragraph's start: in
                        // an opening mark's place. It opens: its partner is not reported.
                        let diag = ctx.diagnostic(
                            i,
                            i + 3,
                            "a closing quotation mark where a quotation opens (misplaced ”)",
                        );
                        ctx.report(diag);
                        open_curly += 1;
                        i += clen;
                        continue;
                    }
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
                        } else if !carried_open {
                            let diag = ctx.diagnostic(
                                i,
                                i + 3,
                                "a closing quotation mark with no quotation open (misplaced ”)",
                            );
                            ctx.report(diag);
                        }
                    } else if open_curly == 0 && i > start && !carried_open {
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
        open_curly > 0
    }
}

/// A double quotation mark of the article: (offset, byte length, block start, block end).
type Mark = (usize, usize, usize, usize);

/// Straight and curly double quotes mixed in one article: one finding, at the first mark
/// of the minority style (its quotation when it closes in the same paragraph), giving
/// both counts, with one fix that rewrites every minority mark in the dominant style.
/// One finding per article, not per mark: the mix is one decision of the publishing
/// system (or of the translation tool), and one fix undoes it.
fn report_mixed(
    text: &str,
    ctx: &mut Context,
    straight: &[Mark],
    curly: &[Mark],
    curly_dominant: bool,
) {
    let (minority, name, dominant_name) = if curly_dominant {
        (straight, "straight", "curly")
    } else {
        (curly, "curly", "straight")
    };
    let (a, alen, bs, _) = minority[0];
    let span_end = match minority.get(1) {
        Some(&(b, blen, bs2, _)) if bs2 == bs => b + blen,
        _ => a + alen,
    };
    // Straight marks become curly by their place (after a space or at the start of a
    // paragraph: opening; before a space, punctuation or the end: closing); between two
    // letters, by their order in the paragraph.
    let mut nth_in_block = 0usize;
    let mut block = usize::MAX;
    let edits: Vec<Edit> = minority
        .iter()
        .map(|&(i, len, bs, be)| {
            if bs != block {
                block = bs;
                nth_in_block = 0;
            }
            nth_in_block += 1;
            let replacement = if !curly_dominant {
                "\""
            } else if straight_opens(text, bs, be, i, nth_in_block % 2 == 1) {
                CURLY.open
            } else {
                CURLY.close
            };
            Edit::replace(i, i + len, replacement)
        })
        .collect();
    let (n_min, n_dom) = if curly_dominant {
        (straight.len(), curly.len())
    } else {
        (curly.len(), straight.len())
    };
    let fix = Fix::safe(
        format!("use {dominant_name} quotes throughout ({n_min} marks)"),
        edits,
    );
    let diag = ctx
        .diagnostic(
            a,
            span_end,
            format!(
                "{n_min} {name} and {n_dom} {dominant_name} double quotation marks in one article (the first {name} one here)"
            ),
        )
        .with_fix(fix);
    ctx.report(diag);
}

/// Whether the straight mark at `i` (in the block `bs..be`) opens a quotation: after a
/// space, an opening bracket or dash, or at the paragraph's start it opens; before a
/// space, punctuation or the paragraph's end it closes; between two word characters
/// `odd` (its place in the paragraph's run of marks) decides.
fn straight_opens(text: &str, bs: usize, be: usize, i: usize, odd: bool) -> bool {
    let prev = text[bs..i].chars().next_back();
    let next = text[i + 1..be].chars().next();
    match prev {
        None => true,
        Some(p) if p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '/') => true,
        Some(_) => match next {
            None => false,
            Some(n) if n.is_whitespace() || n.is_ascii_punctuation() || n == '…' => false,
            Some(_) => odd,
        },
    }
}

/// Whether the opening mark “ at `i` stands where a quotation ends: at the paragraph's
/// end, before a stop or comma (not an ellipsis), or after a word and before a space.
/// Curly marks have a direction: “ before a space, an ellipsis or a bracket after a space
/// still opens (“ … and then”, “[The] plan”).
fn opening_mark_closes(text: &str, start: usize, end: usize, i: usize) -> bool {
    if i == start {
        return false;
    }
    let rest = &text[i + 3..end];
    let Some(next) = rest.chars().next() else {
        return true;
    };
    let prev = text[start..i].chars().next_back();
    match next {
        '.' => !rest.starts_with("..."),
        ',' | ';' | ':' | '!' | '?' => true,
        n if is_space(n) => prev.is_some_and(|p| {
            p.is_alphanumeric() || matches!(p, '.' | ',' | '!' | '?' | ')' | ']' | '…')
        }),
        _ => false,
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
    fn one_finding_per_article_for_mixed_styles() {
        let text = "Title\n\nHe said “yes” and \"no\".\n\nThen \"maybe\" and “fine”, and “later.”\n";
        let found: Vec<_> = lint(text, Format::Plain, &Settings::default())
            .into_iter()
            .filter(|d| d.rule == "mixed-quotes")
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].start()..found[0].end()], "\"no\"");
        assert!(found[0].message.starts_with("4 straight and 6 curly"));
        let out = crate::fix::fix_text(
            text,
            Format::Plain,
            &Settings::default(),
            crate::Applicability::Safe,
        );
        assert_eq!(
            out.text,
            "Title\n\nHe said “yes” and “no”.\n\nThen “maybe” and “fine”, and “later.”\n"
        );
        // The other way round: curly marks in a straight article become straight.
        let text = "A \"b\" c \"d\" e “f”.";
        assert_eq!(spans(text), vec!["“f”"]);
    }

    #[test]
    fn curly_marks_keep_their_direction() {
        // “ before an ellipsis, a bracket or a space (after a space) still opens.
        assert!(spans("He wrote: “… and then we left,” she said.").is_empty());
        assert!(spans("He wrote: “...and then we left,” she said.").is_empty());
        assert!(spans("“[The] plan works,” she said.").is_empty());
        assert!(spans("She said “ no more” and left.").is_empty());
        // A quotation going on into the next paragraph, reopened or not.
        assert!(spans("“We met on Friday.\n\nThen we taught.” She smiled.").is_empty());
        assert!(spans("“We met on Friday.\n\n“Then we taught.”").is_empty());
    }

    #[test]
    fn a_wrongly_oriented_mark_is_reported_where_it_is() {
        let text = "He said ”we are ready” to the press.";
        let found = spans(text);
        assert_eq!(found, vec!["”"]);
        let d = &lint(text, Format::Plain, &Settings::default())[0];
        assert_eq!(d.start(), text.find('”').unwrap());
        let text = "He said “we are ready“ and left.";
        let d = &lint(text, Format::Plain, &Settings::default())[0];
        assert_eq!(d.start(), text.rfind('“').unwrap());
        assert_eq!(spans(text).len(), 1);
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
