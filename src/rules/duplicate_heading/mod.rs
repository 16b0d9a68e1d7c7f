//! `duplicate-heading`: a title or heading printed twice, verbatim or near-verbatim.

use rustc_hash::FxHashMap;

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{BlockKind, Document};
use crate::lexicon::english::{self, is_stop_word};
use crate::rules::util::{fold, heading_words};
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct DuplicateHeading;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::DuplicateHeading.name(),
    category: "structure",
    default_on: true,
    large_working_set: false,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    summary: "A title or heading printed twice.",
    what: "A heading-like line that repeats an earlier title or heading: verbatim, with a kicker glued on or dropped (\"DiplomacyJapan and …\" under \"Diplomacy: Japan and …\"), with a kicker before a colon dropped (\"Kicker words: the headline\" then \"the headline\"), with accents lost (\"Türkiye\" / \"Turkiye\"), or as a second translation of the same title sharing most of its words, close to it. A title line too long for a heading (up to 30 words, no closing punctuation) counts when it is repeated verbatim.",
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
    /// The words after a kicker ending in a colon ("Kicker words: the headline"), if any.
    tail: Option<Vec<String>>,
}

/// Words folded for near-copy comparison ("Türkiye" and "Turkiye" alike): ASCII words
/// are kept as they are, without a copy.
fn folded(words: Vec<String>) -> Vec<String> {
    words
        .into_iter()
        .map(|w| if w.is_ascii() { w } else { fold(&w) })
        .collect()
}

/// [`heading_words`] of `s`, with a byte-at-a-time path for ASCII headings (most of
/// them), which gives the same words without decoding or case tables.
fn words_of(s: &str) -> Vec<String> {
    if !s.is_ascii() {
        return heading_words(s);
    }
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    let flush = |cur: &mut String, words: &mut Vec<String>| {
        if !cur.is_empty() {
            let mut w = std::mem::take(cur);
            if w.ends_with("'s") {
                w.truncate(w.len() - 2);
            }
            words.push(w);
        }
    };
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || (b == b'\'' && !cur.is_empty()) {
            // Split "DiplomacyJapan" and "Analysis2019" where a kicker was glued on.
            let digit_after_letter =
                b.is_ascii_digit() && cur.as_bytes().last().is_some_and(u8::is_ascii_alphabetic);
            if (b.is_ascii_uppercase() && prev_lower) || digit_after_letter {
                flush(&mut cur, &mut words);
            }
            prev_lower = b.is_ascii_lowercase();
            cur.push(b.to_ascii_lowercase() as char);
        } else {
            prev_lower = false;
            flush(&mut cur, &mut words);
        }
    }
    flush(&mut cur, &mut words);
    words
}

/// The headline after a kicker: the words after the first ": " when the kicker has at most
/// eight words and the headline at least four.
fn after_kicker(text: &str) -> Option<Vec<String>> {
    let (kicker, rest) = text.split_once(": ")?;
    let kicker_words = kicker.split_whitespace().count();
    let rest = folded(words_of(rest));
    (kicker_words <= 8 && rest.len() >= 4).then_some(rest)
}

fn content_words(words: &[String]) -> Vec<String> {
    let mut v: Vec<String> = words.iter().filter(|w| !is_stop_word(w)).cloned().collect();
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
    if short.len() < 3 || long.len() <= short.len() || long.len() - short.len() > 3 {
        return false;
    }
    // A glued kicker adds one word; more words need a short heading of substance
    // ("The Working Group" inside "Aims of the Working Group" is a new section).
    let extra = long.len() - short.len();
    if extra > 1 && content_words(short).len() < 3 {
        return false;
    }
    long.ends_with(short) || long.starts_with(short)
}

/// Is the copy at `later` close to `earlier`: at most two blocks between them, and none
/// of those a paragraph of running text (a lede or body paragraph in between means the
/// second heading starts a new section, which human writers do on purpose)?
pub(crate) fn adjacent(doc: &Document, earlier: usize, later: usize) -> bool {
    later - earlier <= 3
        && doc.blocks[earlier + 1..later]
            .iter()
            .all(|b| b.kind != BlockKind::Paragraph || b.tokens().len() <= 20)
}

