//! When two spellings are the same name: word similarity (edit distance, diacritics,
//! look-alike letters, capitals, translated surnames) and the union-find the clusters
//! are built with.

use crate::lexicon;
use crate::rules::util::is_all_caps;

use rustc_hash::FxHashMap;

use super::WINDOW;
use super::transliterations;
use super::words::{Form, Words, char_len, order_key};

pub(super) fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

pub(super) fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// Is `b` a plural or a derived adjective of `a` ("Africa" / "African", "Python" /
/// "Pythons")?
pub(super) fn is_derived_from(a: &str, b: &str) -> bool {
    let ending = |rest: &str| matches!(rest, "s" | "es" | "n" | "an" | "ian" | "ese" | "ish" | "i");
    // After a place's final vowel or "y", only the endings of peoples' names ("Sergei" is
    // no derivation of "Sergey").
    let people = |rest: &str| matches!(rest, "an" | "ian" | "ese" | "ish");
    // The ending, or the ending made plural ("Crimea" / "Crimeans", "Pakistan" /
    // "Pakistanis").
    let derived = |stem: &str, ending: &dyn Fn(&str) -> bool| {
        b.strip_prefix(stem)
            .is_some_and(|rest| ending(rest) || rest.strip_suffix('s').is_some_and(ending))
    };
    // A place's final vowel or "y" gives way to the ending ("Canada" / "Canadians",
    // "Ukraine" / "Ukrainian", "Italy" / "Italian").
    derived(a, &ending)
        || a.strip_suffix(['a', 'e', 'y'])
            .is_some_and(|stem| stem.len() >= 3 && derived(stem, &people))
}

/// A word with a clitic after an apostrophe ("They'd", "We're", "Isn't"): a contraction,
/// which is a spelling of no name ("They'd" / "They're" are two words).
pub(super) fn is_contraction(f: &str) -> bool {
    f.rsplit_once(['\'', '’']).is_some_and(|(stem, clitic)| {
        !stem.is_empty() && matches!(clitic, "d" | "re" | "ll" | "ve" | "m" | "s" | "t")
    })
}

/// Names with digits or inner capitals ("Python3", "HackR") are product names: spelled
/// as their owners like, not variants. Numbered things differ in their digits and are
/// different things, in capitals too ("FY2020" / "FY2021", "A320" / "A321").
pub(super) fn is_plain_name_token(s: &str) -> bool {
    if s.is_ascii() {
        let b = s.as_bytes();
        return !b.iter().any(u8::is_ascii_digit)
            && (!b.iter().skip(1).any(u8::is_ascii_uppercase) || is_all_caps(s));
    }
    !s.chars().any(|c| c.is_ascii_digit())
        && (!s.chars().skip(1).any(char::is_uppercase) || is_all_caps(s))
}

/// Are two single name tokens (raw) spellings of the same name? (The rule asks
/// [`Words::similar`], which looks each word's facts up once.)
#[cfg(test)]
pub(super) fn similar_tokens(a: &str, b: &str, fa: &str, fb: &str, multi: bool) -> bool {
    is_plain_name_token(a)
        && is_plain_name_token(b)
        && similar_plain_tokens(a, b, fa, fb, multi, |first| {
            let x = if first { a } else { b };
            lexicon::is_dictionary_name(x) || lexicon::is_english_word(&x.to_lowercase())
        })
}

