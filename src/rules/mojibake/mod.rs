//! `mojibake`: UTF-8 text decoded as Windows-1252 or Latin-1 ("Ã©", "â€™"), U+FFFD, and
//! names whose non-ASCII letters were dropped ("Trkiye" for "Türkiye").

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{Document, TokenKind};
use crate::lexicon;
use crate::rules::util::next_byte_where;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

mod names;

pub struct Mojibake;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::Mojibake.name(),
    category: "encoding",
    default_on: true,
    large_working_set: false,
    severity: Severity::Error,
    fix: FixAvailability::Sometimes,
    summary: "Encoding damage: UTF-8 read as Windows-1252 (\"Ã©\", \"â€™\"), or replacement characters.",
    what: "Runs of characters that are the bytes of UTF-8 text decoded as Windows-1252 or Latin-1 (\"CafÃ©\" for \"Café\", \"itâ€™s\" for \"it’s\"), also when it happened twice; the replacement character U+FFFD left where a byte could not be decoded; and a capitalised word that is a name with its non-ASCII letters dropped (\"Trkiye\" for \"Türkiye\", \"Mnchen\" for \"München\"), when the full name appears elsewhere in the article or is a well-known name kept with its accents in English, and the shortened word is not an English word or name.",
    why: "Pipelines that move text between a CMS, a translation service and a scraper often guess the encoding; one wrong guess turns every accented letter and curly quote into two or three Latin letters and symbols, and the translation carries the damage through.",
    example: "The minister met the CafÃ© owners and said itâ€™s time to act.",
    use_instead: "The minister met the Café owners and said it’s time to act.",
    fix_safety: "Safe where the run re-decodes to valid UTF-8 (the bytes are recovered exactly, as ftfy does); a replacement character cannot be repaired and has no fix; restoring a name with dropped letters is unsafe (the article may mean another name).",
};

