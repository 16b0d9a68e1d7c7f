//! `glued-words`: two words run together without a space ("DiplomacyJapan", "said.The",
//! "morethan", "theUnited", "2027dossier").
//!
//! Each token is read from its bytes first; only a token that could be glued is looked up
//! (one frequency lookup for a lowercase word of five letters or more; the halves only for
//! a word English does not have).

mod camel;
mod punct;
mod solid;

use std::collections::{HashMap, HashSet};

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{Document, Token, TokenKind};
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct GluedWords;

/// `[rules.glued-words]`.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GluedOptions {
    /// Words never reported (any case).
    #[serde(default)]
    pub allow: Vec<String>,
}

impl crate::rules::Options for GluedOptions {
    fn describe(&self) -> Vec<(&'static str, String)> {
        if self.allow.is_empty() {
            return Vec::new();
        }
        vec![("allow", self.allow.join(", "))]
    }
}

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::GluedWords.name(),
    category: "words",
    default_on: true,
    large_working_set: false,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    summary: "Two words run together without a space.",
    what: "Two words written as one: two lowercase words (\"morethan\", \"willhelp\": not an English word, but two common ones), a word run into a name (\"theUnited\"), a kicker or label run into the title that follows it (\"DiplomacyJapan and …\"), two sentences or clauses joined without a space after the punctuation (\"said.The\", \"located.Later\", \"flames.”We\", \"standard,check\"), a number glued to a word (\"2027dossier\"). CamelCase names written as one word (JavaScript, YouTube, iPhone, McDonald), abbreviations (U.S., e.g.), units (5km), hashtags, code, file names and URLs stay quiet; `[rules.glued-words] allow` adds more.",
    why: "Scrapers drop the line break or the tag between a kicker and a headline, and between two paragraphs; machine translation then carries the joined token through unchanged, and sometimes drops the space between two words itself.",
    example: "DiplomacyJapan and the US deepen their alliance\n\nThe ministers met on Wednesday.The talks lasted morethan three hours.",
    use_instead: "Diplomacy: Japan and the US deepen their alliance\n\nThe ministers met on Wednesday. The talks lasted more than three hours.",
    fix_safety: "Unsafe: inserts a space between the two words; a human should check that the first part is not part of a name.",
};

/// A glued pair found: the span reported, where the space goes, and the message.
struct Glued {
    start: usize,
    end: usize,
    at: usize,
    message: String,
    label: String,
}

/// Is the token before `k` (if glued to it) one that makes the word part of something
/// else: a hashtag or handle ("#climatechange", "@name"), a path or identifier
/// ("data_file", "a/b"), a dotted name ("example.com")?
fn inside_larger(doc: &Document, toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let before = t.glued()
        && k > 0
        && !matches!(
            doc.token_text(&toks[k - 1]),
            "(" | "[" | "“" | "\"" | "‘" | "'" | "«" | "—" | "–"
        );
    let after = toks.get(k + 1).is_some_and(|n| {
        n.glued()
            && !matches!(
                doc.token_text(n),
                "." | "," | ";" | ":" | "!" | "?" | ")" | "]" | "”" | "\"" | "’" | "'" | "»"
                    | "—"
                    | "–"
            )
    });
    // A sentence's last word followed by "." and more text glued on ("file.txt") is part
    // of a name too.
    let dotted = toks.get(k + 2).is_some_and(|n| {
        n.glued() && n.kind() != TokenKind::Punct && doc.token_text(&toks[k + 1]) == "."
    });
    before || after || dotted
}

/// One word token, read for the three shapes of a glued word.
fn word_glued(doc: &Document, toks: &[Token], k: usize, block_start: bool) -> Option<Glued> {
    let t = &toks[k];
    let bytes = &doc.text.as_bytes()[t.start as usize..t.end() as usize];
    let first = bytes[0];
    // A capital inside: the word has a capital (or a non-ASCII letter) after its first
    // byte; most words have none, seen by bytes.
    let inner_capital = bytes[1..]
        .iter()
        .any(|&b| b.is_ascii_uppercase() || b >= 0x80);
    let text = doc.token_text(t);
    let split = if inner_capital && first.is_ascii_alphabetic() || first >= 0x80 {
        camel::camel_split(text).filter(|&s| camel::camel_glued(text, s, block_start))
    } else if first.is_ascii_digit() {
        solid::number_split(text)
    } else if solid::may_be_solid(bytes) {
        solid::solid_split(text)
    } else {
        None
    }?;
    if inside_larger(doc, toks, k) {
        return None;
    }
    let (left, right) = text.split_at(split);
    Some(Glued {
        start: t.start as usize,
        end: t.end() as usize,
        at: t.start as usize + split,
        message: format!("“{text}” looks like “{left}” and “{right}” run together"),
        label: format!("insert a space: “{left} {right}”"),
    })
}

impl Rule for GluedWords {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let allow: HashSet<String> = ctx
            .settings
            .options
            .glued_words
            .allow
            .iter()
            .map(|s| s.to_lowercase())
            .collect();
        // How often each word occurs, built on first need.
        let mut occurrences: Option<HashMap<&str, usize>> = None;
        for block in &doc.blocks {
            let range = block.tokens();
            let toks = &doc.tokens[range.clone()];
            for (k, t) in toks.iter().enumerate() {
                if t.kind() != TokenKind::Word && t.kind() != TokenKind::Number {
                    continue;
                }
                let found = if t.kind() == TokenKind::Word {
                    word_glued(doc, toks, k, k == 0)
                } else {
                    None
                }
                .or_else(|| punct::after_punct(doc, toks, k));
                let Some(g) = found else {
                    continue;
                };
                let text = &doc.text[g.start..g.end];
                if !allow.is_empty() && allow.contains(&text.to_lowercase()) {
                    continue;
                }
                // A spelling used more than once is a name, not an accident.
                if g.end - g.start == (t.end() - t.start) as usize {
                    let count = occurrences.get_or_insert_with(|| {
                        let mut m: HashMap<&str, usize> = HashMap::new();
                        for t in doc.tokens.iter().filter(|t| t.kind() == TokenKind::Word) {
                            *m.entry(doc.token_text(t)).or_default() += 1;
                        }
                        m
                    });
                    if count.get(text).copied().unwrap_or(0) > 1 {
                        continue;
                    }
                }
                let fix = Fix::unsafe_(g.label, vec![Edit::insert(g.at, " ")]);
                ctx.report(ctx.diagnostic(g.start, g.end, g.message).with_fix(fix));
            }
        }
    }
}
