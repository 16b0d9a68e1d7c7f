//! The words of a segment and what the lists say about each: source-language lists
//! (`lists.rs`), letters English does not use, the English dictionary, established loans
//! and name particles.

use super::lists::UntranslatedLexicon;
use crate::document::{Document, TokenKind};
use crate::lexicon::{self, Lang, english};
use crate::rules::util::fold;


/// Word lists are parsed once; the rule reads them through this bit for a language.
pub(super) fn bit(lang: Lang) -> u8 {
    1 << lang as u8
}

/// English function words (beyond the shared stop words) whose presence shows a sentence
/// is English.
pub(super) const EXTRA_ENGLISH_FUNCTION: &[&str] = &[
    "although", "among", "because", "him", "into", "me", "my", "onto", "said", "says", "though",
    "told", "upon", "us", "whom", "whose", "within", "without", "yet",
];

/// Function words that begin or join names when a capitalised word follows ("de Gaulle",
/// "von der Leyen", "Des Moines", "Le Pen").
pub(super) const PARTICLES: &[&str] = &[
    "al", "da", "dal", "das", "de", "degli", "dei", "del", "della", "delle", "dem", "den", "der",
    "des", "di", "do", "dos", "du", "el", "il", "la", "las", "le", "les", "lo", "los", "san",
    "santa", "van", "vom", "von", "y", "zu", "zum", "zur",
];

/// What the rule knows about one word of a segment.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Word {
    pub(super) start: usize,
    pub(super) end: usize,
    /// First letter upper-case.
    pub(super) cap: bool,
    /// Counted in the segment's statistics (capitalised words inside a sentence are
    /// names and are not).
    pub(super) considered: bool,
    /// An English function word.
    pub(super) en_func: bool,
    /// An English word (SCOWL), or a contraction or possessive.
    pub(super) english: bool,
    /// Languages whose list holds the word.
    pub(super) listed: u8,
    /// Languages for which the word is a strong, listed source word (not English, not a
    /// particle inside a name).
    pub(super) strong: u8,
    /// Languages hinted by letters English does not use, for words no list holds.
    pub(super) accent: u8,
    /// Neither English nor listed.
    pub(super) unknown: bool,
    /// Part of an established loan.
    pub(super) loan: bool,
    /// Spelled with a letter English never uses (ä ö ü ß ñ ã õ): the language.
    pub(super) foreign_letter: Option<Lang>,
    /// The first word of its segment.
    pub(super) initial: bool,
    /// Holds a digit or is too long for any list: no evidence either way.
    pub(super) neutral: bool,
    /// `english` is already settled (a listed word, an elision, a contraction).
    pub(super) known: bool,
    /// An elided article or pronoun before a lowercase word ("l'essentiel", "dell'anno").
    pub(super) elision: bool,
}

impl Word {
    /// Does the word point to a source language (what [`check_segment`] looks for
    /// before anything else)?
    pub(super) fn evidence(&self) -> bool {
        self.strong != 0 || self.accent != 0 || self.foreign_letter.is_some()
    }
}

