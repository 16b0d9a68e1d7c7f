//! Two words written solid: two lowercase words ("morethan", "willhelp", "ofthe") and a
//! number glued to a word ("2027dossier"), judged by word frequency (wordfreq's English
//! Zipf values, `crate::lexicon::freq`).
//!
//! Measured on clean prose while choosing the thresholds below (lowercase pairs of
//! adjacent words glued at random): about 0.7 of the glued pairs split, about 0.2 tokens
//! per 10,000 words split that were not glued (most of those are the writer's own slips).

use crate::lexicon::{self, freq};

/// The highest English frequency (Zipf × 10) of a token that can be two words run
/// together; above it the token is an English word ("thereof" 37).
const MAX_TOKEN: u8 = 34;

/// From this source-language frequency (Zipf × 10) a token is a foreign word, left to
/// `untranslated-text` ("porque", "einmal").
const FOREIGN: u8 = 30;

/// A token absent from the English tables (Zipf < 1): both halves common ([`ABSENT_LO`]),
/// one of them a function word or common verb ([`ABSENT_HI`]) — or one half among the
/// most frequent words ([`ABSENT_TOP`], "the", "of", "and") and the other one of
/// [`ABSENT_TOP_LO`] ("thepandemic").
const ABSENT_LO: u8 = 40;
const ABSENT_HI: u8 = 60;
const ABSENT_TOP: u8 = 70;
const ABSENT_TOP_LO: u8 = 30;

/// A rare token (Zipf ≤ [`RARE`]): halves as for an absent token, first rule.
const RARE: u8 = 20;

/// A token up to [`MAX_TOKEN`] ("ofthe" 33, "inthe" 26, web slips common enough to be
/// counted): far rarer than both halves, by [`GAP`], one of them a function word.
const GAP: u8 = 40;

/// A particle that forms compounds with the word after it ("overmatch", "upskill",
/// "backends", "bewitch", "goroutine") — English word formation (particle prefixes):
/// after one, the right half must be a function word ("inthe", "upthe").
const PARTICLES: &[&str] = &[
    "back", "be", "by", "down", "go", "in", "off", "on", "out", "over", "under", "up",
];
const AFTER_PARTICLE: u8 = 65;

/// Prepositions a particle joins into one English word ("into", "onto", "within",
/// "without", "outwith", "inside", "upon"): after a particle they make no slip.
const JOINS_PARTICLE: &[&str] = &["in", "on", "side", "to", "with"];

/// "a" run into a word ("acapsized", "wasa"): only for a token English does not have, the
/// other half common.
const WITH_A: u8 = 30;

/// The English frequency (Zipf × 10) of the word after a number ("2027dossier").
const AFTER_NUMBER: u8 = 30;

fn english(word: &str) -> u8 {
    freq::lookup(word)
        .and_then(|f| f.english())
        .map_or(0, |z| z.tenths())
}

/// A half's English frequency and whether WordNet has it as a noun (one lookup).
fn half(word: &str) -> (u8, bool) {
    freq::lookup(word).map_or((0, false), |f| {
        (
            f.english().map_or(0, |z| z.tenths()),
            f.pos().is_some_and(|p| p.noun()),
        )
    })
}

/// Could `word` be two lowercase words run together? Only an ASCII lowercase word of 5
/// letters or more is looked at: the pretest reads bytes and no table.
pub(super) fn may_be_solid(word: &[u8]) -> bool {
    word.len() >= 5 && word.iter().all(u8::is_ascii_lowercase)
}