/// [`similar_tokens`] for two plain name tokens; `known(true)` tells whether `a` is a
/// dictionary name or (lowercased) English word, `known(false)` the same of `b`.
pub(super) fn similar_plain_tokens(
    a: &str,
    b: &str,
    fa: &str,
    fb: &str,
    multi: bool,
    mut known: impl FnMut(bool) -> bool,
) -> bool {
    if fa == fb {
        // Same letters: differs by diacritics, look-alike letters or case. A case-only
        // difference counts when one side is written in capitals ("BIDEN"), for words
        // long enough not to be acronyms ("UNIX" / "Unix" is a house style).
        if a.to_lowercase() == b.to_lowercase() {
            return is_all_caps(a) != is_all_caps(b) && char_len(a) >= 5;
        }
        return a != b;
    }
    if is_contraction(fa) || is_contraction(fb) {
        return false;
    }
    let (la, lb) = (char_len(fa), char_len(fb));
    let min = la.min(lb);
    if min < 5 || is_derived_from(fa, fb) || is_derived_from(fb, fa) {
        return false;
    }
    // Transliterations may differ in the first letter ("Oleksandr" / "Aleksandr") when the
    // rest of the name agrees; single names must share it.
    if fa.chars().next() != fb.chars().next() && !multi {
        return false;
    }
    // A people's adjective is not a spelling of its country ("Turkish" / "Turkiye").
    // (Also in the plural: "Crimeans" / "Crimea".)
    let demonym = |x: &str| {
        let x = x.strip_suffix('s').unwrap_or(x);
        ["ish", "ian", "ese", "ic", "ean"]
            .iter()
            .any(|s| x.ends_with(s))
    };
    if demonym(fa) != demonym(fb) {
        return false;
    }
    // "Daniel" / "Daniela", "Paul" / "Paula": a vowel added at the end makes another name.
    let gendered = |short: &str, long: &str| {
        long.strip_prefix(short)
            .is_some_and(|rest| matches!(rest, "a" | "e" | "o"))
    };
    if gendered(fa, fb) || gendered(fb, fa) {
        return false;
    }
    if multi && translated_surname(a, b, fa, fb) {
        return true;
    }
    let dist = levenshtein(fa, fb);
    if known(true) && known(false) {
        // Two dictionary names differing by a substitution are usually two names
        // ("Maria" / "Mario"); an inserted or dropped letter is a spelling variant
        // ("Anthony" / "Antony") when the rest of the name agrees.
        return multi && dist == 1 && la != lb;
    }
    let max = la.max(lb);
    if multi {
        dist <= if max >= 8 { 2 } else { 1 }
    } else {
        if min < 6 {
            return false;
        }
        // Shared start, so "Austria" never meets "Australia".
        fb.starts_with(fold_prefix(fa)) && dist <= if max >= 7 { 2 } else { 1 }
    }
}

/// The first three characters of a fold (all of it when shorter).
pub(super) fn fold_prefix(f: &str) -> &str {
    f.char_indices().nth(3).map_or(f, |(i, _)| &f[..i])
}

/// A necessary condition of [`similar_plain_tokens`] for single-word names with
/// different folds, cheap enough to ask before anything else: both folds have at least
/// six characters and share their first three. (Every way that function can answer
/// true for such a pair passes both tests; most pairs of neighbouring names fail them.)
pub(super) fn single_words_may_be_similar(fa: &str, fb: &str) -> bool {
    char_len(fa).min(char_len(fb)) >= 6 && fb.starts_with(fold_prefix(fa))
}

/// Edit distance in characters (as `strsim::levenshtein`), for two ASCII words of up
/// to 63 bytes without allocating.
pub(super) fn levenshtein(a: &str, b: &str) -> usize {
    const MAX: usize = 63;
    if !(a.is_ascii() && b.is_ascii() && b.len() <= MAX) {
        return strsim::levenshtein(a, b);
    }
    let b = b.as_bytes();
    // row[j]: distance between the prefix of `a` read so far and b[..j].
    let mut row = [0usize; MAX + 1];
    for (j, r) in row.iter_mut().enumerate().take(b.len() + 1) {
        *r = j;
    }
    for (i, &ca) in a.as_bytes().iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let sub = diag + usize::from(ca != cb);
            diag = row[j + 1];
            row[j + 1] = sub.min(diag + 1).min(row[j] + 1);
        }
    }
    row[b.len()]
}

