//! `web-boilerplate`: page furniture left in the article text.

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{BlockKind, Document};
use crate::lexicon::{self, english};
use table::BoilerplateKind;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

mod table;

pub struct WebBoilerplate;

/// `[rules.web-boilerplate]`.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoilerplateOptions {
    /// More lines to report as page furniture, normalised as the article's lines are
    /// (see [`table::normalize_line`]) when read.
    #[serde(default, deserialize_with = "normalized_lines")]
    pub extra: Vec<String>,
}

impl BoilerplateOptions {
    /// Options with these extra lines, normalised.
    pub fn with_extra<S: AsRef<str>>(lines: &[S]) -> BoilerplateOptions {
        BoilerplateOptions {
            extra: lines
                .iter()
                .map(|l| table::normalize_line(l.as_ref()))
                .collect(),
        }
    }
}

fn normalized_lines<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let lines: Vec<String> = serde::Deserialize::deserialize(d)?;
    Ok(BoilerplateOptions::with_extra(&lines).extra)
}

impl crate::rules::Options for BoilerplateOptions {
    fn describe(&self) -> Vec<(&'static str, String)> {
        if self.extra.is_empty() {
            return Vec::new();
        }
        vec![("extra", self.extra.join(", "))]
    }
}

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::WebBoilerplate.name(),
    category: "structure",
    default_on: true,
    large_working_set: false,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    summary: "Page furniture (comment forms, share and subscribe lines, \"Read also\") left in the text.",
    what: "A whole line that is web page furniture rather than article text: comment forms (\"Leave a Reply\", \"Your email address will not be published.\"), share, subscribe, newsletter and cookie lines, \"Read also:\" links, photo credits, aggregator notices, in English and in the source languages (French, German, Spanish, Italian, Portuguese). Also lines recognised by their shape: a relative time stamp (\"4 months ago\"), a date or time followed by \"source:\", an agency photo credit (\"… reporter Li Hua photo\"), a section label (\"Politics\" above the headline, \"– World\" on its own line) a section name glued to a headline near the top (\"… – Politics\", where only the label is deleted), a news site's name or slogan on its own line above the headline (three or four capitalised words with \"News\", such as \"Get News Fast\"), a \"Trending on <site>\" teaser, a forum banner framed by asterisks in capitals, and the headlines of other articles right under a \"Related Posts\" label, right above a \"Know more\" link in the middle of the text, or ending in \"| <site> thumbnail\". Matched on whole lines only, never inside a sentence; `[rules.web-boilerplate] extra` adds phrases.",
    why: "Articles are scraped from web pages before or after translation, and the scraper keeps the page's comment form, sharing widgets and related-article links; machine translation then turns them into English, or leaves them in the source language.",
    example: "The talks will resume next month.\n\nLeave a Reply\n\nYour email address will not be published.",
    use_instead: "The talks will resume next month.",
    fix_safety: "Safe: deletes the whole line and the line break before it; the rest of the article is untouched.",
};

/// Is this line page furniture that this rule reports (a listed or configured phrase)?
pub(crate) fn is_furniture(settings: &crate::config::Settings, text: &str) -> bool {
    let line = table::normalize_line(text);
    settings.options.web_boilerplate.extra.contains(&line)
        || table::boilerplate().lookup(&line, settings.langs).is_some()
}

