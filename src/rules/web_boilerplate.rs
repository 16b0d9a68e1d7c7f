//! `web-boilerplate`: page furniture left in the article text.

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::Document;
use crate::lexicon::{self, BoilerplateKind};
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct WebBoilerplate;

static META: RuleMeta = RuleMeta {
    name: "web-boilerplate",
    category: "structure",
    default_on: true,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    summary: "Page furniture (comment forms, share and subscribe lines, \"Read also\") left in the text.",
    what: "A whole line that is web page furniture rather than article text: comment forms (\"Leave a Reply\", \"Your email address will not be published.\"), share, subscribe, newsletter and cookie lines, \"Read also:\" links, photo credits, in English and in the source languages (French, German, Spanish, Italian, Portuguese). Matched on whole lines only, never inside a sentence; `[rules.web-boilerplate] extra` adds phrases.",
    why: "Articles are scraped from web pages before or after translation, and the scraper keeps the page's comment form, sharing widgets and related-article links; machine translation then turns them into English, or leaves them in the source language.",
    example: "The talks will resume next month.\n\nLeave a Reply\n\nYour email address will not be published.",
    use_instead: "The talks will resume next month.",
    fix_safety: "Safe: deletes the whole line and the line break before it; the rest of the article is untouched.",
};

impl Rule for WebBoilerplate {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let table = lexicon::boilerplate();
        let langs = ctx.settings.langs;
        for (idx, block) in doc.blocks.iter().enumerate() {
            if block.tokens().len() > 80 {
                continue;
            }
            let text = doc.block_text(block);
            // Cheap rejection: the first word of the line (after list or heading markers)
            // must start some phrase, unless extra phrases are configured.
            if ctx.settings.boilerplate_extra.is_empty() {
                let first = text
                    .trim_start_matches(['-', '*', '•', '>', '#', ' '])
                    .split(char::is_whitespace)
                    .next()
                    .unwrap_or("");
                if !table.may_start_with(first) {
                    continue;
                }
            }
            let line = lexicon::normalize_line(text);
            if line.is_empty() {
                continue;
            }
            let found = if ctx.settings.boilerplate_extra.contains(&line) {
                Some("a configured boilerplate phrase".to_string())
            } else if let Some((kind, phrase, lang)) = table.lookup(&line, langs) {
                Some(describe(kind, phrase, lang))
            } else {
                // A line made only of furniture sentences ("Your email address will not be
                // published. Required fields are marked *").
                let sentences = doc.block_sentences(block);
                if sentences.len() >= 2 {
                    let mut all = true;
                    let mut first = None;
                    for s in sentences {
                        let norm = lexicon::normalize_line(doc.sentence_text(s));
                        match table.lookup(&norm, langs) {
                            Some((kind, phrase, lang)) => {
                                first.get_or_insert_with(|| describe(kind, phrase, lang));
                            }
                            None => {
                                all = false;
                                break;
                            }
                        }
                    }
                    if all { first } else { None }
                } else {
                    None
                }
            };
            let Some(what) = found else {
                continue;
            };
            let removal = doc.block_removal(idx);
            let fix = Fix::safe(
                "delete the line",
                vec![Edit::delete(removal.start, removal.end)],
            );
            let diag = ctx
                .diagnostic(
                    block.start(),
                    block.end(),
                    format!("web page furniture left in the text ({what})"),
                )
                .with_fix(fix);
            ctx.report(diag);
        }
    }
}

fn describe(kind: BoilerplateKind, phrase: &str, lang: lexicon::Lang) -> String {
    let lang_note = if lang == lexicon::Lang::En {
        String::new()
    } else {
        format!(", {}", lang.name())
    };
    match kind {
        BoilerplateKind::Exact => format!("“{phrase}”{lang_note}"),
        BoilerplateKind::Prefix => format!("a “{phrase}” line{lang_note}"),
    }
}
