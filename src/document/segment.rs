//! Tokenizing text segments and deriving sentences from the tokens.
//!
//! One pass over the bytes with an ASCII fast path. Whitespace-separated chunks that are
//! URLs, e-mail addresses, handles, file names or code are excluded before tokenizing.
//! Sentences are derived from the tokens; a full stop after a known abbreviation
//! ("Mr.", "Jan."), an initial or an inner letter of a dotted acronym ("U.S.") does not end
//! a sentence, and decimals are single number tokens.

use std::ops::Range;

use super::{Sentence, Token, TokenKind};
use crate::lexicon::keys;

/// Abbreviations that end in a full stop without ending the sentence (lowercase).
const ABBREVIATIONS: &[&str] = &[
    "adm", "approx", "apr", "assn", "aug", "ave", "blvd", "bros", "capt", "cmdr", "co", "col",
    "corp", "dec", "dept", "dr", "ed", "eds", "est", "feb", "fig", "figs", "fri", "gen", "gov",
    "hon", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "mon", "mr", "mrs", "ms",
    "mt", "no", "nos", "nov", "oct", "op", "pp", "pres", "prof", "pt", "rep", "rev", "sat", "sen",
    "sep", "sept", "sgt", "sr", "st", "sun", "supt", "thu", "thurs", "tue", "tues", "univ", "vol",
    "vols", "vs", "wed",
];

/// Words that start a new sentence after a dotted acronym ("… in the U.S. The …").
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "after",
    "although",
    "an",
    "and",
    "as",
    "at",
    "but",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "meanwhile",
    "on",
    "our",
    "she",
    "since",
    "so",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "we",
    "what",
    "when",
    "while",
    "you",
];

/// [`ABBREVIATIONS`] packed ([`keys::pack_short`]) and sorted for a binary search.
const ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = keys::packed_sorted(ABBREVIATIONS);

/// Is `word` (any case) an abbreviation that is followed by a full stop mid-sentence?
pub fn is_abbreviation(word: &str) -> bool {
    if word.len() > 6 || !word.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 6];
    for (i, b) in word.bytes().enumerate() {
        buf[i] = b.to_ascii_lowercase();
    }
    ABBREVIATION_KEYS
        .binary_search(&keys::pack_short(&buf[..word.len()]))
        .is_ok()
}