/// Lower-case `s` into `buf` with straight apostrophes; `None` when it does not fit.
pub(super) fn lower_into<'b>(s: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    if s.is_ascii() {
        let out = buf.get_mut(..s.len())?;
        for (o, b) in out.iter_mut().zip(s.bytes()) {
            *o = b.to_ascii_lowercase();
        }
        return std::str::from_utf8(out).ok();
    }
    let mut n = 0;
    for c in s.chars() {
        let c = if c == '\u{2019}' || c == '\u{2018}' {
            '\''
        } else {
            c
        };
        for l in c.to_lowercase() {
            let len = l.len_utf8();
            if n + len > buf.len() {
                return None;
            }
            l.encode_utf8(&mut buf[n..n + len]);
            n += len;
        }
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// Languages a letter English does not use points to.
pub(super) fn letter_langs(c: char) -> u8 {
    let fr = bit(Lang::Fr);
    let de = bit(Lang::De);
    let es = bit(Lang::Es);
    let it = bit(Lang::It);
    let pt = bit(Lang::Pt);
    match c {
        'é' => fr | es | pt | it,
        'è' => fr | it,
        'ê' => fr | pt,
        'à' => fr | it | pt,
        'â' => fr | pt,
        'î' | 'ï' | 'û' | 'ë' | 'ÿ' | 'œ' => fr,
        'ô' => fr | pt,
        'ç' => fr | pt,
        'ù' => fr | it,
        'ì' | 'ò' => it,
        'á' | 'í' | 'ó' | 'ú' => es | pt,
        'ñ' => es,
        'ã' | 'õ' => pt,
        'ä' | 'ö' | 'ß' => de,
        'ü' => de | es,
        _ => 0,
    }
}

/// The language of a letter English never uses, even in loans it has naturalised.
pub(super) fn foreign_letter(c: char) -> Option<Lang> {
    match c {
        'ä' | 'ö' | 'ü' | 'ß' => Some(Lang::De),
        'ñ' => Some(Lang::Es),
        'ã' | 'õ' => Some(Lang::Pt),
        _ => None,
    }
}

pub(super) fn is_english_function(lower: &str) -> bool {
    english::STOPWORDS.binary_search(&lower).is_ok()
        || EXTRA_ENGLISH_FUNCTION.binary_search(&lower).is_ok()
}

/// Fill `words` with the segment's words and what the source lists say about them (the
/// cheap part); returns whether the segment holds ¿ or ¡. [`complete_words`] adds the
/// English side when the segment holds any evidence.
pub(super) fn collect_words(
    doc: &Document,
    lex: &UntranslatedLexicon,
    seg: std::ops::Range<usize>,
    words: &mut Vec<Word>,
) -> bool {
    let mut inverted = false;
    let mut buf = [0u8; 64];
    let mut first = true;
    for i in seg {
        let tok = &doc.tokens[i];
        let text = doc.token_text(tok);
        match tok.kind() {
            TokenKind::Punct => {
                if text == "¿" || text == "¡" {
                    inverted = true;
                }
                continue;
            }
            TokenKind::Number => {
                first = false;
                continue;
            }
            TokenKind::Word => {}
        }
        words.push(word_at(doc, lex, i, first, &mut buf));
        first = false;
    }
    inverted
}

/// What the source lists say about word token `i` (the cheap part of [`Word`]).
pub(super) fn word_at(
    doc: &Document,
    lex: &UntranslatedLexicon,
    i: usize,
    first: bool,
    buf: &mut [u8; 64],
) -> Word {
    let tok = &doc.tokens[i];
    let text = doc.token_text(tok);
    let mut w = Word {
        start: tok.start as usize,
        end: tok.end() as usize,
        initial: first,
        ..Word::default()
    };
    w.cap = text.chars().next().is_some_and(char::is_uppercase);
    // One pass over the bytes: any digit, and are all of them lowercase ASCII?
    let (mut digit, mut all_lower) = (false, true);
    for &b in text.as_bytes() {
        digit |= b.is_ascii_digit();
        all_lower &= b.is_ascii_lowercase();
    }
    if digit {
        // "G20", "14h30", "Covid-19": neither English nor source evidence.
        w.neutral = true;
        return w;
    }
    // Most words are lowercase ASCII already.
    let lower = if all_lower {
        text
    } else if let Some(l) = lower_into(text, buf) {
        l
    } else {
        // Too long for any list: a compound or a name.
        w.neutral = true;
        return w;
    };
    if let Some(e) = lex.word(lower) {
        w.listed = e.langs;
        w.strong = e.strong;
        w.english = e.english;
        w.known = true;
        // A letter glued to punctuation is a label or an abbreviation ("y-axis",
        // "e.g.", "o'"), not a conjunction.
        let glued_after = doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.glued() && t.kind() == TokenKind::Punct);
        if lower.len() == 1 && glued_after {
            w.strong = 0;
        }
    } else if let Some(ap) = lower.find('\'') {
        let prefix = &lower[..ap + 1];
        // After the same apostrophe in the original word (’ and ‘ are one byte
        // longer there than the ' they became in `lower`).
        let quote = text.find(['\'', '\u{2019}', '\u{2018}']).unwrap_or(0);
        let rest = &text[quote..];
        let rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
        if let Some(e) = lex.word(prefix)
            && lower.len() > ap + 2
            && rest.chars().all(char::is_alphabetic)
        {
            w.listed = e.langs;
            w.known = true;
            if rest.chars().next().is_some_and(char::is_lowercase) {
                // "l'expression", "dell'anno".
                w.strong = e.langs;
                w.elision = rest.chars().count() >= 4;
            }
            // Otherwise an elided article before a name ("d'Arras"): weak.
        } else {
            // Contractions and possessives: "don't", "Japan's".
            w.english = true;
            w.known = true;
        }
    } else if !lower.is_ascii() {
        // A diaeresis over a doubled vowel is English ("coöperate", "zoölogy").
        let diaeresis = ["oö", "eë", "aä"].iter().any(|d| lower.contains(d));
        if !diaeresis {
            w.foreign_letter = lower.chars().find_map(foreign_letter);
        }
        w.accent = lower.chars().fold(0, |acc, c| acc | letter_langs(c));
    }
    w
}