impl Rule for WebBoilerplate {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let table = table::boilerplate();
        let langs = ctx.settings.langs;
        // Blocks before the first paragraph of running text: where a page's masthead,
        // section label and title sit.
        let mut leading = true;
        // What each block was found to be, for the teasers beside link labels.
        let mut found_as = vec![Found::No; doc.blocks.len()];
        // The normalised line, in one buffer for all blocks.
        let mut line = String::new();
        for (idx, block) in doc.blocks.iter().enumerate() {
            let was_leading = leading;
            if block.kind == BlockKind::Paragraph && block.tokens().len() > 20 {
                leading = false;
            }
            // A forum banner on a line of its own may have been joined to the paragraph
            // under it ("*** … PING LIST *** … ***").
            // ('*' is rare in prose: memchr finds the candidates.)
            let bt = doc.block_text(block).as_bytes();
            if memchr::memchr_iter(b'*', bt).any(|i| bt[i..].starts_with(b"***")) {
                banner_lines(doc, idx, ctx);
            }
            if block.tokens().len() > 80 {
                continue;
            }
            let text = doc.block_text(block);
            if block.tokens().len() <= 30
                && let Some((start, end, what)) =
                    furniture_pattern(doc, idx, text, was_leading, &mut line)
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
                found_as[idx] = Found::Other;
                continue;
            }
            // Cheap rejection: the first word of the line (after list or heading markers)
            // must start some phrase, unless extra phrases are configured.
            if ctx.settings.options.web_boilerplate.extra.is_empty() {
                let first = text
                    .trim_start_matches(['-', '*', '•', '>', '#', ' '])
                    .split(char::is_whitespace)
                    .next()
                    .unwrap_or("");
                if !table.may_start_with(first) {
                    continue;
                }
            }
            // furniture_pattern has already normalised the text of a block of at most 30
            // tokens into `line`; longer blocks are normalised here.
            if block.tokens().len() > 30 {
                table::normalize_line_into(text, &mut line);
            }
            if line.is_empty() {
                continue;
            }
            let found = if ctx.settings.options.web_boilerplate.extra.contains(&line) {
                Some("a configured boilerplate phrase".to_string())
            } else if let Some((kind, phrase, lang)) = table.lookup(&line, langs) {
                if kind == BoilerplateKind::Exact {
                    if RELATED_LABELS.contains(&phrase) {
                        found_as[idx] = Found::RelatedLabel;
                    } else if MORE_LABELS.contains(&phrase) {
                        found_as[idx] = Found::MoreLabel;
                    }
                }
                Some(describe(kind, phrase, lang))
            } else {
                // A line made only of furniture sentences ("Your email address will not be
                // published. Required fields are marked *").
                let sentences = doc.block_sentences(block);
                if sentences.len() >= 2 {
                    let mut all = true;
                    let mut first = None;
                    for s in sentences {
                        let norm = table::normalize_line(doc.sentence_text(s));
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
            if found_as[idx] == Found::No {
                found_as[idx] = Found::Other;
            }
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
        teasers(doc, &found_as, ctx);
    }
}

/// What a block was found to be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Found {
    No,
    /// A label over links to other articles ("Related Posts", "Read also").
    RelatedLabel,
    /// A link label under an article's teaser ("Read more", "Know more").
    MoreLabel,
    /// Other furniture, or a teaser.
    Other,
}

/// Labels (normalised, in every language the lists hold) above a list of links to other
/// articles: the headline-like lines right under them are those links.
const RELATED_LABELS: &[&str] = &[
    "also read",
    "artículos relacionados",
    "articles similaires",
    "artigos relacionados",
    "articoli correlati",
    "leer también",
    "leggi anche",
    "lire aussi",
    "more news",
    "more related news",
    "more stories",
    "noticias relacionadas",
    "notícias relacionadas",
    "read also",
    "related",
    "related articles",
    "related news",
    "related post",
    "related posts",
    "related stories",
    "related story",
    "sur le même sujet",
    "weitere artikel",
    "weitere nachrichten",
];

/// Link labels (normalised) under the headline of another article.
const MORE_LABELS: &[&str] = &[
    "continue reading",
    "find out more",
    "know more",
    "leer más",
    "lire la suite",
    "read more",
    "saber más",
    "weiterlesen",
];

/// A line that reads like a headline: three to thirty words, starting with a capital
/// letter or a digit, not ending like a sentence of running text.
fn headline_like(line: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    (3..=30).contains(&words)
        && line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !line.ends_with(['.', ':', ';', ',', '…'])
}

/// Teasers of other articles: headline-like lines right under a "Related Posts" label
/// (in the same run of lines, one after another; the plain-text reader may have joined
/// them into one block), or a headline-like line right above a "Know more" link label in
/// the middle of the article (running text before and after).
fn teasers(doc: &Document, found_as: &[Found], ctx: &mut Context) {
    let running =
        |b: &crate::document::Block| b.kind == BlockKind::Paragraph && b.tokens().len() > 20;
    let first_running = doc.blocks.iter().position(running);
    let last_running = doc.blocks.iter().rposition(running);
    let mut after_label = false;
    for (idx, block) in doc.blocks.iter().enumerate() {
        let kind = found_as[idx];
        if kind != Found::No {
            after_label = kind == Found::RelatedLabel;
            continue;
        }
        let text = doc.block_text(block);
        // Under the label (or the teaser before) with a single line break between.
        let adjacent = idx > 0
            && doc.text[doc.blocks[idx - 1].end()..block.start()]
                .bytes()
                .filter(|&b| b == b'\n')
                .count()
                == 1;
        let under_label = after_label && adjacent;
        let before_more = found_as.get(idx + 1) == Some(&Found::MoreLabel)
            && first_running.is_some_and(|f| f < idx)
            && last_running.is_some_and(|l| l > idx + 1)
            && !text.contains('\n');
        let teaser = (under_label || before_more)
            && block.kind != BlockKind::ListItem
            && text.lines().all(headline_like)
            && !doc.is_excluded(block.start()..block.end());
        if !teaser {
            after_label = false;
            continue;
        }
        // One finding per line, each deleting its line.
        let mut pos = 0;
        let single = !text.contains('\n');
        for line in text.split_inclusive('\n') {
            let start = block.start() + pos;
            let first = pos == 0;
            pos += line.len();
            let end = start + line.trim_end().len();
            let removal = if single {
                doc.block_removal(idx)
            } else if first {
                start..block.start() + pos
            } else {
                doc.text[..start].trim_end_matches(['\r', '\n']).len()..end
            };
            report_line(
                ctx,
                start..end,
                removal,
                "the headline of another article, beside a link label",
            );
        }
        // The next line may be another link of the same list.
        after_label = under_label;
    }
}

/// Report one line of furniture, `span`, deleted with `removal` (the line and one line
/// break).
fn report_line(
    ctx: &mut Context,
    span: std::ops::Range<usize>,
    removal: std::ops::Range<usize>,
    what: &str,
) {
    let fix = Fix::safe(
        "delete the line",
        vec![Edit::delete(removal.start, removal.end)],
    );
    let diag = ctx
        .diagnostic(
            span.start,
            span.end,
            format!("web page furniture left in the text ({what})"),
        )
        .with_fix(fix);
    ctx.report(diag);
}

/// Lines of a block that are a forum banner: framed by runs of asterisks, in capitals
/// ("*** … PING LIST *** FREEPMAIL ME IF YOU WANT TO JOIN ***").
fn banner_lines(doc: &Document, idx: usize, ctx: &mut Context) {
    let block = &doc.blocks[idx];
    let text = doc.block_text(block);
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = block.start() + pos;
        pos += line.len();
        let body = line.trim_end();
        if !banner(body) || doc.is_excluded(start..start + body.len()) {
            continue;
        }
        let end = start + body.len();
        // The line and its line break; the block's only line goes with its separator.
        let removal = if body.len() == text.trim_end().len() {
            doc.block_removal(idx)
        } else if pos == text.len() {
            // The block's last line: take the line break before it.
            let before = doc.text[..start].trim_end_matches(['\r', '\n']).len();
            before..end
        } else {
            start..block.start() + pos
        };
        report_line(ctx, start..end, removal, "a forum banner");
    }
}