/// The Windows-1252 byte for a character, if it has one (Latin-1 range, the 1252
/// specials at 0x80-0x9F, and the C1 controls Latin-1 decoders produce there).
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x80 || (0xA0..=0xFF).contains(&u) || (0x80..=0x9F).contains(&u) {
        return Some(u as u8);
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

/// How many bytes a UTF-8 sequence starting with `b` has (2-4), for lead bytes only.
fn sequence_len(b: u8) -> Option<usize> {
    match b {
        0xC2..=0xDF => Some(2),
        0xE0..=0xEF => Some(3),
        0xF0..=0xF4 => Some(4),
        _ => None,
    }
}

/// Find damaged runs in `text`: (start, end, repaired) in byte offsets.
///
/// Every lead character of a damaged sequence (Windows-1252 bytes 0xC2-0xF4 read as
/// U+00C2-U+00F4) is encoded in UTF-8 as 0xC3 0x82-0xB4, so only those places are
/// decoded.
pub fn find_runs(text: &str) -> Vec<(usize, usize, String)> {
    let bytes = text.as_bytes();
    let mut runs: Vec<(usize, usize, String)> = Vec::new();
    let mut from = 0;
    while let Some(off) = memchr::memchr(0xC3, &bytes[from..]) {
        let start = from + off;
        from = start + 1;
        if !bytes
            .get(start + 1)
            .is_some_and(|b| (0x82..=0xB4).contains(b))
        {
            continue;
        }
        let c = text[start..].chars().next().expect("char boundary");
        let after = &text[start + c.len_utf8()..];
        // "PietÃ ": the no-break space of "à" (C3 A0) became an ordinary space. A capital
        // Ã after a lower-case letter is never a real letter.
        if c == 'Ã'
            && text[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_lowercase)
            && after.chars().next().is_none_or(|n| n == ' ')
        {
            push_run(&mut runs, start, start + c.len_utf8(), "à");
            continue;
        }
        let Some(len) = cp1252_byte(c).and_then(sequence_len) else {
            continue;
        };
        let mut seq = vec![cp1252_byte(c).expect("lead byte")];
        let mut end = start + c.len_utf8();
        for ch in after.chars().take(len - 1) {
            match cp1252_byte(ch) {
                Some(b) if (0x80..=0xBF).contains(&b) => {
                    seq.push(b);
                    end += ch.len_utf8();
                }
                _ => break,
            }
        }
        if seq.len() != len {
            continue;
        }
        if let Ok(decoded) = String::from_utf8(seq) {
            push_run(&mut runs, start, end, &decoded);
            from = end;
        }
    }
    runs
}

/// Add a run, merging it with the previous one when they touch.
fn push_run(runs: &mut Vec<(usize, usize, String)>, start: usize, end: usize, decoded: &str) {
    match runs.last_mut() {
        Some(last) if last.1 == start => {
            last.1 = end;
            last.2.push_str(decoded);
        }
        _ => runs.push((start, end, decoded.to_string())),
    }
}

/// Repair a damaged run, also when it was damaged twice.
fn repair(s: &str) -> String {
    let mut current = s.to_string();
    for _ in 0..3 {
        let runs = find_runs(&current);
        if runs.is_empty() {
            break;
        }
        let mut out = String::new();
        let mut pos = 0;
        for (a, b, r) in runs {
            out.push_str(&current[pos..a]);
            out.push_str(&r);
            pos = b;
        }
        out.push_str(&current[pos..]);
        current = out;
    }
    current
}

impl Rule for Mojibake {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let text = doc.text;
        let ascii = text.is_ascii();
        dropped_letters(doc, ascii, ctx);
        if ascii {
            return;
        }
        for (start, end, decoded) in find_runs(text) {
            if doc.is_excluded(start..end) {
                continue;
            }
            let damaged = &text[start..end];
            let repaired = repair(&decoded);
            let fix = Fix::safe(
                format!("re-decode as UTF-8: “{repaired}”"),
                vec![Edit::replace(start, end, repaired.clone())],
            );
            let diag = ctx
                .diagnostic(
                    start,
                    end,
                    format!("“{damaged}” is “{repaired}” decoded with the wrong encoding"),
                )
                .with_fix(fix);
            ctx.report(diag);
        }
        // (memmem searches with SIMD; the three bytes of U+FFFD cannot overlap.)
        for i in memchr::memmem::find_iter(text.as_bytes(), "\u{FFFD}".as_bytes()) {
            if doc.is_excluded(i..i + 3) {
                continue;
            }
            let diag = ctx.diagnostic(i, i + 3, "replacement character (U+FFFD): a byte here could not be decoded; the original letter is lost");
            ctx.report(diag);
        }
    }
}

/// A word without a possessive ending ("Trkiye's" -> "Trkiye").
fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// Could `word`, a capitalised ASCII word, be a name with letters dropped: long enough to
/// mean something, and neither an English word nor an English dictionary name?
fn unknown_word(word: &str) -> bool {
    word.len() >= 4 && !lexicon::is_english_word_ci(word) && !lexicon::is_dictionary_name(word)
}

