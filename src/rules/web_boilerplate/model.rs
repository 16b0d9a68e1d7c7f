//! Page furniture by shape and context: features of a short line (length, final
//! punctuation, position in the article, furniture vocabulary, credit, URL, date, link
//! and markup shapes, the site's name from the title, a headline that shares no word with
//! the article) and a logistic model over them, its weights fitted by
//! `tools/boilerplate/fit.py` on annotated articles and shipped in `model/weights.tsv`.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::document::{BlockKind, Document};
use crate::lexicon::english;

/// The features, in the order of the weights file.
pub(super) const FEATURES: &[&str] = &[
    "bias",
    "log_words",
    "one_or_two_words",
    "ends_sentence",
    "ends_dangling",
    "before_text",
    "after_text",
    "vocab_share",
    "listed_phrase",
    "credit",
    "url_or_file",
    "site_name",
    "isolated_headline",
    "markup",
    "date_stamp",
    "nav_link",
    "byline",
    "paywall",
    "breadcrumb",
    "caps_share",
    "digit_share",
    "titlecase_share",
    "stopword_share",
    "non_latin_share",
    "list_item",
    "heading",
    "name_only",
    "repeated_line",
];

pub(super) const N: usize = FEATURES.len();

/// The longest line (in words) the model looks at.
pub(super) const MAX_WORDS: usize = 30;

struct Model {
    weights: [f32; N],
    threshold: f32,
}

/// The fitted weights: `model/weights.tsv` (`name<TAB>weight` lines in the order of
/// [`FEATURES`], then `threshold<TAB>p`), read once.
fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let mut weights = [0.0; N];
        let mut threshold = 1.0;
        let mut i = 0;
        for line in include_str!("model/weights.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (name, w) = line.split_once('\t').expect("weights.tsv: name<TAB>weight");
            let w: f32 = w.trim().parse().expect("weights.tsv: a number");
            if name == "threshold" {
                threshold = w;
            } else {
                assert_eq!(name, FEATURES[i], "weights.tsv: features out of order");
                weights[i] = w;
                i += 1;
            }
        }
        assert_eq!(i, N, "weights.tsv: a weight for every feature");
        Model { weights, threshold }
    })
}

/// Furniture vocabulary (`model/vocab.txt`, lowercase words), read once.
fn vocab() -> &'static HashSet<&'static str> {
    static VOCAB: OnceLock<HashSet<&'static str>> = OnceLock::new();
    VOCAB.get_or_init(|| {
        include_str!("model/vocab.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect()
    })
}

/// The probability the model gives the features.
pub(super) fn probability(f: &[f32; N]) -> f32 {
    let m = model();
    let z: f32 = f.iter().zip(&m.weights).map(|(x, w)| x * w).sum();
    1.0 / (1.0 + (-z).exp())
}

/// Is a line with these features furniture, by the model?
pub(super) fn is_furniture(f: &[f32; N]) -> bool {
    probability(f) >= model().threshold
}

/// Is the line with these features a date or time stamp?
pub(super) fn is_date_line(f: &[f32; N]) -> bool {
    f[14] > 0.0
}

/// What the model needs to know about the whole article, gathered once.
pub(super) struct Article<'a> {
    /// The first and last blocks of running text (paragraphs of more than 20 tokens).
    first_running: Option<usize>,
    last_running: Option<usize>,
    /// The site's name as the title line gives it ("Headline | Site"), normalised.
    site: Option<String>,
    /// Lowercase words of four letters or more, counted, built on first use (only for
    /// headline-like lines).
    words: OnceLock<std::collections::HashMap<String, u32>>,
    /// How many blocks of at most 40 tokens have each text (trimmed), built on first use:
    /// one pass instead of a scan of every block for each line.
    short_blocks: OnceLock<std::collections::HashMap<&'a str, u32>>,
}

