//! `number-format`: numbers, times, dates and amounts written the source locale's way
//! ("1,5 million", "50 000 soldiers", "14h30", "10 €", "15 %", "5. April").
//!
//! Every pattern here is one English does not produce, so the rule can stay quiet on
//! anything ambiguous: "1,500" and "50,000" are English thousands, "3.5" an English
//! decimal, "1.2.3" a version, "10:30" a time, "3-2" a score, and slash dates are left
//! alone because British English writes them day first too. Code, URLs and the like are
//! never tokens, so they are never looked at.

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{Document, Token, TokenKind};
use crate::lexicon::english::MONTHS;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

mod amount;
mod dates;
mod shape;
#[cfg(test)]
mod tests;
mod words;

use amount::amount;
use dates::*;
use shape::*;
use words::*;

pub struct NumberFormat;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::NumberFormat.name(),
    category: "typography",
    default_on: true,
    large_working_set: false,
    severity: Severity::Warning,
    fix: FixAvailability::Sometimes,
    summary: "Numbers, times, dates and amounts written the source language's way.",
    what: "Source-locale number formats in English text: a decimal comma (\"1,5 million\", \"3,2 %\", \"2,75 euros\"), thousands grouped with spaces or dots (\"50 000 soldiers\", \"50.000 soldiers\", \"1.200.000\"), French times (\"14h30\", \"14 h 30\"), a currency sign after the amount (\"10 €\"), a space before the percent sign (\"15 %\"), month names in lowercase (\"12 january 2023\"), and dates in the source's order (\"11.01.2023\", \"5. April\", \"November 2018 09\", a bare \"11 8,\" for November 8). English thousands (\"1,500\"), decimals (\"3.5\"), years, versions (\"1.2.3\"), times (\"10:30\"), scores (\"3-2\"), phone numbers and slash dates stay quiet.",
    why: "Machine translation translates words and leaves digits and their punctuation as they were, so the source's decimal comma, its space or dot between thousands, its 24-hour \"h\" and its order of day, month and year pass straight into the English text.",
    example: "Inflation reached 3,2 % in March, and the army called up 50 000 reservists.",
    use_instead: "Inflation reached 3.2% in March, and the army called up 50,000 reservists.",
    fix_safety: "Unsafe: rewrites the number the English way (\"1.5 million\", \"50,000\", \"14:30\", \"€10\", \"15%\", \"January\", \"January 11, 2023\"). A decimal comma and a thousands dot are told apart by context, which a person should confirm; bare-number dates get no fix.",
};



/// A finding: the span, the message and the replacement for the span, if any.
struct Found {
    start: usize,
    end: usize,
    message: String,
    replacement: Option<String>,
    /// Index of the first token after the finding.
    next: usize,
}

/// The tokens of one block with the text, and helpers to read them.
struct View<'d, 'a> {
    doc: &'d Document<'a>,
    toks: &'d [Token],
}

impl<'d, 'a> View<'d, 'a> {
    fn text(&self, i: usize) -> &'a str {
        self.doc.token_text(&self.toks[i])
    }
    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind())
    }
    fn is(&self, i: usize, s: &str) -> bool {
        i < self.toks.len() && self.text(i) == s
    }
    /// The text between token `i - 1` and token `i`.
    fn gap(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.toks.len() {
            return "";
        }
        &self.doc.text[self.toks[i - 1].end() as usize..self.toks[i].start as usize]
    }
    /// Is token `i` separated from the one before by exactly one space (any kind)?
    fn one_space(&self, i: usize) -> bool {
        let g = self.gap(i);
        let mut chars = g.chars();
        matches!(
            (chars.next(), chars.next()),
            (Some(' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'), None)
        )
    }
    /// Is the space before token `i` a no-break or thin space (a typesetter's choice)?
    fn hard_space(&self, i: usize) -> bool {
        matches!(self.gap(i), "\u{a0}" | "\u{202f}" | "\u{2009}")
    }
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.gap(i).is_empty()
    }
    fn start(&self, i: usize) -> usize {
        self.toks[i].start as usize
    }
    fn end(&self, i: usize) -> usize {
        self.toks[i].end() as usize
    }
    fn word(&self, i: usize) -> Option<&'a str> {
        (self.kind(i) == Some(TokenKind::Word)).then(|| self.text(i))
    }
    fn plain_number(&self, i: usize) -> Option<&'a str> {
        (self.kind(i) == Some(TokenKind::Number))
            .then(|| self.text(i))
            .filter(|s| all_digits(s))
    }
    /// The previous token's text, if any.
    fn prev_word_lower(&self, i: usize) -> Option<String> {
        if i == 0 {
            return None;
        }
        self.word(i - 1).map(lower_ascii)
    }
}

impl Rule for NumberFormat {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        for block in &doc.blocks {
            let view = View {
                doc,
                toks: &doc.tokens[block.tokens()],
            };
            let mut i = 0;
            while i < view.toks.len() {
                let tok = view.toks[i];
                // The word's first byte and length, read without slicing the text.
                let first = doc.text.as_bytes()[tok.start as usize];
                let len = (tok.end() - tok.start) as usize;
                let found = match tok.kind() {
                    TokenKind::Punct => None,
                    TokenKind::Word if first.is_ascii_digit() => french_time(&view, i),
                    // Month names: only a word with a month's first letter and length.
                    TokenKind::Word if may_be_month(first, len) => {
                        // The month is looked up once for both checks.
                        month_index(view.text(i)).and_then(|month| {
                            month_year_day(&view, i, month)
                                .or_else(|| lowercase_month(&view, i, month))
                        })
                    }
                    TokenKind::Word => None,
                    TokenKind::Number => french_time(&view, i)
                        .or_else(|| german_date(&view, i))
                        .or_else(|| bare_month_day(&view, i))
                        .or_else(|| amount(&view, i)),
                };
                match found {
                    Some(f) => {
                        let mut diag = ctx.diagnostic(f.start, f.end, f.message);
                        if let Some(r) = f.replacement {
                            diag = diag.with_fix(Fix::unsafe_(
                                format!("write “{r}”"),
                                vec![Edit::replace(f.start, f.end, r)],
                            ));
                        }
                        ctx.report(diag);
                        i = f.next.max(i + 1);
                    }
                    None => i += 1,
                }
            }
        }
        for r in &doc.excluded {
            if r.end - r.start > 10 || doc.block_at(r.start).is_none() {
                continue;
            }
            if let Some((message, replacement)) = slash_date(doc.text, r.start, r.end) {
                let mut diag = ctx.diagnostic(r.start, r.end, message);
                if let Some(rep) = replacement {
                    diag = diag.with_fix(Fix::unsafe_(
                        format!("write “{rep}”"),
                        vec![Edit::replace(r.start, r.end, rep)],
                    ));
                }
                ctx.report(diag);
            }
        }
    }
}
