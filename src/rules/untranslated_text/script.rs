//! The `untranslated-text` check for text left in a script English is not written in:
//! a sentence or clause in Cyrillic, Arabic, Chinese… inside an English article
//! ("He left for Paris. 他说，双方将继续合作。").
//!
//! The language packs (`source-languages`) do not apply: any run of non-Latin letters
//! long enough to be a phrase is reported, whatever the source language. Short runs stay
//! quiet (a name or a word given in its own script, "Moscow (Москва)"), and so does a
//! run glossed in brackets right before or after it.

use crate::document::Document;
use crate::rules::Context;
use crate::rules::util::next_byte_where;

/// Words (letter runs separated by spaces or punctuation) a run needs to be reported.
const MIN_WORDS: usize = 4;
/// Chinese and Japanese write no spaces: characters a run needs instead (two or three
/// make a word or a name).
const MIN_IDEOGRAPHS: usize = 8;

/// Report every long run of non-Latin letters in `doc`.
pub(super) fn report(doc: &Document, ctx: &mut Context) {
    let bytes = doc.text.as_bytes();
    let mut pos = 0;
    // Jump from one byte that may start another script's letter to the next (most
    // articles hold none: one pass in chunks the compiler can vectorise settles them),
    // and read only the blocks that hold one.
    // (The search looks for any byte from 0xCD, one comparison the compiler vectorises
    // well; the few such bytes that start no other script, 0xE0 and the 0xE2 of curly
    // quotes and dashes, are passed over one by one.)
    while let Some(at) = next_byte_where(bytes, pos, |b| b >= 0xCD) {
        if !may_start_other_script(bytes[at]) {
            pos = at + 1;
            continue;
        }
        let i = doc.blocks.partition_point(|b| b.end() <= at);
        let Some(block) = doc.blocks.get(i) else {
            break;
        };
        if block.start() > at {
            pos = block.start();
            continue;
        }
        pos = block.end();
        let body = doc.block_text(block);
        let base = block.start();
        let mut run: Option<Run> = None;
        for (i, c) in body.char_indices() {
            let at = base + i;
            if is_latin_letter(c) {
                if let Some(r) = run.take() {
                    r.finish(doc, ctx);
                }
            } else if c.is_alphabetic() {
                let r = run.get_or_insert(Run {
                    start: at,
                    end: at,
                    script: script_name(c),
                    words: 0,
                    ideographs: 0,
                    in_word: false,
                });
                if is_ideograph(c) {
                    r.ideographs += 1;
                    r.in_word = false;
                } else if !r.in_word {
                    r.words += 1;
                    r.in_word = true;
                }
                r.end = at + c.len_utf8();
            } else if let Some(r) = run.as_mut() {
                // Vowel signs, diacritics and the Persian zero-width non-joiner belong to
                // the word; anything else (space, digit, punctuation) ends it.
                if unicode_normalization::char::is_combining_mark(c) || c == '\u{200C}' {
                    if r.in_word {
                        r.end = at + c.len_utf8();
                    }
                } else {
                    r.in_word = false;
                }
            }
        }
        if let Some(r) = run.take() {
            r.finish(doc, ctx);
        }
    }
}

/// Could this byte start a letter of another script? Lead bytes of U+0370..U+1FFF and
/// of U+3000 and up; not U+2000..U+2FFF (0xE2: curly quotes, dashes and other
/// punctuation, which English text is full of).
fn may_start_other_script(b: u8) -> bool {
    matches!(b, 0xCD..=0xDF | 0xE1 | 0xE3..=0xF4)
}

struct Run {
    start: usize,
    end: usize,
    script: &'static str,
    words: usize,
    ideographs: usize,
    in_word: bool,
}

impl Run {
    fn finish(self, doc: &Document, ctx: &mut Context) {
        if self.words < MIN_WORDS
            && self.ideographs < MIN_IDEOGRAPHS
            && self.words + self.ideographs / 2 < MIN_WORDS
        {
            return;
        }
        let text = doc.text;
        if doc.is_excluded(self.start..self.end) || glossed(text, self.start, self.end) {
            return;
        }
        let quoted = super::excerpt(&text[self.start..self.end]);
        let message = format!("“{quoted}” looks untranslated ({} script)", self.script);
        let diag = ctx.diagnostic(self.start, self.end, message);
        ctx.report(diag);
    }
}

