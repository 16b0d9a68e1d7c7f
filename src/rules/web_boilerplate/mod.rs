//! `web-boilerplate`: page furniture left in the article text.

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{BlockKind, Document};
use crate::lexicon;
use table::BoilerplateKind;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

mod model;
mod shapes;
mod table;

use shapes::{banner, furniture_pattern};

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
    what: "A whole line that is web page furniture rather than article text: comment forms (\"Leave a Reply\", \"Your email address will not be published.\"), share, subscribe, newsletter and cookie lines, \"Read also:\" links, photo credits, aggregator notices, in English and in the source languages (French, German, Spanish, Italian, Portuguese). Also lines recognised by their shape: a relative time stamp (\"4 months ago\"), a date or time followed by \"source:\", an agency photo credit (\"… reporter Li Hua photo\"), a section label (\"Politics\" above the headline, \"– World\" on its own line) a section name glued to a headline near the top (\"… – Politics\", where only the label is deleted), a news site's name or slogan on its own line above the headline (three or four capitalised words with \"News\", such as \"Get News Fast\"), a \"Trending on <site>\" teaser, a forum banner framed by asterisks in capitals, and the headlines of other articles right under a \"Related Posts\" label, right above a \"Know more\" link in the middle of the text, or ending in \"| <site> thumbnail\". Other short lines are judged by a model fitted on annotated articles and clean prose, from their length, final punctuation, place in the article, furniture vocabulary, credit, URL, date, link, breadcrumb and markup shapes. Credit and date lines (\"Photo by …\", \"Posted: …\") are reported only on a page that has other furniture: in an edited article they are the editor's. Matched on whole lines only, never inside a sentence; `[rules.web-boilerplate] extra` adds phrases.",
    why: "Articles are scraped from web pages before or after translation, and the scraper keeps the page's comment form, sharing widgets and related-article links; machine translation then turns them into English, or leaves them in the source language.",
    example: "The talks will resume next month.\n\nLeave a Reply\n\nYour email address will not be published.",
    use_instead: "The talks will resume next month.",
    fix_safety: "Safe only for certain furniture (a listed line standing alone, a configured line, a shape such as \"4 months ago\"): deletes the whole line and the line break before it. A line that starts with a listed phrase but ends like a sentence, a credit or date line, and every line found by the model get an unsafe fix: the author may have written them.",
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
        // Furniture found by a phrase or a shape, and the credit and date lines waiting for
        // it.
        let mut furniture_found = false;
        let mut attributions: Vec<(usize, String)> = Vec::new();
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
                furniture_found = true;
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
                Some(("a configured boilerplate phrase".to_string(), Certainty::Certain))
            } else if let Some((kind, phrase, lang)) = table.lookup(&line, langs) {
                if kind == BoilerplateKind::Exact {
                    if RELATED_LABELS.contains(&phrase) {
                        found_as[idx] = Found::RelatedLabel;
                    } else if MORE_LABELS.contains(&phrase) {
                        found_as[idx] = Found::MoreLabel;
                    }
                }
                Some((describe(kind, phrase, lang), certainty(kind, phrase, &line, text)))
            } else {
                // A line made only of furniture sentences ("Your email address will not be
                // published. Required fields are marked *").
                let sentences = doc.block_sentences(block);
                if sentences.len() >= 2 {
                    let mut all = true;
                    let mut first = None;
                    let mut exact = true;
                    for s in sentences {
                        let norm = table::normalize_line(doc.sentence_text(s));
                        match table.lookup(&norm, langs) {
                            Some((kind, phrase, lang)) => {
                                exact &= kind == BoilerplateKind::Exact;
                                first.get_or_insert_with(|| describe(kind, phrase, lang));
                            }
                            None => {
                                all = false;
                                break;
                            }
                        }
                    }
                    let sure = if exact {
                        Certainty::Certain
                    } else {
                        Certainty::Likely
                    };
                    if all { first.map(|w| (w, sure)) } else { None }
                } else {
                    None
                }
            };
            let Some((what, sure)) = found else {
                continue;
            };
            if found_as[idx] == Found::No {
                found_as[idx] = Found::Other;
            }
            if sure == Certainty::Attribution {
                attributions.push((idx, what));
                continue;
            }
            furniture_found = true;
            let removal = doc.block_removal(idx);
            let edits = vec![Edit::delete(removal.start, removal.end)];
            let fix = if sure == Certainty::Certain {
                Fix::safe("delete the line", edits)
            } else {
                Fix::unsafe_("delete the line", edits)
            };
            let diag = ctx
                .diagnostic(
                    block.start(),
                    block.end(),
                    format!("web page furniture left in the text ({what})"),
                )
                .with_fix(fix);
            ctx.report(diag);
        }
        // Credit and date lines are reported only on a page that has other furniture: in
        // an edited article they are the editor's.
        if furniture_found {
            for (idx, what) in attributions {
                let block = &doc.blocks[idx];
                let removal = doc.block_removal(idx);
                let fix = Fix::unsafe_(
                    "delete the line",
                    vec![Edit::delete(removal.start, removal.end)],
                );
                let diag = ctx
                    .diagnostic(
                        block.start(),
                        block.end(),
                        format!("web page furniture left in the text ({what}, on a page with other furniture)"),
                    )
                    .with_fix(fix);
                ctx.report(diag);
            }
        }
        let teased = teasers(doc, &found_as, ctx);
        by_model(doc, &found_as, &teased, furniture_found, ctx);
    }
}