/// A surname translated as a common word in one mention ("Mario Draghi" / "Mario
/// Dragons"): one spelling is an ordinary English word, the other is not a word at all,
/// and they share their first four letters. Called for multi-word names only, where the
/// other words of the name agree.
pub(super) fn translated_surname(a: &str, b: &str, fa: &str, fb: &str) -> bool {
    let common =
        |x: &str| lexicon::is_english_word(&x.to_lowercase()) && !lexicon::is_dictionary_name(x);
    // Not a word, nor an inflection of one ("Carpentries" of "carpentry").
    let foreign = |x: &str| {
        let l = x.to_lowercase();
        let stems = [
            l.strip_suffix("ies").map(|s| format!("{s}y")),
            l.strip_suffix("es").map(str::to_string),
            l.strip_suffix('s').map(str::to_string),
        ];
        x.chars().all(char::is_alphabetic)
            && !lexicon::is_english_word(&l)
            && !stems.iter().flatten().any(|s| lexicon::is_english_word(s))
    };
    let prefix = |x: &str| x.chars().take(4).collect::<String>();
    char_len(fa) >= 5
        && char_len(fb) >= 5
        && prefix(fa) == prefix(fb)
        && !fa.starts_with(fb)
        && !fb.starts_with(fa)
        && ((common(a) && foreign(b)) || (common(b) && foreign(a)))
}

pub(super) fn similar_forms(
    toks: &[u32],
    words: &mut Words<'_>,
    a: &Form<'_>,
    b: &Form<'_>,
) -> bool {
    if a.acronym || b.acronym {
        return false;
    }
    // A name written wholly in capitals is display text (a dateline, a caption, a sign)
    // in the style of its line, not a spelling of the name ("BAGRAM AIRFIELD" /
    // "Bagram Airfield", "DJIBOUTI" / "Djibouti").
    if is_all_caps(a.text) != is_all_caps(b.text) {
        return false;
    }
    let ta = &toks[a.toks.0 as usize..a.toks.1 as usize];
    let tb = &toks[b.toks.0 as usize..b.toks.1 as usize];
    if ta.len() != tb.len() {
        return false;
    }
    let multi = ta.len() > 1;
    let mut diff = None;
    for i in 0..ta.len() {
        // Word ids are equal exactly when the spellings are.
        if ta[i] != tb[i] {
            if diff.is_some() {
                // More than one token differs: allowed only when all differences are
                // diacritics or look-alike letters.
                return ta
                    .iter()
                    .zip(tb)
                    .all(|(&x, &y)| words.words[x as usize].fold == words.words[y as usize].fold);
            }
            diff = Some(i);
        }
    }
    let Some(i) = diff else {
        return false;
    };
    words.similar(ta[i], tb[i], multi)
}

/// The words of form `f` (ids in `words`).
fn toks_of<'t>(toks: &'t [u32], f: &Form<'_>) -> &'t [u32] {
    &toks[f.toks.0 as usize..f.toks.1 as usize]
}

/// Cluster the forms: each form's union-find root after grouping acronyms under their
/// key, known transliterations, and similar names.
pub(super) fn cluster(all: &[Form<'_>], toks: &[u32], words: &mut Words<'_>) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..all.len()).collect();
    union_acronyms(all, &mut parent);
    union_transliterations(all, toks, words, &mut parent);
    union_similar_names(all, toks, words, &mut parent);
    parent
}

