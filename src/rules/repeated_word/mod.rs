//! `repeated-word`: the same word twice in a row ("the the").

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{Document, Token, TokenKind};
use crate::rules::util::{is_sentence_initial, starts_uppercase};
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct RepeatedWord;

/// Doublings English allows ("that that", "had had", "handed her her passport",
/// "very very").
const ALLOWED: &[&str] = &[
    "blah", "bye", "chop", "ha", "had", "haha", "her", "hey", "hip", "ho", "knock", "la", "march",
    "no", "now", "oh", "really", "so", "that", "tick", "tut", "very", "wait", "yada", "yeah",
    "yes",
];

/// Particles double legitimately after a phrasal verb ("give in in the face of", "log on
/// on Monday").
const PARTICLES: &[&str] = &["down", "in", "off", "on", "out", "over", "up"];

/// Verbs that form phrasal verbs with a particle (base forms; -s, -ed, -ing and a few
/// irregular forms are derived or listed).
const PHRASAL_HEADS: &[&str] = &[
    "back", "break", "bring", "broke", "brought", "call", "came", "carry", "cave", "check", "chip",
    "come", "cut", "drop", "fill", "gave", "get", "give", "given", "go", "gone", "got", "hand",
    "hang", "held", "hold", "join", "keep", "kept", "let", "log", "look", "move", "pick", "plug",
    "pull", "put", "run", "set", "settle", "shut", "sign", "sit", "stand", "step", "stood", "sum",
    "take", "taken", "took", "tune", "turn", "wake", "weigh", "went", "zero",
];

fn is_phrasal_head(word: &str) -> bool {
    let w = word.to_lowercase();
    let known = |s: &str| PHRASAL_HEADS.binary_search(&s).is_ok();
    if known(&w) {
        return true;
    }
    for suffix in ["s", "d", "ed", "ing"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            // "logged" -> "logg" -> "log"; "gives" -> "give".
            let undoubled = stem
                .len()
                .checked_sub(2)
                .filter(|&k| stem.as_bytes()[k] == stem.as_bytes()[k + 1])
                .map(|k| &stem[..k + 1]);
            if known(stem) || undoubled.is_some_and(known) {
                return true;
            }
        }
    }
    false
}

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::RepeatedWord.name(),
    category: "words",
    default_on: true,
    large_working_set: false,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    summary: "The same word twice in a row.",
    what: "A word immediately repeated, with only white space between the two copies (\"the the\", \"to to\"). Grammatical doublings (\"that that\", \"had had\") and reduplications (\"very very\", \"bye bye\") are allowed, and so are reduplicated names (\"Walla Walla\", \"Bora Bora\": words English rarely uses alone) and a doubling in quotation marks. Capitalised (\"Home Home\"), possessive (\"Shanghai’s Shanghai’s\") and numeric (\"100 100\") repeats are reported, also across a line break.",
    why: "Machine translation sometimes emits a word twice when two source words map to the same English word, and repetition loops in neural systems produce doubled tokens; a lost line break can also join two copies.",
    example: "The ministers met in the the capital on Wednesday.",
    use_instead: "The ministers met in the capital on Wednesday.",
    fix_safety: "Safe: deletes the second copy and the space before it; no other byte changes.",
};

/// The English frequency (Zipf × 10) from which a capitalised word repeated is a slip
/// ("Home Home", "Shanghai Shanghai"); reduplicated place names are made of words English
/// rarely uses on their own ("Walla Walla" 2.9, "Pago Pago", "Wagga Wagga").
const COMMON_CAPITALISED: u8 = 38;

/// Only white space between the two copies, with at most one line break (a paragraph
/// break ends the block).
fn only_space_between(between: &str) -> bool {
    let mut breaks = 0;
    between.chars().all(|c| {
        if c == '\n' {
            breaks += 1;
        }
        matches!(c, ' ' | '\t' | '\u{a0}' | '\r' | '\n')
    }) && breaks <= 1
}

/// Is the pair quoted on its own, a doubling meant as such (“done done”)?
fn quoted(doc: &Document, before: Option<&Token>, after: Option<&Token>) -> bool {
    let quote = |t: Option<&Token>| {
        t.is_some_and(|t| {
            t.kind() == TokenKind::Punct
                && matches!(doc.token_text(t), "“" | "”" | "\"" | "‘" | "’" | "'" | "«" | "»")
        })
    };
    quote(before) && quote(after)
}

fn possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// A capitalised repeat is a slip unless the word is one English rarely uses alone
/// (reduplicated names): possessives ("Shanghai's Shanghai's") always are.
fn capitalised_slip(word: &str) -> bool {
    if possessive(word) {
        return true;
    }
    crate::lexicon::freq::lookup_word(word)
        .and_then(|f| f.english())
        .is_some_and(|z| z.tenths() >= COMMON_CAPITALISED)
}