impl<'a> Article<'a> {
    pub(super) fn new(doc: &Document<'a>) -> Article<'a> {
        let running =
            |b: &crate::document::Block| b.kind == BlockKind::Paragraph && b.tokens().len() > 20;
        let site = doc.blocks.first().and_then(|b| {
            let t = doc.block_text(b).trim();
            let pos = [" | ", " - ", " – ", " — "]
                .iter()
                .filter_map(|s| t.rfind(s).map(|p| p + s.len()))
                .max()?;
            let name = super::table::normalize_line(&t[pos..]);
            (!name.is_empty() && name.split(' ').count() <= 5 && name.len() >= 3).then_some(name)
        });
        Article {
            first_running: doc.blocks.iter().position(running),
            last_running: doc.blocks.iter().rposition(running),
            site,
            words: OnceLock::new(),
            short_blocks: OnceLock::new(),
        }
    }

    /// Does the same short line stand elsewhere in the article (a block of its own)?
    fn repeated(&self, doc: &Document<'a>, idx: usize, line: &str) -> bool {
        let short = |b: &crate::document::Block| b.tokens().len() <= 40;
        let counts = self.short_blocks.get_or_init(|| {
            let mut m = std::collections::HashMap::new();
            for b in doc.blocks.iter().filter(|b| short(b)) {
                *m.entry(doc.block_text(b).trim()).or_insert(0) += 1;
            }
            m
        });
        let block = &doc.blocks[idx];
        let itself = short(block) && doc.block_text(block).trim() == line;
        counts.get(line).copied().unwrap_or(0) > itself as u32
    }

    fn words(&self, doc: &Document) -> &std::collections::HashMap<String, u32> {
        self.words.get_or_init(|| {
            let mut m = std::collections::HashMap::new();
            for t in &doc.tokens {
                if !t.is_word() {
                    continue;
                }
                let w = doc.token_text(t);
                if w.chars().count() >= 4 {
                    *m.entry(w.to_lowercase()).or_insert(0) += 1;
                }
            }
            m
        })
    }
}

const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "gmt",
    "utc", "today", "yesterday", "updated", "published", "posted",
];

fn is_date_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    w.is_empty()
        || w.bytes().any(|b| b.is_ascii_digit())
        || MONTHS.contains(&w.to_ascii_lowercase().as_str())
}

/// Words that name the source of a picture or a text.
const CREDIT_WORDS: &[&str] = &[
    "photo", "photos", "image", "images", "picture", "credit", "credits", "foto", "fotos",
    "source", "courtesy", "copyright", "reporter", "correspondent", "photographer", "file",
    "screenshot", "illustration", "zdjęcie", "źródło", "quelle", "fuente", "fonte", "bild",
];

const NAV_WORDS: &[&str] = &[
    "prev", "previous", "next", "older", "newer", "home", "menu", "close", "back", "top",
    "more", "continue", "reading", "read", "entire", "article", "click", "here", "links",
    "tag", "tags", "search",
];

const PAYWALL_WORDS: &[&str] = &[
    "subscribe", "subscription", "subscriber", "subscribers", "premium", "paywall", "unlock",
    "register", "login", "log", "sign", "account", "newsletter", "unlimited", "access",
    "members", "membership",
];

