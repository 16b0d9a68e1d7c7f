//! `repeated-word`: the same word twice in a row ("the the").

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{Document, TokenKind};
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
    what: "A word immediately repeated, with only white space between the two copies (\"the the\", \"to to\"). Grammatical doublings (\"that that\", \"had had\") and reduplications (\"very very\", \"bye bye\") are allowed, and so are repeated capitalised names (\"Walla Walla\").",
    why: "Machine translation sometimes emits a word twice when two source words map to the same English word, and repetition loops in neural systems produce doubled tokens; a lost line break can also join two copies.",
    example: "The ministers met in the the capital on Wednesday.",
    use_instead: "The ministers met in the capital on Wednesday.",
    fix_safety: "Safe: deletes the second copy and the space before it; no other byte changes.",
};

impl Rule for RepeatedWord {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        for block in &doc.blocks {
            let range = block.tokens();
            for (k, pair) in doc.tokens[range.clone()].windows(2).enumerate() {
                let i = range.start + k + 1;
                let (a, b) = (&pair[0], &pair[1]);
                if a.kind() != TokenKind::Word || b.kind() != TokenKind::Word || b.glued() {
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
                // Only white space between the two.
                let between = &doc.text[a.end() as usize..b.start as usize];
                if !between
                    .chars()
                    .all(|c| c == ' ' || c == '\t' || c == '\u{a0}')
                {
                    continue;
                }
                let lower = ta.to_lowercase();
                if ALLOWED.binary_search(&lower.as_str()).is_ok() {
                    continue;
                }
                if PARTICLES.contains(&lower.as_str())
                    && i >= range.start + 2
                    && doc.tokens[i - 2].kind() == TokenKind::Word
                    && is_phrasal_head(doc.token_text(&doc.tokens[i - 2]))
                {
                    continue;
                }
                // Numbers-as-words and single letters ("A A battery" is rare; "I I" is a typo
                // but also roman numerals) stay quiet.
                if ta.chars().count() < 2 && lower != "a" {
                    continue;
                }
                // Capitalised repeats are names ("Walla Walla"), unless the first starts a
                // sentence and the word is a plain lowercase word ("The the").
                if starts_uppercase(tb)
                    && !(is_sentence_initial(doc, i - 1)
                        && crate::lexicon::english::contains(
                            crate::lexicon::english::STOPWORDS,
                            &lower,
                        ))
                {
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
