//! `caption-leak`: a photo caption left in the body as a paragraph.

use crate::diagnostic::Severity;
use crate::document::{BlockKind, Document, TokenKind};
use crate::lexicon::english;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct CaptionLeak;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::CaptionLeak.name(),
    category: "structure",
    default_on: true,
    large_working_set: false,
    severity: Severity::Info,
    fix: FixAvailability::Never,
    summary: "A photo caption left in the body as a paragraph.",
    what: "A paragraph of one verbless sentence that names people or places and ends on a date (\"U.S. Secretary of State Antony Blinken and Defense Secretary Lloyd Austin during a press conference in Washington, Jan. 11, 2023.\"): the caption of a photo the scraper dropped.",
    why: "Scrapers keep the caption text of images they discard, and machine translation turns it into a sentence-like line in the middle of the article; captions have no verb and end with the date and place of the picture.",
    example: "The ministers met on Wednesday.\n\nForeign Minister Yoshimasa Hayashi and Secretary Lloyd Austin at the Pentagon in Washington, Jan. 11, 2023.\n\nThe talks lasted three hours.",
    use_instead: "The ministers met on Wednesday.\n\nThe talks lasted three hours.",
    fix_safety: "No fix: a human decides whether the line goes, or becomes a caption again.",
};

impl Rule for CaptionLeak {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        for block in &doc.blocks {
            if block.kind != BlockKind::Paragraph || block.quoted || block.sentences().len() != 1 {
                continue;
            }
            let toks = doc.block_tokens(block);
            let words = || {
                toks.iter()
                    .filter(|t| t.kind() == TokenKind::Word)
                    .map(|t| doc.token_text(t))
            };
            // The cheap tests first: a full stop after a year at the end (six words or
            // more make at least seven tokens), then the number of words, counted
            // without collecting them.
            let n = toks.len();
            if n < 7 || doc.token_text(&toks[n - 1]) != "." {
                continue;
            }
            // Ends on a date: a year as the last number, a month among the last tokens.
            let year = &toks[n - 2];
            let y = doc.token_text(year);
            let is_year = year.kind() == TokenKind::Number
                && y.len() == 4
                && (y.starts_with("19") || y.starts_with("20"));
            if !is_year || !(6..=45).contains(&words().count()) {
                continue;
            }
            // "…, Jan. 11, 2023.": place, comma, date — a caption's dateline.
            let start = n.saturating_sub(7).max(1);
            let month = (start..n).any(|k| {
                let t = &toks[k];
                t.kind() == TokenKind::Word
                    && english::is_month_or_abbreviation(doc.token_text(t))
                    && doc.token_text(&toks[k - 1]) == ","
            });
            if !month {
                continue;
            }
            // Verbless, and about named people or places.
            // A verb is a lowercase verb form outside a name ("May 17", "Palácio do
            // Planalto" are not verbs).
            let upper = |k: usize| {
                toks.get(k).is_some_and(|t| {
                    t.kind() == TokenKind::Word && doc.token_text(t).starts_with(char::is_uppercase)
                })
            };
            let verb = toks.iter().enumerate().any(|(k, t)| {
                let w = doc.token_text(t);
                t.kind() == TokenKind::Word
                    && w.starts_with(char::is_lowercase)
                    && !(k > 0 && upper(k - 1) && upper(k + 1))
                    && (english::contains(english::FINITE_VERBS, w)
                        || (w.len() > 4 && w.ends_with("ed")))
            });
            let capitalised = words()
                .skip(1)
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .count();
            if verb || capitalised < 3 {
                continue;
            }
            let diag = ctx.diagnostic(
                block.start(),
                block.end(),
                "a verbless line ending on a date: a photo caption left in the text?",
            );
            ctx.report(diag);
        }
    }
}
