//! `web-boilerplate`: page furniture left in the article text.

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{BlockKind, Document};
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
    what: "A whole line that is web page furniture rather than article text: comment forms (\"Leave a Reply\", \"Your email address will not be published.\"), share, subscribe, newsletter and cookie lines, \"Read also:\" links, photo credits, aggregator notices, in English and in the source languages (French, German, Spanish, Italian, Portuguese). Also lines recognised by their shape: a relative time stamp (\"4 months ago\"), a date or time followed by \"source:\", an agency photo credit (\"… reporter Li Hua photo\"), a section label (\"Politics\" above the headline, \"– World\" on its own line) and a section name glued to a headline near the top (\"… – Politics\", where only the label is deleted). Matched on whole lines only, never inside a sentence; `[rules.web-boilerplate] extra` adds phrases.",
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
        // Blocks before the first paragraph of running text: where a page's masthead,
        // section label and title sit.
        let mut leading = true;
        for (idx, block) in doc.blocks.iter().enumerate() {
            let was_leading = leading;
            if block.kind == BlockKind::Paragraph && block.tokens().len() > 20 {
                leading = false;
            }
            if block.tokens().len() > 80 {
                continue;
            }
            let text = doc.block_text(block);
            if block.tokens().len() <= 30
                && let Some((start, end, what)) = furniture_pattern(doc, idx, text, was_leading)
            {
                // A whole line goes whatever it holds (a site's address in a stamp).
                if (start, end) != (block.start(), block.end()) && doc.is_excluded(start..end) {
                    continue;
                }
                let edits = if (start, end) == (block.start(), block.end()) {
                    let removal = doc.block_removal(idx);
                    vec![Edit::delete(removal.start, removal.end)]
                } else {
                    vec![Edit::delete(start, end)]
                };
                let fix = Fix::safe(
                    if edits[0].end() - edits[0].start() > end - start {
                        "delete the line"
                    } else {
                        "delete the label"
                    },
                    edits,
                );
                let diag = ctx
                    .diagnostic(
                        start,
                        end,
                        format!("web page furniture left in the text ({what})"),
                    )
                    .with_fix(fix);
                ctx.report(diag);
                continue;
            }
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

/// Section names news sites print above or after a headline ("Politics", "– World").
const SECTIONS: &[&str] = &[
    "business",
    "chronicle",
    "culture",
    "economy",
    "entertainment",
    "international",
    "international news",
    "latest news",
    "local news",
    "national",
    "national news",
    "news",
    "politics",
    "society",
    "sport",
    "sports",
    "top stories",
    "world",
    "world news",
];

fn is_section(s: &str) -> bool {
    SECTIONS.contains(&s)
}

const DASHES: [char; 3] = ['-', '–', '—'];

/// Furniture recognised by its shape rather than by a phrase: (start, end, description).
/// `leading` says the block comes before the first paragraph of running text.
fn furniture_pattern(
    doc: &Document,
    idx: usize,
    text: &str,
    leading: bool,
) -> Option<(usize, usize, String)> {
    let block = &doc.blocks[idx];
    let whole = |what: &str| Some((block.start(), block.end(), what.to_string()));
    let line = lexicon::normalize_line(text);
    let bare = line.trim_start_matches(DASHES).trim_start();
    let marker = &doc.text[block.line_start()..block.start()];
    // A dash before the label may have been read as a list marker; an item of a real list
    // ("- Entertainment" among other items) is not a label.
    let list_item = |i: usize| {
        doc.blocks
            .get(i)
            .is_some_and(|b| b.kind == BlockKind::ListItem)
    };
    let dashed = bare.len() < line.len()
        || (block.kind == BlockKind::ListItem
            && marker.trim_start().starts_with(DASHES)
            && !list_item(idx + 1)
            && (idx == 0 || !list_item(idx - 1)));
    // "Politics" above the headline, "– International News" anywhere.
    if is_section(bare) && (dashed || (leading && idx > 0)) {
        return whole("a section label");
    }
    if relative_time(&line) {
        return whole("a relative time stamp");
    }
    if date_source_stamp(&line) {
        return whole("a date and source stamp");
    }
    if photo_credit(text) {
        return whole("a photo credit");
    }
    // "Headline – Politics": a section name glued to a headline near the top.
    if leading && !text.contains('\n') {
        let trimmed = text.trim_end();
        for sep in [" – ", " - ", " — ", " | "] {
            if let Some(pos) = trimmed.rfind(sep) {
                let label = lexicon::normalize_line(&trimmed[pos + sep.len()..]);
                if is_section(&label) && pos > 0 {
                    let start = text.as_ptr() as usize - doc.text.as_ptr() as usize + pos;
                    let end = text.as_ptr() as usize - doc.text.as_ptr() as usize + trimmed.len();
                    return Some((start, end, "a section name after the headline".to_string()));
                }
            }
        }
    }
    None
}

/// "4 months ago", "2 hours ago 12" (a comment count after it).
fn relative_time(line: &str) -> bool {
    let words: Vec<&str> = line.split(' ').collect();
    let n = match words.as_slice() {
        [n, _, "ago"] | [n, _, "ago", _] => n,
        _ => return false,
    };
    let unit = words[1].trim_end_matches('s');
    (n.bytes().all(|b| b.is_ascii_digit()) || matches!(*n, "a" | "an" | "one"))
        && matches!(
            unit,
            "second" | "sec" | "minute" | "min" | "hour" | "hr" | "day" | "week" | "month" | "year"
        )
        && words
            .get(3)
            .is_none_or(|c| c.bytes().all(|b| b.is_ascii_digit()))
}

/// "In November 2018 09, 04:17 source: example.com": a date or time, then "source:".
fn date_source_stamp(line: &str) -> bool {
    let Some(pos) = line.find("source:") else {
        return false;
    };
    let before = &line[..pos];
    let clock = before
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    let year = before
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    // Every word before "source:" belongs to a date or time stamp.
    let stamp_word = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.is_empty()
            || w.bytes().any(|b| b.is_ascii_digit())
            || matches!(
                w,
                "on" | "in"
                    | "at"
                    | "am"
                    | "pm"
                    | "published"
                    | "updated"
                    | "posted"
                    | "time"
                    | "date"
                    | "release"
                    | "january"
                    | "february"
                    | "march"
                    | "april"
                    | "may"
                    | "june"
                    | "july"
                    | "august"
                    | "september"
                    | "october"
                    | "november"
                    | "december"
                    | "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
            )
    };
    (before.is_empty() || before.ends_with(' '))
        && (clock || year)
        && before.split(' ').filter(|w| !w.is_empty()).count() <= 8
        && before.split(' ').all(stamp_word)
        && line.split(' ').count() <= 20
}