/// "*** FRENCH POLITICS PING LIST ***": starts and ends with three or more asterisks set
/// apart by spaces (so not Markdown emphasis), at least three words, every letter a
/// capital.
fn banner(line: &str) -> bool {
    let line = line.trim();
    let Some(inner) = line.strip_prefix("***").and_then(|l| l.strip_suffix("***")) else {
        return false;
    };
    let inner = inner.trim_matches('*');
    inner.starts_with(char::is_whitespace)
        && inner.ends_with(char::is_whitespace)
        && inner
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            >= 3
        && inner
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
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
    buf: &mut String,
) -> Option<(usize, usize, String)> {
    let block = &doc.blocks[idx];
    let whole = |what: &str| Some((block.start(), block.end(), what.to_string()));
    table::normalize_line_into(text, buf);
    let line: &str = buf;
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
    if relative_time(line) {
        return whole("a relative time stamp");
    }
    if date_source_stamp(line) {
        return whole("a date and source stamp");
    }
    if photo_credit(text) {
        return whole("a photo credit");
    }
    if thumbnail_link(text) {
        return whole("the headline of another article, with its thumbnail label");
    }
    if trending_teaser(text) {
        return whole("a “Trending on …” teaser");
    }
    if site_name_line(doc, idx) {
        return whole("a news site's name above the headline");
    }
    // "Headline – Politics": a section name glued to a headline near the top.
    if leading && !text.contains('\n') {
        let trimmed = text.trim_end();
        for sep in [" – ", " - ", " — ", " | "] {
            if let Some(pos) = trimmed.rfind(sep) {
                let label = table::normalize_line(&trimmed[pos + sep.len()..]);
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

/// "Headline of another article | Calcalist thumbnail": a link whose image's label was
/// scraped with it, the last "|" part one to four words ending in "thumbnail".
fn thumbnail_link(text: &str) -> bool {
    let text = text.trim();
    let Some((head, tail)) = text.rsplit_once('|') else {
        return false;
    };
    let words: Vec<&str> = tail.split_whitespace().collect();
    !text.contains('\n')
        && head.split_whitespace().count() >= 2
        && (1..=4).contains(&words.len())
        && words
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("thumbnail"))
}

/// "Trending on Canadian News  Grec 2022: six shows not to miss": a site's teaser of one
/// of its own articles. "Trending on", the site's name (one to four capitalised words),
/// then the end of the line or a separator (two spaces, "|", a dash, a colon) and the
/// teaser.
fn trending_teaser(text: &str) -> bool {
    let text = text.trim();
    let Some(rest) = text.strip_prefix("Trending on ") else {
        return false;
    };
    if text.contains('\n') || text.split_whitespace().count() > 30 {
        return false;
    }
    let site_end = ["  ", " | ", " - ", " – ", " — ", ": "]
        .iter()
        .filter_map(|sep| rest.find(sep))
        .min()
        .unwrap_or(rest.len());
    let site: Vec<&str> = rest[..site_end].split(' ').collect();
    (1..=4).contains(&site.len())
        && site.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '&'))
        })
}