/// Is `text` a single line too long for a heading but shaped like a title: at most 30
/// words, no sentence punctuation at its end ("Türkiye will never allow … next to its
/// borders, says President")? Such a line counts as a heading when it is repeated verbatim.
pub(crate) fn long_title_line(text: &str) -> bool {
    let line = text.trim();
    // The cheap tests first: most short paragraphs end with a full stop.
    line.len() <= 250
        && !line.ends_with([
            '.', ',', ';', ':', '…', '!', '?', '"', '”', '’', '\'', ')', '»',
        ])
        && !line.contains('\n')
        && line.split_whitespace().count() <= 30
        && line.chars().any(char::is_alphabetic)
}

/// Do the two headings differ only in numbers and month names ("…, July 1998" /
/// "…, September 1998"): a dated series, not a copy?
fn dated_series(a: &[String], b: &[String]) -> bool {
    let differs = |x: &[String], y: &[String]| -> Vec<String> {
        x.iter()
            .filter(|w| y.binary_search(w).is_err())
            .cloned()
            .collect()
    };
    let diff: Vec<String> = differs(a, b).into_iter().chain(differs(b, a)).collect();
    !diff.is_empty()
        && diff
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_digit()) || english::month_index(w).is_some())
}

/// The title before a site's name ("Title – Site Name", "Title | Site"): the words before
/// the last " | ", " – ", " — " or " - " when the part after it has at most five words
/// and no sentence punctuation, and the part before it at least three words.
fn before_site_suffix(text: &str) -> Option<Vec<String>> {
    let line = text.trim();
    let (at, sep) = [" | ", " – ", " — ", " - "]
        .iter()
        .filter_map(|sep| line.rfind(sep).map(|at| (at, sep.len())))
        .max_by_key(|&(at, _)| at)?;
    let (main, site) = (&line[..at], &line[at + sep..]);
    let site_words = site.split_whitespace().count();
    if site_words == 0 || site_words > 5 || site.ends_with(['.', '!', '?', ',', ':']) {
        return None;
    }
    let words = folded(words_of(main));
    (words.len() >= 3).then_some(words)
}

/// Do the two headings share a frame and differ in one slot, each with its own words
/// ("Score (excluding fuel)" / "Score (excluding tax)", "Results for group A" / "… B"):
/// the same words before and after, a run of one to three different words on both sides
/// that is not a spelling variant. Parallel labels of a table or a series, not a copy.
fn slot_series(a: &[String], b: &[String]) -> bool {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (da, db) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    if da.is_empty() || db.is_empty() || da.len() > 3 || db.len() > 3 {
        return false;
    }
    let (ja, jb) = (da.concat(), db.concat());
    // "defense" / "defence", "organisation" / "organization": one word spelt two ways.
    let spelling = ja.len().abs_diff(jb.len()) <= 1 && {
        let same = ja.bytes().zip(jb.bytes()).filter(|(x, y)| x == y).count();
        ja.len().max(jb.len()) - same <= 2
    };
    !spelling
}

/// Are the two headings apart (a block between them) and neither the article's title?
/// A second translation of the title sits next to it; parallel labels each have their
/// own content under them.
fn separated(doc: &Document, first: usize, later: usize) -> bool {
    first > 0 && later > first + 1 && doc.blocks[first].kind != BlockKind::Title
}

/// A short label repeated in a table or list laid out one cell per line ("Price", "12",
/// "Price", "14"): at most three words, not the article's title, and every block
/// between the two copies a short line too (at most five tokens).
fn table_label(doc: &Document, first: usize, later: usize, words: usize) -> bool {
    words <= 3
        && doc.blocks[first].kind != BlockKind::Title
        && first > 0
        && doc.blocks[first + 1..later]
            .iter()
            .all(|b| b.tokens().len() <= 5)
}