/// Names whose non-ASCII letters a scraper or converter dropped ("Trkiye", "Mnchen"),
/// found against the article's own accented names first, then the list of well-known ones.
/// `ascii` says whether the whole text is ASCII.
fn dropped_letters(doc: &Document, ascii: bool, ctx: &mut Context) {
    let text = doc.text;
    let known = names::diacritic_names();
    // The article's own capitalised words with non-ASCII letters, by their stripped form.
    let mut local: rustc_hash::FxHashMap<String, &str> = Default::default();
    if !ascii {
        // Such a word holds a non-ASCII byte: the tokens holding one are found from the
        // text's non-ASCII bytes (few in English text) by binary search, in token order,
        // each once, instead of reading every token.
        let bytes = text.as_bytes();
        let mut pos = 0;
        while let Some(at) = next_byte_where(bytes, pos, |b| b >= 0x80) {
            let k = doc.tokens.partition_point(|t| (t.end() as usize) <= at);
            let Some(t) = doc.tokens.get(k).filter(|t| t.start as usize <= at) else {
                pos = at + 1;
                continue;
            };
            pos = t.end() as usize;
            // Cheap test first: most words do not start with a capital.
            if t.kind() != TokenKind::Word
                || !text.as_bytes()[t.start as usize].is_ascii_uppercase()
            {
                continue;
            }
            let word = without_possessive(doc.token_text(t));
            if word.is_ascii()
                || !word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                || !word.chars().all(char::is_alphabetic)
                || !find_runs(word).is_empty()
            {
                continue;
            }
            let stripped = lexicon::strip_non_ascii(word);
            local.entry(stripped).or_insert(word);
        }
    }
    let bytes = text.as_bytes();
    for t in &doc.tokens {
        // The first byte first: most tokens do not start with a capital.
        if !bytes[t.start as usize].is_ascii_uppercase() || t.kind() != TokenKind::Word {
            continue;
        }
        let word = without_possessive(doc.token_text(t));
        if !word.is_ascii() || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        let start = t.start as usize;
        // (An empty map, the usual case, is not asked: its lookup would hash the word.)
        let local_name = if local.is_empty() {
            None
        } else {
            local.get(word)
        };
        let found = match local_name {
            Some(&name) if unknown_word(word) => Some((start + word.len(), name)),
            _ => known.by_first_word(word).and_then(|list| {
                list.iter().find_map(|(stripped, name)| {
                    let end = start + stripped.len();
                    let whole = text[start..].starts_with(stripped)
                        && !text[end..].starts_with(|c: char| c.is_alphanumeric());
                    let several_words = stripped.contains([' ', '-']);
                    (whole && (several_words || unknown_word(stripped))).then_some((end, *name))
                })
            }),
        };
        let Some((end, name)) = found else {
            continue;
        };
        if doc.is_excluded(start..end) {
            continue;
        }
        let damaged = &text[start..end];
        let fix = Fix::unsafe_(
            format!("restore the name: “{name}”"),
            vec![Edit::replace(start, end, name.to_string())],
        );
        let diag = ctx
            .diagnostic(
                start,
                end,
                format!("“{damaged}” looks like “{name}” with its non-ASCII letters dropped"),
            )
            .with_fix(fix);
        ctx.report(diag);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs() {
        assert_eq!(repair("CafÃ©"), "Café");
        assert_eq!(repair("itâ€™s"), "it’s");
        assert_eq!(repair("Ã\u{a0}Paris"), "àParis");
        assert_eq!(repair("the PietÃ was"), "the Pietà was");
        // Twice damaged.
        assert_eq!(repair("CafÃƒÂ©"), "Café");
        assert!(find_runs("Café, naïve, Zoë, Âge, Øresund, 10°C, « bien »").is_empty());
    }
}

#[cfg(test)]
mod dropped_letter_tests {
    use crate::{Format, Settings, lint};

    fn found(text: &str) -> Vec<(String, String)> {
        lint(text, Format::Plain, &Settings::default())
            .into_iter()
            .filter(|d| d.rule == "mojibake")
            .map(|d| {
                let fix = d.fix.as_ref().map(|f| f.edits[0].replacement.clone());
                (
                    text[d.start()..d.end()].to_string(),
                    fix.unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn well_known_names_with_letters_dropped() {
        assert_eq!(
            found("The minister flew from Mnchen to Trkiye's capital on Monday.\n"),
            vec![
                ("Mnchen".to_string(), "München".to_string()),
                ("Trkiye".to_string(), "Türkiye".to_string()),
            ]
        );
        assert_eq!(
            found("Talks in So Paulo ended.\n"),
            vec![("So Paulo".to_string(), "São Paulo".to_string())]
        );
    }

    #[test]
    fn names_spelled_in_full_elsewhere_in_the_article() {
        assert_eq!(
            found("Jana Dvořáková spoke first. Later, Dvokov said the vote was close.\n"),
            vec![("Dvokov".to_string(), "Dvořáková".to_string())]
        );
    }

    #[test]
    fn english_words_and_plain_spellings_stay_quiet() {
        // "Muller", "Zurich", "Turkiye" are ASCII spellings, not damage; "So" and "Jan"
        // are words; "Paulo" alone is a name.
        assert!(
            found("So Zurich, Muller and Turkiye met Paulo in Jan. The Café was closed.\n")
                .is_empty()
        );
        // An accented word whose stripped form is an English word.
        assert!(found("Sofía met Sofa Kings and Renée met Rene.\n").is_empty());
    }
}