/// A news site's name or slogan on its own line at the very top, above the headline
/// ("News Net Nebraska", "Get News Fast"): three or four capitalised words, one of them
/// "News", none a function word, no punctuation; only site lines above it; under it a
/// headline of six words or more (a blog's "Lab News Roundup" over "What We Learned" is
/// a title and its subtitle).
fn site_name_line(doc: &Document, idx: usize) -> bool {
    fn site_words(text: &str) -> bool {
        let text = text.trim();
        // A line without "News" is settled before its words are collected.
        if memchr::memmem::find(text.as_bytes(), b"News").is_none() {
            return false;
        }
        let words: Vec<&str> = text.split(' ').collect();
        !text.contains('\n')
            && (3..=4).contains(&words.len())
            && words.contains(&"News")
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars().all(char::is_alphanumeric)
                    && !english::contains(english::STOPWORDS, w)
            })
    }
    let headline = |i: usize| {
        doc.blocks.get(i).is_some_and(|b| {
            let t = doc.block_text(b).trim();
            b.kind != BlockKind::ListItem
                && !t.contains('\n')
                && (6..=30).contains(&t.split_whitespace().count())
                && !t.ends_with(['.', ':', ';', ','])
        })
    };
    let site_line = |i: usize| {
        let b = &doc.blocks[i];
        b.kind != BlockKind::ListItem && site_words(doc.block_text(b))
    };
    if idx > 2 || !(0..=idx).all(site_line) {
        return false;
    }
    // The first line that is not a site line: the headline.
    (idx + 1..doc.blocks.len().min(4))
        .find(|&i| !site_line(i))
        .is_some_and(headline)
}

