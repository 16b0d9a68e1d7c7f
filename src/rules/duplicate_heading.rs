//! `duplicate-heading`: a title or heading printed twice, verbatim or near-verbatim.

use std::collections::HashMap;

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{BlockKind, Document};
use crate::lexicon::english;
use crate::rules::util::heading_words;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct DuplicateHeading;

static META: RuleMeta = RuleMeta {
    name: "duplicate-heading",
    category: "structure",
    default_on: true,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    summary: "A title or heading printed twice.",
    what: "A heading-like line that repeats an earlier title or heading: verbatim, with a kicker glued on or dropped (\"DiplomacyJapan and …\" under \"Diplomacy: Japan and …\"), or as a second translation of the same title sharing most of its words, close to it.",
    why: "Scraped pages carry the title twice (the page title and the article headline), and translating both gives two slightly different English versions; the kicker above a headline is often glued to it.",
    example: "Japan and US Agree on Space Defense\n\nJapan and US Agree on Space Defense\n\nThe ministers met on Wednesday.",
    use_instead: "Japan and US Agree on Space Defense\n\nThe ministers met on Wednesday.",
    fix_safety: "Safe for a verbatim copy (the later copy is deleted with its line); unsafe for a near-verbatim one, where a human should choose which version to keep.",
};

/// How many earlier headings a heading is compared with for near-duplicates (the title is
/// always compared too), so the cost stays linear.
const WINDOW: usize = 4;

struct Seen {
    block: usize,
    words: Vec<String>,
    content: Vec<String>,
}

fn content_words(words: &[String]) -> Vec<String> {
    let mut v: Vec<String> = words
        .iter()
        .filter(|w| !english::contains(english::STOPWORDS, w))
        .cloned()
        .collect();
    v.sort();
    v.dedup();
    v
}

fn dice(a: &[String], b: &[String]) -> (usize, f64) {
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let total = a.len() + b.len();
    if total == 0 {
        return (0, 0.0);
    }
    (shared, 2.0 * shared as f64 / total as f64)
}

/// Is `short` a run of `long` at its start or end, with only a few extra words?
fn kicker_variant(short: &[String], long: &[String]) -> bool {
    if short.len() < 4 || long.len() <= short.len() || long.len() - short.len() > 3 {
        return false;
    }
    long.ends_with(short) || long.starts_with(short)
}

impl Rule for DuplicateHeading {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let mut exact: HashMap<String, usize> = HashMap::new();
        let mut title: Option<Seen> = None;
        let mut recent: Vec<Seen> = Vec::new();
        for (idx, block) in doc.blocks.iter().enumerate() {
            let text = doc.block_text(block);
            let heading_like = block.kind.is_heading()
                || (block.kind == BlockKind::Paragraph
                    && !text.contains('\n')
                    && crate::document::looks_like_heading(text));
            if !heading_like {
                continue;
            }
            let words = heading_words(text);
            if words.is_empty() {
                continue;
            }
            let key = words.join(" ");
            let content = content_words(&words);
            let mut found: Option<(usize, bool)> = None;
            if let Some(&first) = exact.get(&key) {
                let close = idx - first <= 3;
                if words.len() >= 3 || close {
                    found = Some((first, true));
                }
            }
            if found.is_none() {
                for seen in title.iter().chain(recent.iter().rev()) {
                    if seen.block == idx {
                        continue;
                    }
                    let close = idx - seen.block <= 3 || idx <= 6;
                    if !close {
                        continue;
                    }
                    let kicker = kicker_variant(&words, &seen.words) || kicker_variant(&seen.words, &words);
                    let (shared, score) = dice(&content, &seen.content);
                    if kicker || (shared >= 3 && score >= 0.6) {
                        found = Some((seen.block, false));
                        break;
                    }
                }
            }
            if let Some((first, verbatim)) = found {
                let first_line = doc.text[..doc.blocks[first].start].matches('\n').count() + 1;
                let removal = doc.block_removal(idx);
                let message = if verbatim {
                    format!("this heading repeats the one on line {first_line}")
                } else {
                    format!("this heading is a near copy of the one on line {first_line}")
                };
                let edits = vec![Edit::delete(removal.start, removal.end)];
                let fix = if verbatim {
                    Fix::safe("delete the repeated heading", edits)
                } else {
                    Fix::unsafe_("delete the near-duplicate heading", edits)
                };
                let diag = ctx.diagnostic(block.start, block.end, message).with_fix(fix);
                ctx.report(diag);
                continue;
            }
            exact.entry(key).or_insert(idx);
            let seen = Seen {
                block: idx,
                words,
                content,
            };
            if block.kind == BlockKind::Title && title.is_none() {
                title = Some(seen);
            } else {
                recent.push(seen);
                if recent.len() > WINDOW {
                    recent.remove(0);
                }
            }
        }
    }
}