/// "Xinhua News Agency reporter Li Hua photo": an agency photo credit rendered word for
/// word, the photographer's name (one to four capitalised words) between "reporter" and
/// "photo", nothing after it.
fn photo_credit(text: &str) -> bool {
    let line = text.trim().trim_start_matches('(').trim_end_matches(')');
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > 12
        || !words
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("photo"))
    {
        return false;
    }
    let Some(r) = words.iter().rposition(|w| {
        ["reporter", "correspondent", "photographer"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
    }) else {
        return false;
    };
    let name = &words[r + 1..words.len() - 1];
    (1..=4).contains(&name.len())
        && name.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic)
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_of_furniture() {
        assert!(relative_time("4 months ago 2"));
        assert!(relative_time("an hour ago"));
        assert!(!relative_time("4 months ago we met"));
        assert!(!relative_time("some months ago"));
        assert!(date_source_stamp("2024-03-14 09:30 source: example.net"));
        assert!(date_source_stamp(
            "in november 2018 09, 04:17 source: example.xyz: people's daily"
        ));
        assert!(!date_source_stamp(
            "source: national statistics office, 2023"
        ));
        assert!(!date_source_stamp(
            "the figures for 2023 come from one source: the ministry"
        ));
        assert!(photo_credit("Xinhua News Agency reporter Li Hua photo"));
        assert!(photo_credit("(Xinhua News Agency reporter Li Hua photo)"));
        assert!(!photo_credit("A reporter from the paper took this photo"));
        assert!(!photo_credit("A reporter took a photo."));
    }
}
