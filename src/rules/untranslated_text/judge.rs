//! Judging a segment whose words hold evidence: the whole segment in a source language,
//! runs of source words inside an English sentence, single words spelled with letters
//! English never uses; and what keeps a candidate quiet (glosses, quoted titles).

use super::Finding;
use super::lists::UntranslatedLexicon;
use super::words::{Word, bit, complete_words, mark_loans, mark_particles};
use crate::document::{Document, TokenKind};
use crate::lexicon::Lang;


/// Per-language statistics of a segment or run.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Counts {
    n: usize,
    strong: usize,
    accent: usize,
    weak: usize,
    en_func: usize,
    en_content: usize,
    unknown_plain: usize,
}

/// How many words of a segment point to `lang`: listed in it, or spelled with its
/// letters (names included: "España").
pub(super) fn affinity(words: &[Word], lang: Lang) -> usize {
    let b = bit(lang);
    words
        .iter()
        .filter(|w| (w.listed | w.accent) & b != 0)
        .count()
}

pub(super) fn counts(words: &[Word], lang: Lang) -> Counts {
    let b = bit(lang);
    let mut c = Counts::default();
    for w in words.iter().filter(|w| w.considered) {
        c.n += 1;
        if w.strong & b != 0 {
            c.strong += 1;
        } else if w.listed & b != 0 {
            c.weak += 1;
        } else if w.accent & b != 0 {
            c.accent += 1;
        } else if w.en_func {
            c.en_func += 1;
        } else if w.english {
            c.en_content += 1;
        } else {
            c.unknown_plain += 1;
        }
    }
    c
}

/// Is the segment as a whole in `lang`?
pub(super) fn segment_is_source(c: &Counts, inverted: bool) -> bool {
    let strong = c.strong + c.accent + usize::from(inverted);
    let foreign = c.n - c.en_func - c.en_content;
    let long = c.n >= 3
        && c.strong >= 1
        && strong >= 2
        && c.en_func * 100 <= 15 * c.n
        && foreign * 10 >= 6 * c.n;
    // A short line, a kicker or a heading: nothing English at all ("Les faits –").
    let short = (2..=4).contains(&c.n)
        && c.strong >= 1
        && c.en_func == 0
        && c.en_content == 0
        && c.strong + c.accent + c.unknown_plain >= 2;
    long || short
}

/// A segment of one elided word: a kicker such as "L'essentiel".
pub(super) fn lone_elision(words: &[Word], lang: Lang) -> bool {
    let mut considered = words.iter().filter(|w| w.considered);
    matches!(
        (considered.next(), considered.next()),
        (Some(w), None) if w.elision && w.strong & bit(lang) != 0
    )
}

/// Where a segment's findings go, and what keeps them apart: the spans already reported.
struct Report<'a> {
    doc: &'a Document<'a>,
    seg: std::ops::Range<usize>,
    block: usize,
    reported: Vec<(usize, usize)>,
    findings: &'a mut Vec<Finding>,
}