/// The features of `line` (one line of block `idx`, at most [`MAX_WORDS`] words).
pub(super) fn features<'a>(
    doc: &Document<'a>,
    art: &Article<'a>,
    idx: usize,
    line: &str,
    listed: bool,
) -> [f32; N] {
    let mut f = [0.0f32; N];
    let block = &doc.blocks[idx];
    let line = line.trim();
    let norm = super::table::normalize_line(line);
    let raw: Vec<&str> = line.split_whitespace().collect();
    let n = raw.len().max(1) as f32;
    let words: Vec<String> = raw
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let nw = words.len().max(1) as f32;
    let last = line.chars().last().unwrap_or(' ');
    f[0] = 1.0;
    f[1] = (1.0 + raw.len() as f32).ln();
    f[2] = (raw.len() <= 2) as u8 as f32;
    f[3] = matches!(last, '.' | '!' | '?' | '"' | '”' | ')' | '»') as u8 as f32;
    f[4] = matches!(last, ':' | '|' | '-' | '–' | '—' | '/' | '•' | '»' | '>') as u8 as f32;
    f[5] = art.first_running.is_none_or(|r| idx < r) as u8 as f32;
    f[6] = art.last_running.is_some_and(|r| idx > r) as u8 as f32;
    let v = vocab();
    f[7] = words.iter().filter(|w| v.contains(w.as_str())).count() as f32 / nw;
    f[8] = listed as u8 as f32;
    let lower_raw: Vec<String> = raw.iter().map(|w| w.to_lowercase()).collect();
    let credit_word = words.iter().any(|w| CREDIT_WORDS.contains(&w.as_str()));
    let slash_caps = raw.windows(3).any(|w| {
        w[1] == "/" && w[0].starts_with(char::is_uppercase) && w[2].starts_with(char::is_uppercase)
    });
    f[9] = ((credit_word && raw.len() <= 12) || slash_caps || line.contains('©')) as u8 as f32;
    f[10] = lower_raw.iter().any(|w| {
        w.contains("http")
            || w.contains("www.")
            || [".com", ".org", ".net", ".ru", ".cn", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".pdf", ".html", ".php"]
                .iter()
                .any(|e| w.contains(e))
            || (w.matches('/').count() >= 2 && w.len() > 3)
    }) as u8 as f32;
    f[11] = art
        .site
        .as_ref()
        .is_some_and(|s| idx > 0 && norm.contains(s.as_str())) as u8 as f32;
    if idx > 0 && super::headline_like(line) {
        let content: Vec<&String> = words
            .iter()
            .filter(|w| w.chars().count() >= 4 && !english::is_stop_word(w))
            .collect();
        if content.len() >= 3 {
            let m = art.words(doc);
            // A word of the line is counted once there; elsewhere means more than that.
            let shared = content
                .iter()
                .filter(|w| m.get(w.as_str()).copied().unwrap_or(0) > 1)
                .count();
            f[12] = (shared == 0) as u8 as f32;
        }
    }
    f[13] = (line.contains("]]>")
        || line.contains("<!")
        || line.contains("</")
        || line.contains("/>")
        || line.contains('{')
        || line.contains('}')
        || line.contains("&nbsp")
        || line.contains("&amp;")
        || line.contains("function(")
        || line.contains("var ")) as u8 as f32;
    let date_words = raw.iter().filter(|w| is_date_word(w)).count();
    f[14] = (raw.len() <= 10 && date_words * 2 >= raw.len() && raw.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit())))
        as u8 as f32;
    f[15] = (raw.len() <= 5 && words.iter().any(|w| NAV_WORDS.contains(&w.as_str()))) as u8
        as f32;
    f[16] = (raw.len() <= 6
        && (norm.starts_with("by ")
            || norm.starts_with("by:")
            || norm.starts_with("posted by")
            || norm.starts_with("author")
            || norm.contains("editor"))) as u8 as f32;
    f[17] = words.iter().any(|w| PAYWALL_WORDS.contains(&w.as_str())) as u8 as f32;
    f[18] = (raw
        .iter()
        .filter(|w| matches!(**w, "»" | ">" | "›" | "/" | "|" | "→"))
        .count()
        >= 2) as u8 as f32;
    let (mut letters, mut caps, mut digits, mut chars, mut non_latin) = (0, 0, 0, 0, 0);
    for c in line.chars() {
        chars += 1;
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                caps += 1;
            }
            if (c as u32) > 0x24F {
                non_latin += 1;
            }
        } else if c.is_ascii_digit() {
            digits += 1;
        }
    }
    let letters_f = (letters as f32).max(1.0);
    f[19] = caps as f32 / letters_f;
    f[20] = digits as f32 / (chars as f32).max(1.0);
    f[21] = raw
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count() as f32
        / n;
    f[22] = words.iter().filter(|w| english::is_stop_word(w)).count() as f32 / nw;
    f[23] = non_latin as f32 / letters_f;
    f[24] = (block.kind == BlockKind::ListItem) as u8 as f32;
    f[25] = block.kind.is_heading() as u8 as f32;
    f[26] = ((2..=3).contains(&raw.len())
        && raw.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })) as u8 as f32;
    f[27] = (raw.len() <= 12 && art.repeated(doc, idx, line)) as u8 as f32;
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_name_every_feature() {
        let m = model();
        assert!(m.threshold > 0.0 && m.threshold < 1.0);
        assert!(m.weights.iter().any(|w| *w != 0.0));
        assert!(!vocab().is_empty());
    }

    /// Prints the features of every candidate line of the files listed (one path a line)
    /// in the file named by `MTLINT_BOILERPLATE_DUMP`: `path<TAB>start<TAB>end<TAB>f,…`.
    /// Run by tools/boilerplate/fit.py.
    #[test]
    #[ignore = "feature dump for tools/boilerplate/fit.py"]
    fn dump_features() {
        let Ok(list) = std::env::var("MTLINT_BOILERPLATE_DUMP") else {
            return;
        };
        let out_path = format!("{list}.features");
        let mut out = String::new();
        for path in std::fs::read_to_string(&list).unwrap().lines() {
            let text = std::fs::read_to_string(path).unwrap();
            let doc = Document::parse(&text, crate::document::Format::Plain);
            let art = Article::new(&doc);
            for (start, end, idx, listed) in super::super::candidate_lines(&doc) {
                let f = features(&doc, &art, idx, &text[start..end], listed);
                let fs: Vec<String> = f.iter().map(|x| format!("{x:.4}")).collect();
                out.push_str(&format!("{path}\t{start}\t{end}\t{}\n", fs.join(",")));
            }
        }
        std::fs::write(out_path, out).unwrap();
    }
}