/// Acronyms: same key.
fn union_acronyms(all: &[Form<'_>], parent: &mut [usize]) {
    let mut by_key: FxHashMap<&str, usize> = FxHashMap::default();
    for (id, f) in all.iter().enumerate().filter(|(_, f)| f.acronym) {
        match by_key.get(&*f.key) {
            Some(&other) => union(parent, id, other),
            None => {
                by_key.insert(&f.key, id);
            }
        }
    }
}

/// Known transliteration variants of one-word names ("Kiev" / "Kyiv").
fn union_transliterations(all: &[Form<'_>], toks: &[u32], words: &Words<'_>, parent: &mut [usize]) {
    let mut by_group: FxHashMap<usize, usize> = FxHashMap::default();
    for (id, f) in all.iter().enumerate() {
        if f.acronym {
            continue;
        }
        let t = toks_of(toks, f);
        if t.len() != 1 {
            continue;
        }
        if let Some(g) = transliterations::transliteration_group(words.text(t[0])) {
            match by_group.get(&g) {
                Some(&other) => union(parent, id, other),
                None => {
                    by_group.insert(g, id);
                }
            }
        }
    }
}

/// Names: buckets keyed by the other tokens, compared within a sorted window. A bucket is
/// a run of equal keys (length, slot, folds of the other words) in a sorted list; the
/// order buckets are compared in does not matter (the clusters are the same).
fn union_similar_names(
    all: &[Form<'_>],
    toks: &[u32],
    words: &mut Words<'_>,
    parent: &mut [usize],
) {
    let entries = bucket_entries(all, toks, words);
    let mut ids: Vec<(u64, u32, u32)> = Vec::new();
    for run in entries.chunk_by(|a, b| a.0 == b.0) {
        if run.len() < 2 {
            continue;
        }
        let slot = ((run[0].0 >> 96) & 0xffff) as usize;
        let single = (run[0].0 >> 112) == 1;
        // Sorted by the slot's word, folded, then id.
        ids.clear();
        // Each with its fold's order key, so most comparisons are of integers (16 bytes
        // an entry, as many as a fold id and a usize form id took).
        ids.extend(run.iter().map(|&(_, id)| {
            let w = toks_of(toks, &all[id as usize])[slot];
            let fold = words.words[w as usize].fold;
            (order_key(words.folds.get(fold)), fold, id)
        }));
        let folds = &words.folds;
        ids.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| folds.get(a.1).cmp(folds.get(b.1)))
                .then(a.2.cmp(&b.2))
        });
        for x in 0..ids.len() {
            for y in x + 1..ids.len().min(x + 1 + WINDOW) {
                if single && past_shared_prefix(words, ids[x].1, ids[y].1) {
                    break;
                }
                let (a, b) = (ids[x].2 as usize, ids[y].2 as usize);
                if similar_forms(toks, words, &all[a], &all[b]) {
                    union(parent, a, b);
                }
            }
        }
    }
}

/// Fast path for single-word names: those with different folds pair only when they
/// share their first three letters (`single_words_may_be_similar`), and the folds sharing
/// them follow `x` in one sorted run, so once `y` is past that run nothing further in the
/// window can pair with `x` and the window stops early.
fn past_shared_prefix(words: &Words<'_>, x: u32, y: u32) -> bool {
    x != y
        && !words
            .folds
            .get(y)
            .starts_with(fold_prefix(words.folds.get(x)))
}

/// One entry per (name form, word slot), sorted: a key packed in a u128 (length and slot
/// in the top 32 bits, then the folds of the (at most three) other words, or for a longer
/// (configured) name an id for them) and the form id.
fn bucket_entries(all: &[Form<'_>], toks: &[u32], words: &Words<'_>) -> Vec<(u128, u32)> {
    let mut long_keys: FxHashMap<Vec<u32>, u32> = FxHashMap::default();
    let mut entries: Vec<(u128, u32)> = Vec::with_capacity(toks.len());
    for (id, f) in all.iter().enumerate() {
        if f.acronym {
            continue;
        }
        let t = toks_of(toks, f);
        let n = t.len();
        for slot in 0..n {
            let others = t
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != slot)
                .map(|(_, &w)| words.words[w as usize].fold);
            let rest = if n <= 4 {
                others.fold(0u128, |acc, f| (acc << 32) | u128::from(f))
            } else {
                let next = long_keys.len() as u32;
                u128::from(*long_keys.entry(others.collect()).or_insert(next))
            };
            let key = ((n as u128) << 112) | ((slot as u128) << 96) | rest;
            entries.push((key, id as u32));
        }
    }
    entries.sort_unstable();
    entries
}