impl Rule for RepeatedWord {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        for block in &doc.blocks {
            let range = block.tokens();
            let toks = &doc.tokens[range.clone()];
            for (k, pair) in toks.windows(2).enumerate() {
                let i = range.start + k + 1;
                let (a, b) = (&pair[0], &pair[1]);
                if a.kind() == TokenKind::Punct || a.kind() != b.kind() || b.glued() {
                    continue;
                }
                // Copies have the same length: compared from the offsets before slicing.
                if a.end() - a.start != b.end() - b.start {
                    continue;
                }
                // And the same first letter: two ASCII first bytes that differ even
                // ignoring case settle it without slicing the text (an ASCII letter
                // lowercases to one ASCII letter, so the lowercase copies below would
                // differ there too).
                let bytes = doc.text.as_bytes();
                let (fa, fb) = (bytes[a.start as usize], bytes[b.start as usize]);
                if fa.is_ascii() && fb.is_ascii() && !fa.eq_ignore_ascii_case(&fb) {
                    continue;
                }
                let (ta, tb) = (doc.token_text(a), doc.token_text(b));
                // Two ASCII words are settled by the ASCII comparison (lowercase copies only
                // when one holds other letters: "K" (Kelvin sign) lowercases to "k").
                if ta.len() != tb.len()
                    || !ta.eq_ignore_ascii_case(tb)
                        && (ta.is_ascii() && tb.is_ascii()
                            || ta.to_lowercase() != tb.to_lowercase())
                {
                    continue;
                }
                if !only_space_between(&doc.text[a.end() as usize..b.start as usize]) {
                    continue;
                }
                if quoted(doc, k.checked_sub(1).map(|j| &toks[j]), toks.get(k + 2)) {
                    continue;
                }
                if a.kind() == TokenKind::Number {
                    // A run of numbers (a table row, "1 1 2 3") is not one number doubled.
                    let number = |t: Option<&Token>| t.is_some_and(|t| t.kind() == TokenKind::Number);
                    if number(k.checked_sub(1).map(|j| &toks[j])) || number(toks.get(k + 2)) {
                        continue;
                    }
                } else if !word_slip(doc, ta, tb, i, range.start) {
                    continue;
                }
                let fix = Fix::safe(
                    format!("delete the second “{tb}”"),
                    vec![Edit::delete(a.end() as usize, b.end() as usize)],
                );
                let diag = ctx
                    .diagnostic(
                        a.start as usize,
                        b.end() as usize,
                        format!("“{ta}” is repeated"),
                    )
                    .with_fix(fix);
                ctx.report(diag);
            }
        }
    }
}

/// Is the word pair `ta tb` (the second at token `i`) a slip rather than English's own
/// doubling?
fn word_slip(doc: &Document, ta: &str, tb: &str, i: usize, block_start: usize) -> bool {
    let lower = ta.to_lowercase();
    if ALLOWED.binary_search(&lower.as_str()).is_ok() {
        return false;
    }
    if PARTICLES.contains(&lower.as_str())
        && i >= block_start + 2
        && doc.tokens[i - 2].kind() == TokenKind::Word
        && is_phrasal_head(doc.token_text(&doc.tokens[i - 2]))
    {
        return false;
    }
    // Single letters ("I I" is a typo but also roman numerals) stay quiet, except "a".
    if ta.chars().count() < 2 && lower != "a" {
        return false;
    }
    // Capitalised repeats: a plain lowercase word starting a sentence ("The the"), or a
    // word English uses often ("Home Home"); reduplicated names ("Walla Walla") stay
    // quiet.
    // Mid-sentence, a capitalised common word doubled is a title or a band ("Talk Talk"),
    // and "the The" starts a name: only a place or person name of the dictionary
    // ("Shanghai Shanghai") and a possessive are slips there.
    if starts_uppercase(tb) {
        if !starts_uppercase(ta) {
            return false;
        }
        if is_sentence_initial(doc, i - 1) {
            return crate::lexicon::english::contains(crate::lexicon::english::STOPWORDS, &lower)
                || capitalised_slip(ta);
        }
        return possessive(ta) || crate::lexicon::is_dictionary_name(ta) && capitalised_slip(ta);
    }
    true
}

#[cfg(test)]
mod tests {
    #[test]
    fn allowed_is_sorted() {
        assert!(super::ALLOWED.windows(2).all(|w| w[0] < w[1]));
        assert!(super::PHRASAL_HEADS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::is_phrasal_head("logged") && super::is_phrasal_head("gives"));
        assert!(!super::is_phrasal_head("invested"));
    }
}