/// Is the run given with an English gloss in brackets, right before or right after it
/// ("Glory to Ukraine (Слава Україні)", "«Слава Україні» (Glory to Ukraine)")?
fn glossed(text: &str, start: usize, end: usize) -> bool {
    // Spaces and quotation marks on the same line, then the bracket.
    let is_wrapper = |c: char| c == ' ' || "\"'“”‘’«»„《》「」:".contains(c);
    let after = text[end..].trim_start_matches(|c: char| is_wrapper(c) || c == '.');
    let before = text[..start].trim_end_matches(is_wrapper);
    // After: "(Glory to Ukraine)", a gloss that starts with a Latin letter.
    let gloss_after = (after.starts_with('(') || after.starts_with('['))
        && after[1..].chars().next().is_some_and(is_latin_letter);
    // Before: "Glory to Ukraine (Слава Україні)".
    let gloss_before = before.ends_with('(') || before.ends_with('[');
    gloss_after || gloss_before
}

/// Latin letters: ASCII, Latin-1, Latin Extended-A/B, IPA and Latin Extended Additional.
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (c.is_alphabetic()
            && matches!(c, '\u{00C0}'..='\u{02AF}' | '\u{1E00}'..='\u{1EFF}' | '\u{2C60}'..='\u{2C7F}' | '\u{A720}'..='\u{A7FF}' | '\u{FB00}'..='\u{FB06}'))
}

/// Chinese characters and Japanese kana, written without spaces between words.
fn is_ideograph(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'     // hiragana, katakana
        | '\u{3400}'..='\u{4DBF}'   // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'   // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}'   // CJK compatibility ideographs
        | '\u{20000}'..='\u{3134F}' // CJK extensions B-G
    )
}

/// The script a letter belongs to, for the message.
fn script_name(c: char) -> &'static str {
    match c {
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => "Greek",
        '\u{0400}'..='\u{052F}'
        | '\u{1C80}'..='\u{1C8F}'
        | '\u{2DE0}'..='\u{2DFF}'
        | '\u{A640}'..='\u{A69F}' => "Cyrillic",
        '\u{0530}'..='\u{058F}' => "Armenian",
        '\u{0590}'..='\u{05FF}' => "Hebrew",
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}' => "Arabic",
        '\u{0900}'..='\u{0DFF}' => "Indic",
        '\u{0E00}'..='\u{0E7F}' => "Thai",
        '\u{10A0}'..='\u{10FF}' => "Georgian",
        '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' => "Korean",
        '\u{3040}'..='\u{30FF}' => "Japanese",
        c if is_ideograph(c) => "Chinese",
        _ => "non-Latin",
    }
}

#[cfg(test)]
mod tests {
    use crate::{Format, Settings, lexicon::Lang, lexicon::LangSet};

    fn found(text: &str, settings: &Settings) -> Vec<String> {
        crate::rules::found_by("untranslated-text", text, Format::Plain, settings)
    }

    #[test]
    fn sentences_in_other_scripts_are_flagged() {
        let s = Settings::default();
        let text = "Minister Speaks\n\nThe minister spoke to reporters on Friday. Министр также добавил, что переговоры продолжатся.\n\nHe left for Paris. 他说，双方将继续合作。\n\nThe statement ended there. قال الوزير إن المحادثات ستستمر الأسبوع المقبل.\n";
        assert_eq!(
            found(text, &s),
            [
                "Министр также добавил, что переговоры продолжатся",
                "他说，双方将继续合作",
                "قال الوزير إن المحادثات ستستمر الأسبوع المقبل"
            ]
        );
        // Whatever the source languages chosen: this is not a language pack.
        let fr = Settings {
            langs: LangSet::from_langs(&[Lang::Fr]),
            ..Settings::default()
        };
        assert_eq!(found(text, &fr).len(), 3);
    }

    #[test]
    fn names_short_words_and_glossed_phrases_stay_quiet() {
        let s = Settings::default();
        for text in [
            "The word Москва (Moscow) is on the sign above the station.\n",
            "Vladimir Putin (Владимир Владимирович Путин) spoke on Friday.\n",
            "Crowds chanted “Слава Україні, героям слава, вічна слава” (Glory to Ukraine, glory to the heroes).\n",
            "The paper, 人民日报, printed the speech in full on its front page.\n",
            "The shop sign read Ελληνικά and nothing else, in large letters.\n",
            "Use α, β and γ for the three angles of the triangle in the figure.\n",
        ] {
            assert!(found(text, &s).is_empty(), "{text}");
        }
    }
}