impl Report<'_> {
    /// Report `start..end` in `lang` unless it overlaps a span already reported or is
    /// glossed or a title.
    fn part(&mut self, start: usize, end: usize, lang: Lang) {
        if self.reported.iter().any(|&(s, e)| s < end && start < e) {
            return;
        }
        if glossed_or_title(self.doc, self.seg.clone(), start, end) {
            return;
        }
        self.reported.push((start, end));
        self.findings.push(Finding {
            start,
            end,
            lang: lang.name(),
            block: self.block,
            whole: false,
        });
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn check_segment(
    doc: &Document,
    lex: &UntranslatedLexicon,
    langs: &[Lang],
    block: usize,
    seg: std::ops::Range<usize>,
    words: &mut [Word],
    inverted: bool,
    findings: &mut Vec<Finding>,
) {
    // Cheap exit: most English sentences hold no evidence at all.
    let evidence = words.iter().any(Word::evidence);
    if !evidence && !inverted {
        return;
    }
    complete_words(doc, words);
    mark_loans(doc, lex, words);
    mark_particles(doc, words);

    if let Some(lang) = whole_segment_lang(words, langs, inverted) {
        let first = &doc.tokens[seg.start];
        let last = &doc.tokens[seg.end - 1];
        findings.push(Finding {
            start: first.start as usize,
            end: last.end() as usize,
            lang: lang.name(),
            block,
            whole: true,
        });
        return;
    }
    let mut report = Report {
        doc,
        seg,
        block,
        reported: Vec::new(),
        findings,
    };
    for (i, j, lang, _) in source_runs(doc, words, langs) {
        report.part(words[i].start, words[j - 1].end, lang);
    }
    foreign_letter_words(words, langs, &mut report);
    report.findings.sort_by_key(|f| (f.start, f.end));
}

/// The language the whole segment is written in, if it is in one of `langs`: the one
/// with the most evidence.
fn whole_segment_lang(words: &[Word], langs: &[Lang], inverted: bool) -> Option<Lang> {
    let mut best: Option<(Lang, (usize, usize, usize))> = None;
    for &lang in langs {
        let c = counts(words, lang);
        let inv = inverted && lang == Lang::Es;
        if segment_is_source(&c, inv) || lone_elision(words, lang) {
            let key = (
                c.strong + c.accent + usize::from(inv),
                c.strong,
                affinity(words, lang),
            );
            if best.is_none_or(|(_, k)| key > k) {
                best = Some((lang, key));
            }
        }
    }
    best.map(|(lang, _)| lang)
}

/// Runs of source words inside an English sentence, as (first word, past the last word,
/// language, strong words): the strongest run first; between languages, the one the
/// whole segment leans to.
fn source_runs(doc: &Document, words: &[Word], langs: &[Lang]) -> Vec<(usize, usize, Lang, usize)> {
    let mut runs: Vec<(usize, usize, Lang, usize)> = Vec::new();
    for &lang in langs {
        let b = bit(lang);
        let runnable = |w: &Word| {
            !w.loan
                && (w.strong & b != 0
                    || (!w.cap
                        && (w.listed & b != 0
                            || w.accent & b != 0
                            || (w.unknown && w.accent == 0))))
        };
        let mut i = 0;
        while i < words.len() {
            if !runnable(&words[i]) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < words.len()
                && runnable(&words[j])
                && joins(&doc.text[words[j - 1].end..words[j].start])
            {
                j += 1;
            }
            let run = &words[i..j];
            let strong = run.iter().filter(|w| w.strong & b != 0).count();
            let lower_strong = run.iter().filter(|w| w.strong & b != 0 && !w.cap).count();
            if strong >= 2 && lower_strong >= 1 && (run.len() >= 3 || strong == run.len()) {
                runs.push((i, j, lang, strong));
            }
            i = j;
        }
    }
    runs.sort_by_key(|&(i, j, lang, s)| {
        (
            std::cmp::Reverse(s),
            std::cmp::Reverse(affinity(words, lang)),
            i,
            std::cmp::Reverse(j),
        )
    });
    runs
}

/// Single lowercase words spelled with letters English never uses ("the länder").
fn foreign_letter_words(words: &[Word], langs: &[Lang], report: &mut Report) {
    for k in 0..words.len() {
        let w = words[k];
        let Some(lang) = w.foreign_letter else {
            continue;
        };
        if w.cap || w.loan || !langs.contains(&lang) {
            continue;
        }
        // Inside a name: "Alternative für Deutschland".
        let prev_cap = k > 0 && words[k - 1].cap;
        let next_cap = k + 1 < words.len() && words[k + 1].cap;
        if prev_cap && next_cap {
            continue;
        }
        report.part(w.start, w.end, lang);
    }
}

/// May two words of a run be separated by `gap`? Spaces, hyphens and commas only.
pub(super) fn joins(gap: &str) -> bool {
    gap.chars()
        .all(|c| c.is_whitespace() || c == '-' || c == ',' || c == '\u{2011}')
}

/// Is `start..end` inside brackets, followed by a bracketed gloss, or inside a quotation
/// that starts with a capital letter (a title, a slogan, a quoted saying)?
pub(super) fn glossed_or_title(doc: &Document, seg: std::ops::Range<usize>, start: usize, end: usize) -> bool {
    let toks = &doc.tokens[seg];
    let text = |t: &crate::document::Token| doc.token_text(t);
    let before: Vec<&crate::document::Token> = toks
        .iter()
        .filter(|t| (t.end() as usize) <= start)
        .collect();
    let after: Vec<&crate::document::Token> =
        toks.iter().filter(|t| (t.start as usize) >= end).collect();
    // Inside brackets: an unclosed "(" before the span.
    let mut depth = 0i32;
    for t in &before {
        match text(t) {
            "(" | "[" => depth += 1,
            ")" | "]" => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    if depth > 0 {
        return true;
    }
    // A gloss in brackets right after (past closing quotes and a comma).
    let mut k = 0;
    while k < after.len() && matches!(text(after[k]), "\"" | "”" | "’" | "»" | "'" | ",") {
        k += 1;
    }
    if after.get(k).is_some_and(|t| text(t) == "(") {
        return true;
    }
    // The quotation the span is in, if any: its opening mark.
    let mut open: Option<usize> = None;
    let mut straight_open: Option<usize> = None;
    for (idx, t) in before.iter().enumerate() {
        match text(t) {
            "“" | "«" | "„" => open = Some(idx),
            "”" | "»" => open = None,
            "\"" => {
                straight_open = match straight_open {
                    Some(_) => None,
                    None => Some(idx),
                }
            }
            // ‘ opens; a lone ’ after a word is an apostrophe, so only a glued-to-space
            // ‘ counts.
            "‘" => open = Some(idx),
            _ => {}
        }
    }
    let open = match (open, straight_open) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    let Some(open) = open else {
        return false;
    };
    let Some(close) = after
        .iter()
        .position(|t| matches!(text(t), "”" | "»" | "\"" | "’" | "“"))
    else {
        return false;
    };
    let first_word = before[open + 1..]
        .iter()
        .map(|t| text(t))
        .chain(std::iter::once(&doc.text[start..end]))
        .find(|s| s.chars().next().is_some_and(char::is_alphanumeric));
    // A title is short; a long quotation in the source language is a quote left
    // untranslated.
    let quoted_words = before[open + 1..]
        .iter()
        .chain(&after[..close])
        .filter(|t| t.kind() == TokenKind::Word)
        .count()
        + doc.text[start..end].split_whitespace().count();
    quoted_words <= 6
        && first_word.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}