fn is_sentence_starter(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    SENTENCE_STARTERS.binary_search(&lower.as_str()).is_ok()
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Tokenize `text[range]`, appending tokens; chunks that must not be linted are appended
/// to `excluded` instead.
pub(crate) fn tokenize(
    text: &str,
    range: Range<usize>,
    tokens: &mut Vec<Token>,
    excluded: &mut Vec<Range<usize>>,
) {
    tokenize_with(text, range, tokens, excluded, true);
}

/// [`tokenize`], with or without the one-pass path for plain ASCII chunks
/// ([`ascii_chunks`]); the tests check that both give the same tokens.
///
/// Longer than 100 lines on purpose: this is the document model's hot loop, one match
/// over the byte classes; its state (position, pending token, glued flag) would have to
/// be passed by reference through every helper a split made.
fn tokenize_with(
    text: &str,
    range: Range<usize>,
    tokens: &mut Vec<Token>,
    excluded: &mut Vec<Range<usize>>,
    fast: bool,
) {
    let bytes = text.as_bytes();
    let mut i = range.start;
    let end = range.end;
    let mut glued = false;
    // Set when the ASCII path stopped at the chunk starting at `i`: the general path
    // takes that chunk, and the ASCII path is tried again after the next whitespace.
    let mut general_chunk = !fast;
    while i < end {
        if !glued && !general_chunk {
            // At `i` starts whitespace or a chunk not glued to a token: as many chunks
            // as the ASCII path can take, up to one it leaves to the code below.
            i = ascii_chunks(text, i, end, tokens);
            general_chunk = true;
            continue;
        }
        let b = bytes[i];
        // Whitespace.
        if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
            i += 1;
            glued = false;
            general_chunk = !fast;
            continue;
        }
        let c = if b < 0x80 {
            b as char
        } else {
            text[i..].chars().next().expect("char boundary")
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            glued = false;
            general_chunk = !fast;
            continue;
        }
        // At the start of a whitespace-separated chunk, check whether it must be excluded.
        if !glued {
            let (chunk_end, special) = scan_chunk(text, i, end);
            if let Some(skip) = special
                .then(|| excluded_core(&text[i..chunk_end]))
                .flatten()
            {
                let (s, e) = (i + skip.start, i + skip.end);
                // Tokenize what precedes the excluded core (an opening bracket), exclude
                // the core, and carry on after it.
                push_plain(text, i..s, tokens, false);
                excluded.push(s..e);
                i = e;
                glued = i < chunk_end;
                continue;
            }
        }
        if is_word_char(c) {
            let start = i;
            let mut all_digits = true;
            let mut j = i;
            loop {
                if j >= end {
                    break;
                }
                let b = bytes[j];
                let (c, len) = if b < 0x80 {
                    (b as char, 1)
                } else {
                    let c = text[j..].chars().next().expect("char boundary");
                    (c, c.len_utf8())
                };
                if is_word_char(c) {
                    if !c.is_ascii_digit() {
                        all_digits = false;
                    }
                    j += len;
                    continue;
                }
                // Inner apostrophe: "don't", "Japan’s".
                if is_apostrophe(c)
                    && j > start
                    && !all_digits
                    && text[j + len..end]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic)
                {
                    j += len;
                    continue;
                }
                // Decimal and thousands separators inside a number: "1.5", "50,000".
                if (c == '.' || c == ',')
                    && all_digits
                    && j + 1 < end
                    && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
                {
                    j += 1;
                    continue;
                }
                break;
            }
            tokens.push(Token::new(
                start,
                j,
                if all_digits {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                },
                glued,
            ));
            i = j;
        } else {
            let len = c.len_utf8();
            tokens.push(Token::new(i, i + len, TokenKind::Punct, glued));
            i += len;
        }
        glued = true;
    }
}

/// Byte classes for [`ascii_chunk`], one table look-up per byte (see [`CLASS`]).
const C_ALPHA: u8 = 1;
const C_DIGIT: u8 = 2;
const C_ALNUM: u8 = C_ALPHA | C_DIGIT;
/// ' ', '\n', '\t' and '\r': the whitespace that ends a chunk on the ASCII path.
const C_SPACE: u8 = 4;
/// A byte of [`SPECIAL`].
const C_SPECIAL: u8 = 8;
/// A non-ASCII byte or a control character other than the four spaces: the chunk is
/// left to the general path.
const C_GENERAL: u8 = 16;