/// Where `word` (lowercase ASCII, see [`may_be_solid`]) splits into two English words,
/// when it is not itself one: the split whose halves are jointly the most frequent.
/// One table lookup for the word; SCOWL and the halves are read only for a word the
/// English tables do not have or have as rare (a few in a hundred).
pub(super) fn solid_split(word: &str) -> Option<usize> {
    let (z, foreign) = freq::lookup(word).map_or((0, 0), |f| {
        (
            f.english().map_or(0, |z| z.tenths()),
            f.best_source_lang().map_or(0, |(_, z)| z.tenths()),
        )
    });
    if z > MAX_TOKEN || foreign >= FOREIGN || lexicon::is_english_word(word) {
        return None;
    }
    let mut best: Option<(usize, u16)> = None;
    for at in 1..word.len() {
        let (l, r) = word.split_at(at);
        let ((zl, nl), (zr, nr)) = (half(l), half(r));
        if !halves_fit(z, l, r, zl, zr) || l.len() > 1 && compound(r, (zl, nl), (zr, nr)) {
            continue;
        }
        let joint = u16::from(zl) + u16::from(zr);
        if best.is_none_or(|(_, b)| joint > b) {
            best = Some((at, joint));
        }
    }
    best.map(|(at, _)| at)
}

/// Are `l` and `r` (frequencies `zl`, `zr`) the two words of a token of frequency `z`?
fn halves_fit(z: u8, l: &str, r: &str, zl: u8, zr: u8) -> bool {
    let (lo, hi) = (zl.min(zr), zl.max(zr));
    let fit = if l.len() == 1 || r.len() == 1 {
        z == 0 && (l == "a" && r.len() >= 4 || r == "a" && l.len() >= 3) && lo >= WITH_A
    } else if z == 0 {
        lo >= ABSENT_LO && hi >= ABSENT_HI || lo >= ABSENT_TOP_LO && hi >= ABSENT_TOP
    } else if z <= RARE {
        lo >= ABSENT_LO && hi >= ABSENT_HI
    } else {
        lo >= z + GAP && hi >= ABSENT_HI
    };
    let after_particle = PARTICLES.binary_search(&l).is_ok();
    fit && !(after_particle && (zr < AFTER_PARTICLE || JOINS_PARTICLE.contains(&r)))
}

/// Two nouns, one of them not among the most common words ("timesheet", "cakeday",
/// "makefiles"), or a word and a particle ("wrapup", "workup"): English writes such
/// compounds solid, so the token is more likely a compound than a slip.
fn compound(r: &str, (zl, nl): (u8, bool), (zr, nr): (u8, bool)) -> bool {
    let nouns = nl && nr && zl.min(zr) < COMMON_NOUN;
    let particle_after = PARTICLES.binary_search(&r).is_ok() && zl < AFTER_PARTICLE;
    nouns || particle_after
}

/// See [`compound`]: a noun at least this frequent (Zipf × 10) does not make a compound
/// with another noun ("willhelp": "will" and "help" are nouns too).
const COMMON_NOUN: u8 = 57;

/// "2027dossier": digits, then a word of five letters or more that English uses often.
/// Units and ordinals ("5km", "10mg", "10mins", "3rd", "1990s", "10am") are shorter or not words.
/// Returns the byte where the word starts.
pub(super) fn number_split(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let at = b.iter().position(|c| !c.is_ascii_digit())?;
    let rest = &word[at..];
    if rest.len() < 5 || !rest.bytes().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    (english(rest) >= AFTER_NUMBER).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_common_words_split() {
        assert_eq!(solid_split("morethan"), Some(4));
        assert_eq!(solid_split("willhelp"), Some(4));
        assert_eq!(solid_split("ofthe"), Some(2));
        assert_eq!(solid_split("inthe"), Some(2));
        assert_eq!(solid_split("amoment"), Some(1));
    }

    #[test]
    fn real_words_and_compounds_do_not_split() {
        for w in [
            "another", "thereof", "whereby", "nowhere", "without", "someone", "uptime",
            "overmatch", "upskill", "lawmaking", "shopfront", "porque", "sobre",
        ] {
            assert_eq!(solid_split(w), None, "{w}");
        }
    }

    #[test]
    fn particles_are_sorted() {
        assert!(PARTICLES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn numbers_glued_to_words() {
        assert_eq!(number_split("2027dossier"), Some(4));
        for w in ["5km", "10mg", "3rd", "1990s", "10am", "4x4", "100kmh", "10mins"] {
            assert_eq!(number_split(w), None, "{w}");
        }
    }
}