/// "4 months ago", "2 hours ago 12" (a comment count after it).
fn relative_time(line: &str) -> bool {
    // Three or four words, the third "ago" (read without collecting the words).
    let mut words = line.split(' ');
    let (Some(n), Some(unit), Some("ago")) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let count = words.next();
    if words.next().is_some() {
        return false;
    }
    let unit = unit.trim_end_matches('s');
    (n.bytes().all(|b| b.is_ascii_digit()) || matches!(n, "a" | "an" | "one"))
        && matches!(
            unit,
            "second" | "sec" | "minute" | "min" | "hour" | "hr" | "day" | "week" | "month" | "year"
        )
        && count.is_none_or(|c| c.bytes().all(|b| b.is_ascii_digit()))
}

/// "In November 2018 09, 04:17 source: example.com": a date or time, then "source:".
fn date_source_stamp(line: &str) -> bool {
    let Some(pos) = memchr::memmem::find(line.as_bytes(), b"source:") else {
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
    // The last word must be "photo", so the line must end with it: settled before the
    // words are collected.
    let end = line.trim_end().as_bytes();
    if !(end.len() >= 5 && end[end.len() - 5..].eq_ignore_ascii_case(b"photo")) {
        return false;
    }
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

    #[test]
    fn banners_teasers_and_site_names() {
        assert!(banner("*** CITY HALL PING LIST *** MAIL ME TO JOIN ***"));
        assert!(banner("**** WEEKLY ROUND UP LIST ****"));
        assert!(!banner("*** SOLD OUT ***"));
        assert!(!banner("*** Update: the session is now full ***"));
        assert!(!banner("***BOLD ITALIC CAPITALS HERE***"));
        assert!(!banner("***"));
        assert!(thumbnail_link(
            "Rail strike called off | Harbor Post thumbnail"
        ));
        assert!(thumbnail_link("Rail strike called off |  Post thumbnail"));
        assert!(!thumbnail_link("Click the thumbnail to enlarge it"));
        assert!(!thumbnail_link(
            "Photos | and the thumbnail of each one are in the folder"
        ));
        assert!(trending_teaser(
            "Trending on Harbor Daily  Five festivals not to miss"
        ));
        assert!(trending_teaser("Trending on Harbor Daily: Five festivals"));
        assert!(trending_teaser("Trending on Harbor Daily"));
        assert!(!trending_teaser(
            "Trending on Twitter, the hashtag reached thousands"
        ));
        assert!(!trending_teaser("Trending on social media this week"));
        assert!(headline_like("Rail strike called off after talks"));
        assert!(headline_like("Will the strike end soon?"));
        assert!(!headline_like("The strike ended on Monday."));
        assert!(!headline_like("Rail strike"));
        assert!(!headline_like("rail strike called off after talks"));
        let doc = |t: &'static str| Document::parse(t, crate::document::Format::Plain);
        let d = doc("Get News Fast\n\nMinister Resigns After Vote on the Budget Fails\n\nText.");
        assert!(site_name_line(&d, 0));
        let d = doc("Lab News Roundup\n\nWhat We Learned\n\nText.");
        assert!(!site_name_line(&d, 0));
        let d = doc("The Good News\n\nMinister Resigns After Vote on the Budget Fails\n\nText.");
        assert!(!site_name_line(&d, 0));
        let d = doc("Workshop News Today\n\nWe ran twelve workshops this spring.");
        assert!(!site_name_line(&d, 0));
    }
}