/// Lines the model may judge: every line of at most [`model::MAX_WORDS`] words of a block
/// of at most 80 tokens, outside excluded spans: (start, end, block, listed phrase).
pub(crate) fn candidate_lines(doc: &Document) -> Vec<(usize, usize, usize, bool)> {
    let mut out = Vec::new();
    let mut buf = String::new();
    for (idx, block) in doc.blocks.iter().enumerate() {
        if block.tokens().len() > 80 {
            continue;
        }
        let text = doc.block_text(block);
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        let mut pos = 0;
        for (i, line) in lines.iter().enumerate() {
            let start = block.start() + pos;
            pos += line.len();
            let body = line.trim_end();
            // A line of hard-wrapped prose: it or the line after it starts in lower case.
            let lower = |l: &str| l.trim_start().starts_with(char::is_lowercase);
            let next_line = doc.text[start + body.len()..].split('\n').nth(1);
            if (lines.len() > 1 && lower(body))
                || lines.get(i + 1).is_some_and(|n| lower(n))
                || (i + 1 == lines.len() && next_line.is_some_and(lower))
            {
                continue;
            }
            let lead = body.len() - body.trim_start().len();
            let start = start + lead;
            let body = body.trim_start();
            let words = body.split_whitespace().count();
            if words == 0 || words > model::MAX_WORDS || doc.is_excluded(start..start + body.len()) {
                continue;
            }
            table::normalize_line_into(body, &mut buf);
            let listed = table::boilerplate()
                .lookup(&buf, lexicon::LangSet::ALL)
                .is_some();
            out.push((start, start + body.len(), idx, listed));
        }
    }
    out
}

/// Furniture by the fitted model ([`model`]) on the lines no phrase or shape found: an
/// unsafe fix, as the model can be wrong about a line the author wrote. A date line the
/// model finds is reported only on a page with other furniture (`furniture_found`, or
/// another line the model found): in an edited article it is the editor's dateline.
fn by_model(
    doc: &Document,
    found_as: &[Found],
    teased: &[usize],
    furniture_found: bool,
    ctx: &mut Context,
) {
    let art = model::Article::new(doc);
    let mut hits = Vec::new();
    for (start, end, idx, listed) in candidate_lines(doc) {
        if found_as[idx] != Found::No || teased.contains(&idx) {
            continue;
        }
        let line = &doc.text[start..end];
        if line.contains("***") {
            continue;
        }
        let f = model::features(doc, &art, idx, line, listed);
        if model::is_furniture(&f) {
            hits.push((start, end, idx, model::is_date_line(&f)));
        }
    }
    let other = furniture_found || hits.iter().any(|h| !h.3);
    for (start, end, idx, date) in hits {
        // The first line is the title of an article that shows no other furniture: a
        // short title ("Ministers Meet") has the shape of a label, and it is the author's.
        if date && !other || idx == 0 && !furniture_found {
            continue;
        }
        let block = &doc.blocks[idx];
        let removal = if (start, end) == (block.start(), block.end()) {
            doc.block_removal(idx)
        } else if end == block.end() {
            doc.text[..start].trim_end_matches(['\r', '\n']).len()..end
        } else {
            let from = doc.text[..start].rfind('\n').map_or(0, |i| i + 1);
            let next = doc.text[end..].find('\n').map_or(end, |i| end + i + 1);
            from..next
        };
        let fix = Fix::unsafe_(
            "delete the line",
            vec![Edit::delete(removal.start, removal.end)],
        );
        let diag = ctx
            .diagnostic(
                start,
                end,
                "looks like web page furniture left in the text (by its shape and place)",
            )
            .with_fix(fix);
        ctx.report(diag);
    }
}

/// How sure a phrase match is that the line is furniture.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Certainty {
    /// A listed line standing alone: deleted by a safe fix.
    Certain,
    /// A line that starts with a listed phrase and ends like a sentence: the author may
    /// have written it; an unsafe fix.
    Likely,
    /// A credit, date or "Posted:" line: reported only on a page with other furniture.
    Attribution,
}