impl Rule for DuplicateHeading {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let mut exact: FxHashMap<String, usize> = FxHashMap::default();
        // Titles seen with a site's name after them, by the words before it.
        let mut suffixed: FxHashMap<String, usize> = FxHashMap::default();
        let mut title: Option<Seen> = None;
        let mut recent: Vec<Seen> = Vec::new();
        for (idx, block) in doc.blocks.iter().enumerate() {
            let text = doc.block_text(block);
            // Most paragraphs are too long for either test (a heading has at most 150
            // bytes, a long title line 250, trimmed): settled before scanning them.
            let trimmed_len = text.trim().len();
            let heading_like = block.kind.is_heading()
                || (block.kind == BlockKind::Paragraph
                    && trimmed_len <= 150
                    && !text.contains('\n')
                    && crate::document::looks_like_heading(text));
            // A long title line counts only for verbatim copies.
            let long_title = !heading_like
                && block.kind == BlockKind::Paragraph
                && trimmed_len <= 250
                && long_title_line(text);
            if !(heading_like || long_title)
                || doc.is_excluded(block.start()..block.end())
                || text.contains('=')
            {
                continue;
            }
            let raw_words = words_of(text);
            if raw_words.is_empty() {
                continue;
            }
            let key = raw_words.join(" ");
            let words = folded(raw_words);
            let content = content_words(&words);
            let mut found: Option<(usize, bool)> = None;
            // A repeated section heading far from its first use ("How can you help?"
            // in every section) is structure, not an accident: only close copies count.
            if let Some(&first) = exact.get(&key)
                && adjacent(doc, first, idx)
                && !table_label(doc, first, idx, words.len())
            {
                found = Some((first, true));
            }
            // The title again with the site's name after it, or the other way round.
            let site_title = before_site_suffix(text);
            if found.is_none() {
                let plain = site_title
                    .as_ref()
                    .and_then(|t| exact.get(&t.join(" ")))
                    .or_else(|| suffixed.get(&key));
                if let Some(&first) = plain.filter(|&&first| adjacent(doc, first, idx)) {
                    found = Some((first, false));
                }
            }
            if !long_title && found.is_none() {
                for seen in title.iter().chain(recent.iter().rev()) {
                    if seen.block == idx {
                        continue;
                    }
                    if !adjacent(doc, seen.block, idx) {
                        continue;
                    }
                    let kicker = kicker_variant(&words, &seen.words)
                        || kicker_variant(&seen.words, &words)
                        || seen.tail.as_ref() == Some(&words);
                    let (shared, score) = dice(&content, &seen.content);
                    let similar_length = content.len().abs_diff(seen.content.len()) <= 2;
                    if kicker
                        || (shared >= 4
                            && score >= 0.75
                            && similar_length
                            && !dated_series(&content, &seen.content)
                            && !(separated(doc, seen.block, idx)
                                && slot_series(&words, &seen.words)))
                    {
                        found = Some((seen.block, false));
                        break;
                    }
                }
            }
            if let Some((first, verbatim)) = found {
                let first_line = doc.line_of(doc.blocks[first].start());
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
                let diag = ctx
                    .diagnostic(block.start(), block.end(), message)
                    .with_fix(fix);
                ctx.report(diag);
                continue;
            }
            if let Some(t) = site_title {
                suffixed.entry(t.join(" ")).or_insert(idx);
            }
            exact.entry(key).or_insert(idx);
            let seen = Seen {
                block: idx,
                words,
                content,
                tail: after_kicker(text),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_words_agree_with_heading_words() {
        for s in [
            "",
            "Japan and US Agree on Space Defense",
            "DiplomacyJapan and the US: Analysis2019, part 2",
            "The President's speech: 'quoted' words ''s",
            "it's Biden's 3rd term's end's",
            "A1b2C3 dEF gHI's x'y 's 'x",
            "Türkiye's Erdoğan – the heading’s words",
        ] {
            assert_eq!(words_of(s), heading_words(s), "{s:?}");
        }
    }
}
