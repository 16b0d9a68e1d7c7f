//! `glued-words`: two words run together without a space ("DiplomacyJapan", "said.The").

use std::collections::{HashMap, HashSet};

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{Document, TokenKind};
use crate::lexicon::{self, english};
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
    what: "A kicker or label run into the title that follows it (\"DiplomacyJapan and …\"), or two sentences joined without a space after the full stop (\"said.The\", \"Paris.Accordingly\"). CamelCase names written as one word (JavaScript, YouTube, iPhone, McDonald), code, file names and URLs stay quiet; `[rules.glued-words] allow` adds more.",
    why: "Scrapers drop the line break or the tag between a kicker and a headline, and between two paragraphs; machine translation then carries the joined token through unchanged.",
    example: "DiplomacyJapan and the US deepen their alliance\n\nThe ministers met on Wednesday.The talks lasted three hours.",
    use_instead: "Diplomacy: Japan and the US deepen their alliance\n\nThe ministers met on Wednesday. The talks lasted three hours.",
    fix_safety: "Unsafe: inserts a space between the two words; a human should check that the first part is not part of a name.",
};

/// Words that commonly open a sentence: after "word." with no space, they show two
/// sentences were joined.
const OPENERS: &[&str] = &[
    "a",
    "according",
    "accordingly",
    "after",
    "also",
    "although",
    "an",
    "and",
    "as",
    "at",
    "before",
    "both",
    "but",
    "despite",
    "during",
    "each",
    "for",
    "from",
    "furthermore",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "last",
    "many",
    "meanwhile",
    "moreover",
    "most",
    "nevertheless",
    "on",
    "one",
    "our",
    "she",
    "since",
    "so",
    "some",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "thus",
    "to",
    "today",
    "we",
    "what",
    "when",
    "while",
    "with",
    "yesterday",
    "yet",
];

/// Split a word of two capitalised parts ("DiplomacyJapan") at the second capital.
fn camel_split(word: &str) -> Option<usize> {
    let mut chars = word.char_indices();
    let (_, first) = chars.next()?;
    if !first.is_uppercase() {
        return None;
    }
    let mut split = None;
    let mut prev_lower = false;
    for (i, c) in chars {
        if c.is_uppercase() {
            if !prev_lower || split.is_some() {
                return None;
            }
            split = Some(i);
            prev_lower = false;
        } else if c.is_lowercase() {
            prev_lower = true;
        } else {
            return None;
        }
    }
    let split = split?;
    // The second part must be a capital followed by lowercase letters.
    (prev_lower && word[split..].chars().count() >= 3).then_some(split)
}