/// The class bits of every byte; ASCII punctuation outside [`SPECIAL`] has none.
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            C_ALPHA
        } else if c.is_ascii_digit() {
            C_DIGIT
        } else if c == b' ' || c == b'\n' || c == b'\t' || c == b'\r' {
            C_SPACE
        } else if c < 0x20 || c >= 0x80 {
            C_GENERAL
        } else if SPECIAL[b] {
            C_SPECIAL
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Tokenize from `start` (whitespace, or a chunk not glued to a previous token) chunk by
/// chunk on the ASCII path ([`ascii_chunk`]), skipping the ASCII whitespace between
/// chunks. Returns `end`, or the start of the first chunk the ASCII path leaves to the
/// general path (nothing pushed for it; the whitespace before it is skipped).
fn ascii_chunks(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) -> usize {
    let bytes = &text.as_bytes()[..end];
    let mut i = start;
    loop {
        while bytes.get(i).is_some_and(|&b| CLASS[b as usize] == C_SPACE) {
            i += 1;
        }
        if i >= end {
            return end;
        }
        match ascii_chunk(text, i, end, tokens) {
            Some(chunk_end) => i = chunk_end,
            None => return i,
        }
    }
}

/// Tokenize the whitespace-separated chunk starting at `start` in one pass, when it is
/// plain ASCII and not excluded (most chunks): the tokens [`tokenize`] would make, pushed
/// onto `tokens`, and the chunk's end. `None`, with nothing pushed, for a chunk that
/// holds a non-ASCII byte or a control character, or that [`excluded_core`] excludes:
/// the general path takes those.
#[inline(always)]
fn ascii_chunk(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) -> Option<usize> {
    // Slicing at `end` lets `get` do the range checks.
    let bytes = &text.as_bytes()[..end];
    let class_at = |j: usize| bytes.get(j).map_or(C_SPACE, |&b| CLASS[b as usize]);
    let mark = tokens.len();
    let mut special = false;
    let mut glued = false;
    let mut i = start;
    let bail = |tokens: &mut Vec<Token>| {
        tokens.truncate(mark);
        None
    };
    loop {
        let class = class_at(i);
        if class & C_SPACE != 0 {
            break;
        }
        if class & C_GENERAL != 0 {
            return bail(tokens);
        }
        if class & C_ALNUM == 0 {
            special |= class & C_SPECIAL != 0;
            tokens.push(Token::new(i, i + 1, TokenKind::Punct, glued));
            glued = true;
            i += 1;
            continue;
        }
        // A word or number, as in `tokenize`: runs of letters and digits, joined by an
        // inner apostrophe before a letter (words) or by '.' or ',' before a digit
        // (numbers).
        let token_start = i;
        let mut all_digits = class == C_DIGIT;
        let mut j = i + 1;
        loop {
            if all_digits {
                while class_at(j) == C_DIGIT {
                    j += 1;
                }
                if class_at(j) == C_ALPHA {
                    all_digits = false;
                    j += 1;
                }
            }
            if !all_digits {
                while class_at(j) & C_ALNUM != 0 {
                    j += 1;
                }
            }
            match bytes.get(j) {
                Some(b'\'') if !all_digits => match bytes.get(j + 1) {
                    // Inner apostrophe: "don't" (the letter after it decides).
                    Some(n) if *n >= 0x80 => return bail(tokens),
                    Some(n) if n.is_ascii_alphabetic() => j += 2,
                    _ => break,
                },
                Some(&b @ (b'.' | b',')) if all_digits && class_at(j + 1) == C_DIGIT => {
                    special |= SPECIAL[b as usize];
                    j += 1;
                }
                _ => break,
            }
        }
        let kind = if all_digits {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        tokens.push(Token::new(token_start, j, kind, glued));
        glued = true;
        i = j;
    }
    if special
        && ascii_core_is_special(&bytes[start..i])
        && excluded_core(&text[start..i]).is_some()
    {
        return bail(tokens);
    }
    Some(i)
}

/// For an ASCII chunk: does the core [`excluded_core`] would test (the chunk without its
/// opening brackets and quotes and its closing punctuation) hold a special byte? When it
/// does not, [`excluded_core`] returns `None` ("said." and "(1990)," are settled here,
/// by bytes, without its character-pattern trims).
fn ascii_core_is_special(chunk: &[u8]) -> bool {
    let lead = chunk
        .iter()
        .take_while(|b| matches!(b, b'(' | b'[' | b'"' | b'\'' | b'<'))
        .count();
    let rest = &chunk[lead..];
    let tail = rest
        .iter()
        .rev()
        .take_while(|b| {
            matches!(
                b,
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'"' | b'\'' | b'>'
            )
        })
        .count();
    rest[..rest.len() - tail]
        .iter()
        .any(|&b| b < 0x80 && SPECIAL[b as usize])
}

/// Tokenize a short piece without exclusion checks (used for brackets before a URL).
fn push_plain(text: &str, range: Range<usize>, tokens: &mut Vec<Token>, mut glued: bool) {
    for (off, c) in text[range.clone()].char_indices() {
        let s = range.start + off;
        let kind = if is_word_char(c) {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        tokens.push(Token::new(s, s + c.len_utf8(), kind, glued));
        glued = true;
    }
}

/// ASCII bytes that can make a chunk a URL, address, handle, path or code (see
/// [`excluded_core`]); plain words have none of them.
const SPECIAL: [bool; 128] = {
    let mut t = [false; 128];
    let specials = b":/@._(=<{`\\#~|*>$%&+";
    let mut i = 0;
    while i < specials.len() {
        t[specials[i] as usize] = true;
        i += 1;
    }
    t
};

/// The end of the whitespace-separated chunk starting at `start`, and whether it holds
/// a byte that [`excluded_core`] looks for (one pass, ASCII by table).
fn scan_chunk(text: &str, start: usize, end: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut special = false;
    let mut j = start;
    while j < end {
        let b = bytes[j];
        if b < 0x80 {
            if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
                return (j, special);
            }
            special |= SPECIAL[b as usize];
            j += 1;
        } else {
            let c = text[j..].chars().next().expect("char boundary");
            if c.is_whitespace() {
                return (j, special);
            }
            j += c.len_utf8();
        }
    }
    (end, special)
}

/// If a whitespace-separated chunk is (or contains, after opening brackets and before
/// closing punctuation) a URL, e-mail address, handle, path or code, the byte range of
/// that core within the chunk.
fn excluded_core(chunk: &str) -> Option<Range<usize>> {
    // Cheap reject: plain words have none of these characters.
    if !chunk.bytes().any(|b| b < 0x80 && SPECIAL[b as usize]) {
        return None;
    }
    let lead = chunk.len()
        - chunk
            .trim_start_matches(['(', '[', '"', '\'', '“', '‘', '<', '«'])
            .len();
    let core_and_tail = &chunk[lead..];
    let core = core_and_tail.trim_end_matches([
        '.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', '”', '’', '>', '»',
    ]);
    if core.is_empty() {
        return None;
    }
    // Every test below needs a special byte in the core itself (the "()" test reads the
    // tail too, but a '(' there is in the core, as the tail holds no '('): a word followed
    // by a full stop ("said.") is settled here, without the string searches.
    if !core.bytes().any(|b| b < 0x80 && SPECIAL[b as usize]) {
        return None;
    }
    let range = lead..lead + core.len();
    if has(core, b"://") || core.starts_with("www.") || core.starts_with("mailto:") {
        return Some(range);
    }
    if let Some(at) = core.find('@') {
        // e-mail or handle
        if at == 0 && core.len() > 1 {
            return Some(range);
        }
        if core[at + 1..].contains('.') {
            return Some(range);
        }
    }
    // Code-ish: identifiers with underscores, calls, operators, paths.
    let b = core.as_bytes();
    if has(core_and_tail, b"()")
        || has(core, b"::")
        || has(core, b"=>")
        || has(core, b"->")
        || has(core, b"==")
        || core.contains('{')
        || core.contains('`')
        || core.contains('\\')
        || core.contains('<')
        || (core.contains('=') && core.len() > 1)
        || core.starts_with("./")
        || core.starts_with("~/")
        || (b[0] == b'/' && core.len() > 1)
        || core.bytes().filter(|&c| c == b'/').count() >= 2
    {
        return Some(range);
    }
    if let Some(pos) = core.find('_')
        && pos > 0
        && pos + 1 < core.len()
    {
        return Some(range);
    }
    // Dotted names whose part after a dot starts lowercase: file names, domains,
    // "Node.js", "e.g" (harmless), but not "said.The" or "U.S".
    let mut prev_alnum = false;
    for (i, c) in core.char_indices() {
        if c == '.'
            && prev_alnum
            && core[i + 1..]
                .chars()
                .next()
                .is_some_and(|n| n.is_ascii_lowercase())
        {
            // Keep "a.m", "p.m", "e.g", "i.e" (dotted lowercase initials) as text.
            let before = &core[..i];
            let after = &core[i + 1..];
            let last_run = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            let next_run = after
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            let single_letters = last_run.chars().count() == 1 && next_run.chars().count() == 1;
            if single_letters {
                return None;
            }
            return Some(range);
        }
        prev_alnum = c.is_alphanumeric();
    }
    None
}

/// Does `hay` hold `needle`? A plain byte search: the needles of [`excluded_core`] are two
/// or three bytes and its chunks short, where `str::contains` would spend more on setting
/// up its searcher than on searching.
fn has(hay: &str, needle: &[u8]) -> bool {
    hay.as_bytes().windows(needle.len()).any(|w| w == needle)
}

fn is_closing(c: &str) -> bool {
    matches!(c, "\"" | "'" | "”" | "’" | ")" | "]" | "»")
}

/// Split the tokens `range` of block `block` into sentences.
pub(crate) fn split_sentences(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    out: &mut Vec<Sentence>,
) {
    let mut start = range.start;
    let mut i = range.start;
    let tok = |k: usize| &text[tokens[k].range()];
    let bytes = text.as_bytes();
    // A punctuation token is one character, so its first byte tells a terminal mark
    // ('…' is the only one that needs its three bytes read); most tokens are words,
    // rejected by their kind.
    let is_terminal = |t: &Token| {
        t.kind() == TokenKind::Punct
            && match bytes[t.start as usize] {
                b'.' | b'!' | b'?' => true,
                0xE2 => bytes[t.range()] == *"…".as_bytes(),
                _ => false,
            }
    };
    while i < range.end {
        // Skip to the next terminal mark.
        match tokens[i..range.end].iter().position(is_terminal) {
            Some(n) => i += n,
            None => break,
        }
        let s = tok(i);
        // Absorb runs of terminal marks and closing quotes/brackets glued to it.
        let mut last = i;
        while last + 1 < range.end && tokens[last + 1].glued() {
            let n = tok(last + 1);
            if matches!(n, "." | "!" | "?" | "…") || is_closing(n) {
                last += 1;
            } else {
                break;
            }
        }
        let next = last + 1;
        let boundary = if next >= range.end {
            true
        } else {
            let nt = &tokens[next];
            let ns = tok(next);
            let first_char = ns.chars().next().unwrap_or(' ');
            if nt.glued() || first_char.is_lowercase() {
                false
            } else if s == "." && i > range.start && tokens[i].glued() {
                let prev = tok(i - 1);
                let prev_tok = &tokens[i - 1];
                if prev_tok.kind() == TokenKind::Word && is_abbreviation(prev) {
                    false
                } else if prev_tok.kind() == TokenKind::Word && prev.chars().count() == 1 {
                    // An initial ("J. Smith") or the end of a dotted acronym ("U.S.").
                    let dotted = i >= range.start + 2
                        && tokens[i - 1].glued()
                        && tok(i - 2) == "."
                        && tokens[i - 2].glued();
                    dotted && nt.kind() == TokenKind::Word && is_sentence_starter(ns)
                } else {
                    true
                }
            } else {
                true
            }
        };
        if boundary {
            out.push(Sentence::new(
                tokens[start].start as usize,
                tokens[last].end() as usize,
                start..last + 1,
            ));
            start = last + 1;
        }
        i = last + 1;
    }
    if start < range.end {
        out.push(Sentence::new(
            tokens[start].start as usize,
            tokens[range.end - 1].end() as usize,
            start..range.end,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviation_lists_are_sorted() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(SENTENCE_STARTERS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_abbreviation("Jan"));
        assert!(!is_abbreviation("January"));
        // The keyed search agrees with a search of the list itself.
        for word in [
            "mr", "MRS", "St", "approx", "vols", "wed", "a", "zz", "approxx", "s", "",
        ] {
            let listed = ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str());
            assert_eq!(is_abbreviation(word), listed, "{word}");
        }
        for word in ABBREVIATIONS {
            assert!(is_abbreviation(word) && is_abbreviation(&word.to_uppercase()));
            // A prefix or an extension of an abbreviation is not one unless listed.
            for other in [&word[1..], &format!("{word}s")[..]] {
                assert_eq!(is_abbreviation(other), ABBREVIATIONS.contains(&other));
            }
        }
    }

    #[test]
    fn numbers_and_apostrophes() {
        let text = "Japan’s 50,000 troops and 1.5 million don't";
        let mut tokens = Vec::new();
        let mut excluded = Vec::new();
        tokenize(text, 0..text.len(), &mut tokens, &mut excluded);
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.range()]).collect();
        assert_eq!(
            words,
            vec![
                "Japan’s",
                "50,000",
                "troops",
                "and",
                "1.5",
                "million",
                "don't"
            ]
        );
        assert_eq!(tokens[1].kind(), TokenKind::Number);
    }

    /// The one-pass ASCII path gives exactly the tokens and exclusions of the general
    /// path, on text mixing words, numbers, apostrophes, URLs, code, non-ASCII letters,
    /// odd whitespace and control characters.
    /// The byte pre-test never turns away a chunk that `excluded_core` excludes.
    #[test]
    fn ascii_core_pretest_keeps_every_excluded_chunk() {
        let pieces = [
            "a", "(", "[", "\"", "'", "<", ">", ".", ",", ";", ":", "!", "?", ")", "]", "/", "@",
            "_", "=", "{", "`", "\\", "#", "~", "|", "*", "$", "%", "&", "+", "x1", "www", "http",
            "e.g", "()", "::",
        ];
        let mut excluded = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in ["", "a", ".", ")", "/"] {
                        let chunk = format!("{a}{b}{c}{d}");
                        if excluded_core(&chunk).is_some() {
                            excluded += 1;
                            assert!(ascii_core_is_special(chunk.as_bytes()), "{chunk}");
                        }
                    }
                }
            }
        }
        assert!(excluded > 0);
    }

    /// Long only because it is a table of cases: each is tokenized both ways.
    #[test]
    fn ascii_fast_path_matches_general_path() {
        const PIECES: &[&str] = &[
            "word",
            "Japan",
            "don't",
            "it's",
            "'",
            "’",
            "’s",
            "l'",
            "1.5",
            "50,000",
            "3,",
            "12.",
            ".",
            ",",
            "..",
            "(",
            ")",
            "\"",
            "“",
            "»",
            "-",
            "_",
            "a_b",
            "f()",
            "x=1",
            "==",
            "->",
            "/",
            "//",
            "~/",
            "./",
            "@",
            "@me",
            "a@b.c",
            "http://a.b/c",
            "www.",
            "Node.js",
            "e.g",
            "p.m.",
            "said.The",
            "U.S.",
            "é",
            "Türkiye",
            "ß",
            " ",
            "  ",
            "\n",
            "\t",
            "\r\n",
            "\u{a0}",
            "\u{0b}",
            "\u{0c}",
            "\u{1}",
            "\u{7f}",
            "\u{2009}",
            "{",
            "`",
            "\\",
            "<b>",
            "#",
            "*",
            "%",
            "$",
            "&",
            "+",
            "|",
            "9",
            "0x",
            "A1",
            "’t",
            "'9",
            "x'",
            "x'é",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let n = (next() % 12) as usize;
            let mut text = String::new();
            for _ in 0..n {
                text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            }
            // A range that may start and end inside the text (on char boundaries).
            let mut a = (next() % (text.len() as u64 + 1)) as usize;
            while !text.is_char_boundary(a) {
                a -= 1;
            }
            let a = if next() % 2 == 0 { 0 } else { a };
            let run = |fast| {
                let (mut tokens, mut excluded) = (Vec::new(), Vec::new());
                tokenize_with(&text, a..text.len(), &mut tokens, &mut excluded, fast);
                (tokens, excluded)
            };
            assert_eq!(run(true), run(false), "{text:?} from {a}");
        }
    }

    #[test]
    fn glued_sentence_stays_tokens() {
        let text = "he said.The end";
        let mut tokens = Vec::new();
        let mut excluded = Vec::new();
        tokenize(text, 0..text.len(), &mut tokens, &mut excluded);
        assert!(excluded.is_empty());
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.range()]).collect();
        assert_eq!(words, vec!["he", "said", ".", "The", "end"]);
        assert!(tokens[2].glued() && tokens[3].glued() && !tokens[4].glued());
    }

    #[test]
    fn code_and_files_are_excluded() {
        for chunk in [
            "main.go",
            "snake_case",
            "f()",
            "example.com.",
            "(https://a.b/c)",
            "Node.js",
        ] {
            assert!(excluded_core(chunk).is_some(), "{chunk}");
        }
        for chunk in [
            "said.The",
            "U.S.",
            "e.g.,",
            "p.m.",
            "word",
            "Paris.Accordingly",
        ] {
            assert!(excluded_core(chunk).is_none(), "{chunk}");
        }
    }
}