/// Add the English side of each word: dictionary, function word, whether it counts.
pub(super) fn complete_words(doc: &Document, words: &mut [Word]) {
    let mut buf = [0u8; 64];
    for w in words.iter_mut() {
        if w.neutral {
            w.english = true;
            continue;
        }
        let text = &doc.text[w.start..w.end];
        let Some(lower) = lower_into(text, &mut buf) else {
            continue;
        };
        w.en_func = is_english_function(lower);
        if !w.known {
            if lower.is_ascii() {
                w.english = lexicon::is_english_word(lower);
            } else {
                // Naturalised loans keep their accents: "café", "résumé", "rôle".
                let folded = fold(lower);
                if folded.is_ascii() && lexicon::is_english_word(&folded) {
                    w.english = true;
                    w.accent = 0;
                }
            }
        }
        w.unknown = !w.english && w.listed == 0;
        let all_caps = w.cap
            && text.chars().filter(|c| c.is_alphabetic()).count() > 1
            && text
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        w.considered = if all_caps {
            false
        } else if w.cap {
            // The first word of a segment counts when it is a word we know; inside a
            // sentence a capitalised word is a name.
            w.initial && (w.listed != 0 || w.english)
        } else {
            true
        };
    }
}

/// Mark words covered by an established loan.
pub(super) fn mark_loans(doc: &Document, lex: &UntranslatedLexicon, words: &mut [Word]) {
    // The fold of an ASCII word is its lowercase, '`' aside: such words are looked up
    // and compared without folding them.
    let plain = |w: &Word| {
        let b = &doc.text.as_bytes()[w.start..w.end];
        b.is_ascii() && !b.contains(&b'`')
    };
    let folds_to = |folded: &str, w: &Word| {
        let text = &doc.text[w.start..w.end];
        if plain(w) {
            folded.eq_ignore_ascii_case(text)
        } else {
            fold(text) == folded
        }
    };
    let mut i = 0;
    while i < words.len() {
        let mut matched = 0;
        let phrases = if plain(&words[i]) {
            lex.loans_ascii(&doc.text[words[i].start..words[i].end])
        } else {
            lex.loans(&fold(&doc.text[words[i].start..words[i].end]))
        };
        if let Some(phrases) = phrases {
            for p in phrases {
                if i + p.len() <= words.len()
                    && p.iter().zip(&words[i..]).all(|(a, w)| folds_to(a, w))
                {
                    matched = p.len();
                    break;
                }
            }
        }
        if matched == 0 {
            i += 1;
            continue;
        }
        for w in &mut words[i..i + matched] {
            w.loan = true;
            w.english = true;
            w.listed = 0;
            w.strong = 0;
            w.accent = 0;
            w.unknown = false;
            w.foreign_letter = None;
            w.considered = true;
        }
        i += matched;
    }
}

/// Function words before a capitalised word are name particles: "de Gaulle", "von der
/// Leyen", "Alternative für Deutschland". Words of the closed particle list always are;
/// other function words only inside a name (after a capitalised word that is not itself
/// a source function word).
pub(super) fn mark_particles(doc: &Document, words: &mut [Word]) {
    let n = words.len();
    let mut buf = [0u8; 64];
    for i in (0..n).rev() {
        if words[i].listed == 0 {
            continue;
        }
        // The next word, skipping other particles already marked.
        let mut j = i + 1;
        while j < n && words[j].listed != 0 && words[j].strong == 0 && !words[j].cap {
            j += 1;
        }
        let before_name = j < n && words[j].cap && !words[j].considered && words[j].listed == 0;
        if !before_name {
            continue;
        }
        let text = &doc.text[words[i].start..words[i].end];
        let closed = lower_into(text, &mut buf)
            .is_some_and(|l| PARTICLES.binary_search(&l).is_ok() || l.ends_with('\''));
        let inside_name = i > 0 && words[i - 1].cap && words[i - 1].listed == 0;
        if closed || inside_name {
            words[i].strong = 0;
        }
    }
}
#[cfg(test)]
mod tests {
    /// mark_loans relies on the fold of an ASCII word without '`' being its lowercase.
    #[test]
    fn ascii_fold() {
        let all: String = (1u8..0x80).map(char::from).filter(|&c| c != '`').collect();
        assert_eq!(super::fold(&all), all.to_ascii_lowercase());
    }

    #[test]
    fn lists_are_sorted() {
        assert!(super::PARTICLES.windows(2).all(|w| w[0] < w[1]));
        assert!(
            super::EXTRA_ENGLISH_FUNCTION
                .windows(2)
                .all(|w| w[0] < w[1])
        );
    }
}