fn is_word_or_name(w: &str) -> bool {
    lexicon::is_english_word_ci(w) || lexicon::is_dictionary_name(w)
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
        let bytes = doc.text.as_bytes();
        for block in &doc.blocks {
            let range = block.tokens();
            let toks = &doc.tokens[range.clone()];
            'tokens: for (k, t) in toks.iter().enumerate() {
                let kind = t.kind();
                if kind == TokenKind::Punct {
                    continue;
                }
                // (B) below needs the next two tokens glued on: punctuation, then a word.
                // Read from the tokens alone, this settles most tokens; most are followed
                // by a space, seen on the next token before anything else is read.
                let next_glued = toks.get(k + 1).is_some_and(|p| p.glued());
                let joined = next_glued
                    && match toks.get(k + 1..k + 3) {
                        Some([p, n]) => {
                            n.glued() && p.kind() == TokenKind::Punct && n.kind() == TokenKind::Word
                        }
                        _ => false,
                    };
                // (A) CamelCase join of two words; when it does not apply, (B) may. Only a
                // word starting with a capital can split (its first byte is A-Z or starts
                // a non-ASCII letter): others are passed over without slicing the text.
                let camel = kind == TokenKind::Word && {
                    let first = bytes[t.start as usize];
                    first.is_ascii_uppercase() || first >= 0x80
                };
                if !camel && !joined {
                    continue;
                }
                let i = range.start + k;
                'camel: {
                    if !camel {
                        break 'camel;
                    }
                    let text = doc.token_text(t);
                    // A split needs a second capital: an ASCII word with no capital after
                    // its first byte (most capitalised words) has none, seen by bytes.
                    if !text.as_bytes()[1..]
                        .iter()
                        .any(|&b| b.is_ascii_uppercase() || b >= 0x80)
                    {
                        break 'camel;
                    }
                    if let Some(split) = camel_split(text) {
                        let lower = text.to_lowercase();
                        let (left, right) = text.split_at(split);
                        if allow.contains(&lower)
                            || english::contains(english::CAMEL_CASE_NAMES, &lower)
                            || lexicon::is_english_word(&lower)
                            || left.chars().count() < 4
                            || !lexicon::is_english_word_ci(left)
                            || !is_word_or_name(right)
                        {
                            break 'camel;
                        }
                        // The second part must start a new phrase: a proper name ("Japan"),
                        // or a word that opens a sentence
                        // ("The"). Product names join common words ("OpenRefine") and stay quiet.
                        let right_lower = right.to_lowercase();
                        // A name that is also a common word ("Japan", "Shell") counts only at
                        // the start of a block, where kickers are glued to headlines.
                        let proper = lexicon::is_dictionary_name(right)
                            && (!lexicon::is_english_word(&right_lower) || i == range.start);
                        let opener = OPENERS.binary_search(&right_lower.as_str()).is_ok();
                        if !(proper || opener) {
                            break 'camel;
                        }
                        // A spelling used more than once is a name, not an accident.
                        let count = occurrences.get_or_insert_with(|| {
                            let mut m: HashMap<&str, usize> = HashMap::new();
                            for t in doc.tokens.iter().filter(|t| t.kind() == TokenKind::Word) {
                                *m.entry(doc.token_text(t)).or_default() += 1;
                            }
                            m
                        });
                        if count.get(text).copied().unwrap_or(0) > 1 {
                            break 'camel;
                        }
                        let at = t.start as usize + split;
                        let fix = Fix::unsafe_(
                            format!("insert a space: “{left} {right}”"),
                            vec![Edit::insert(at, " ")],
                        );
                        let diag = ctx
                            .diagnostic(
                                t.start as usize,
                                t.end() as usize,
                                format!("“{text}” looks like “{left}” and “{right}” run together"),
                            )
                            .with_fix(fix);
                        ctx.report(diag);
                        continue 'tokens;
                    }
                }
                // (B) word + sentence punctuation + Word, with no space: "said.The".
                if !joined {
                    continue;
                }
                let (p, n) = (&toks[k + 1], &toks[k + 2]);
                let text = doc.token_text(t);
                // Not inside a longer dotted chain ("U.S.A", "a.m.").
                if i > range.start
                    && doc.tokens[i].glued()
                    && doc.token_text(&doc.tokens[i - 1]) == "."
                {
                    continue;
                }
                if i + 3 < range.end
                    && doc.tokens[i + 3].glued()
                    && matches!(doc.token_text(&doc.tokens[i + 3]), "." | "_" | "(" | "/")
                {
                    continue;
                }
                let punct = doc.token_text(p);
                let next = doc.token_text(n);
                if !matches!(punct, "." | "!" | "?" | ":" | ";") {
                    continue;
                }
                let next_ok = next.chars().next().is_some_and(char::is_uppercase)
                    && next.chars().skip(1).all(char::is_lowercase)
                    && next.chars().count() >= 2;
                if !next_ok {
                    continue;
                }
                let next_lower = next.to_lowercase();
                let opener = OPENERS.binary_search(&next_lower.as_str()).is_ok();
                // A sentence opener glued after a full stop ("attendees.It", "5.4.In",
                // "repo.The") is two sentences run together whatever the word before.
                let strong =
                    matches!(punct, "." | "!" | "?") && opener && text.chars().count() >= 2;
                if !strong
                    && (t.kind() != TokenKind::Word
                        || text.chars().count() < 3
                        || text.chars().skip(1).any(char::is_uppercase))
                {
                    continue;
                }
                let left_word =
                    lexicon::is_english_word_ci(text) || lexicon::is_dictionary_name(text);
                let right_plausible = match punct {
                    "." | "!" | "?" => {
                        opener
                            || (lexicon::is_dictionary_name(next)
                                && text.chars().next().is_some_and(char::is_lowercase)
                                && text.len() >= 4)
                    }
                    _ => {
                        is_word_or_name(next) && text.chars().next().is_some_and(char::is_lowercase)
                    }
                };
                if !strong && (!left_word || !right_plausible) {
                    continue;
                }
                let at = p.end() as usize;
                let fix = Fix::unsafe_(
                    format!("insert a space after “{punct}”"),
                    vec![Edit::insert(at, " ")],
                );
                let diag = ctx
                    .diagnostic(
                        t.start as usize,
                        n.end() as usize,
                        format!("no space after “{punct}” in “{text}{punct}{next}”"),
                    )
                    .with_fix(fix);
                ctx.report(diag);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_splitting() {
        assert_eq!(camel_split("DiplomacyJapan"), Some(9));
        assert_eq!(camel_split("JavaScript"), Some(4));
        assert_eq!(camel_split("Japan"), None);
        assert_eq!(camel_split("USA"), None);
        assert_eq!(camel_split("iPhone"), None);
        assert_eq!(camel_split("OpenStreetMap"), None);
        assert!(OPENERS.windows(2).all(|w| w[0] < w[1]));
    }
}