/// Words of the listed phrases that open credit and date lines, in the listed languages.
const ATTRIBUTION_WORDS: &[&str] = &[
    "photo", "photos", "photograph", "photography", "picture", "pictures", "image", "images",
    "illustration", "illustrations", "graphic", "video", "caption", "credit", "credits",
    "courtesy", "getty", "reuters", "epa", "afp", "ap", "anadolu", "posted", "published",
    "updated", "update", "modified", "dateline", "foto", "fotos", "bild", "bilder", "crédit",
    "crédits", "imagen", "imágenes", "immagine", "immagini", "imagem", "publié", "publicado",
    "pubblicato", "veröffentlicht", "aktualisiert", "mis", "actualizado",
];

/// A credit line naming only an agency, in capitals or by a listed agency name ("Photo:
/// AFP", "Photo: Getty Images", "AFP PHOTO"): wire metadata a scraper carries along,
/// furniture even on a page with nothing else; a credit naming a person ("Photo by Jane
/// Doe") is how editors credit their photographers.
fn credits_an_agency_alone(text: &str) -> bool {
    const AGENCIES: &[&str] = &[
        "afp", "ap", "epa", "reuters", "getty", "images", "anadolu", "agency", "xinhua",
        "tass", "ria", "novosti", "efe", "ansa", "dpa", "press", "associated",
    ];
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // The words after the opening one ("Photo", "Foto", "Credit").
    let rest = words.get(1..).unwrap_or_default();
    !rest.is_empty()
        && rest.len() <= 3
        && rest.iter().all(|w| {
            AGENCIES.contains(&w.to_lowercase().as_str())
                || (w.len() >= 2 && w.chars().all(|c| c.is_uppercase()))
        })
}

/// How sure the listed `phrase` matched by `kind` is that the line `text` is furniture.
///
/// A line that is the listed phrase and nothing more (`line`, normalised, equals it) is
/// as sure as an exact match, whatever its kind: only what a line adds to a prefix
/// phrase can be the author's.
fn certainty(kind: BoilerplateKind, phrase: &str, line: &str, text: &str) -> Certainty {
    if kind == BoilerplateKind::Exact || line == phrase {
        return Certainty::Certain;
    }
    let attribution = phrase
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| ATTRIBUTION_WORDS.contains(&w));
    if attribution && !credits_an_agency_alone(text) {
        Certainty::Attribution
    } else if attribution || text.trim_end().ends_with(['.', '!', '?', '"', '”']) {
        Certainty::Likely
    } else {
        Certainty::Certain
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
pub(super) fn headline_like(line: &str) -> bool {
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
fn teasers(doc: &Document, found_as: &[Found], ctx: &mut Context) -> Vec<usize> {
    let mut reported = Vec::new();
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
        reported.push(idx);
        // The next line may be another link of the same list.
        after_label = under_label;
    }
    reported
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
    use super::shapes::*;
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

    /// The fixes `--fix` would apply without `--unsafe-fixes` to this rule's findings.
    fn safe_deletions(text: &str) -> Vec<String> {
        let settings = crate::Settings::default();
        crate::lint(text, crate::document::Format::Plain, &settings)
            .into_iter()
            .filter(|d| d.rule == "web-boilerplate")
            .filter(|d| {
                d.fix
                    .as_ref()
                    .is_some_and(|f| f.applicability == crate::diagnostic::Applicability::Safe)
            })
            .map(|d| text[d.start()..d.end()].to_string())
            .collect()
    }

    #[test]
    fn an_authors_line_gets_no_safe_fix() {
        let body = "The council met on Monday and agreed to keep the ferry running through the winter months.\n\n";
        for line in [
            "This post was originally published on the council's own newsletter.",
            "Photo by Maren Holt",
            "Posted: 07.30.2012 13:52",
            "Image: the ferry at the island pier.",
        ] {
            let text = format!("{body}{line}\n");
            assert!(safe_deletions(&text).is_empty(), "{line}");
        }
        // A listed line standing alone is certain furniture.
        let text = format!("{body}Leave a Reply\n");
        assert_eq!(safe_deletions(&text), ["Leave a Reply"]);
    }

    #[test]
    fn credit_lines_only_on_a_page_with_other_furniture() {
        let body = "The council met on Monday and agreed to keep the ferry running through the winter months.\n\n";
        let settings = crate::Settings::default();
        let count = |text: &str| {
            crate::lint(text, crate::document::Format::Plain, &settings)
                .iter()
                .filter(|d| d.rule == "web-boilerplate" && text[d.start()..].starts_with("Photo:"))
                .count()
        };
        assert_eq!(count(&format!("{body}Photo: Maren Holt\n")), 0);
        assert_eq!(count(&format!("{body}Photo: Maren Holt\n\nLeave a Reply\n")), 1);
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
