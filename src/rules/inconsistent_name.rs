//! `inconsistent-name`: one person, place or organisation spelled several ways.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{Document, TokenKind};
use crate::lexicon::{self, english};
use crate::rules::util::{fold, is_all_caps, is_sentence_initial, starts_uppercase};
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct InconsistentName;

static META: RuleMeta = RuleMeta {
    name: "inconsistent-name",
    category: "names",
    default_on: true,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    summary: "One name spelled several ways in the same article.",
    what: "The same person, place or organisation spelled differently within one article: spelling and transliteration variants (\"Anthony Blinken\" / \"Antony Blinken\", \"Zelensky\" / \"Zelenskyy\"), missing or extra diacritics (\"Sanchez\" / \"Sánchez\"), look-alike letters from another script (a Cyrillic \"В\" in \"Вlinken\"), capitals (\"Biden\" / \"BIDEN\"), and acronym styles (\"US\" / \"U.S.\"). The canonical spelling is the first listed in `[rules.inconsistent-name] canonical` that matches, else the most frequent spelling, ties to the first; every other spelling is reported.",
    why: "Each sentence is translated on its own, so a name can come out transliterated one way in one sentence and another way in the next; human editors of the source and of the translation also mix conventions, and a majority vote can pick the wrong one.",
    example: "Antony Blinken met his counterpart. Later, Anthony Blinken said the U.S. and Japan agreed, and the US would act.",
    use_instead: "Antony Blinken met his counterpart. Later, Antony Blinken said the US and Japan agreed, and the US would act.",
    fix_safety: "Unsafe: rewrites the mention to the canonical spelling. With no canonical list, the majority can be wrong (\"Anthony\" twice, \"Antony\" once), so list the right spelling in mtlint.toml and review each change.",
};

/// Connecting particles inside names ("Charles de Gaulle", "Bashar al Assad").
const PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "la", "le", "van",
    "von",
];

/// How many neighbours (in sorted order) a spelling is compared with, keeping the rule
/// linear in the number of names.
const WINDOW: usize = 8;

/// One spelling of a name and where it occurs.
struct Form {
    text: String,
    /// Folded tokens, for comparison.
    folded: Vec<String>,
    raw_tokens: Vec<String>,
    /// Where it occurs (u32 offsets: an article can mention names millions of times).
    spans: Vec<(u32, u32)>,
    /// Spans that end a sentence with the acronym's full stop ("… the U.S.").
    sentence_final: Vec<bool>,
    acronym: bool,
}

struct Forms {
    forms: Vec<Form>,
    index: FxHashMap<String, usize>,
    /// Every mention of a (non-acronym) name as the spans of its words, for comparing
    /// single words across names of different lengths.
    mentions: Mentions,
}

/// Name mentions stored flat (a large article holds millions): the word spans of all
/// mentions one after another, and where each mention ends.
#[derive(Default)]
struct Mentions {
    words: Vec<(u32, u32)>,
    ends: Vec<u32>,
}

impl Mentions {
    /// Add a mention of `words`, the last of which ends at `last_end` instead (its
    /// possessive left out).
    fn push(&mut self, words: &[(usize, usize)], last_end: usize) {
        self.words
            .extend(words.iter().map(|&(s, e)| (s as u32, e as u32)));
        if let Some(last) = self.words.last_mut() {
            last.1 = last_end as u32;
        }
        self.ends.push(self.words.len() as u32);
    }

    /// Each mention's word spans.
    fn iter(&self) -> impl Iterator<Item = &[(u32, u32)]> {
        let mut start = 0usize;
        self.ends.iter().map(move |&end| {
            let m = &self.words[start..end as usize];
            start = end as usize;
            m
        })
    }
}

/// Dictionary facts about each distinct capitalised word, looked up once per document:
/// (its lowercase form is a common English word, it is a dictionary name, it is a stop
/// word).
#[derive(Default)]
struct WordCache<'a> {
    map: FxHashMap<&'a str, (bool, bool, bool)>,
}

impl<'a> WordCache<'a> {
    fn info(&mut self, w: &'a str) -> (bool, bool, bool) {
        *self.map.entry(w).or_insert_with(|| {
            (
                lexicon::is_english_word_ci(w),
                lexicon::is_dictionary_name(w),
                english::contains(english::STOPWORDS, w),
            )
        })
    }
}

impl Forms {
    fn add(
        &mut self,
        text: &str,
        raw_tokens: impl FnOnce() -> Vec<String>,
        span: (usize, usize),
        acronym: bool,
        sentence_final: bool,
    ) -> usize {
        let id = match self.index.get(text) {
            Some(&id) => id,
            None => {
                let id = self.forms.len();
                let raw_tokens = raw_tokens();
                let folded = raw_tokens.iter().map(|t| fold(t)).collect();
                self.forms.push(Form {
                    text: text.to_string(),
                    folded,
                    raw_tokens,
                    spans: Vec::new(),
                    sentence_final: Vec::new(),
                    acronym,
                });
                self.index.insert(text.to_string(), id);
                id
            }
        };
        self.forms[id].spans.push((span.0 as u32, span.1 as u32));
        self.forms[id].sentence_final.push(sentence_final);
        id
    }
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// Is `b` a plural or a derived adjective of `a` ("Africa" / "African", "Python" /
/// "Pythons")?
fn is_derived_from(a: &str, b: &str) -> bool {
    b.strip_prefix(a)
        .is_some_and(|rest| matches!(rest, "s" | "es" | "n" | "an" | "ian" | "ese" | "ish" | "i"))
}

/// Names with digits or inner capitals ("Python3", "HackR") are product names: spelled
/// as their owners like, not variants.
fn is_plain_name_token(s: &str) -> bool {
    !s.chars().any(|c| c.is_ascii_digit()) && !s.chars().skip(1).any(char::is_uppercase)
        || is_all_caps(s)
}

/// Are two single name tokens (raw) spellings of the same name?
fn similar_tokens(a: &str, b: &str, fa: &str, fb: &str, multi: bool) -> bool {
    if !is_plain_name_token(a) || !is_plain_name_token(b) {
        return false;
    }
    if fa == fb {
        // Same letters: differs by diacritics, look-alike letters or case. A case-only
        // difference counts when one side is written in capitals ("BIDEN"), for words
        // long enough not to be acronyms ("UNIX" / "Unix" is a house style).
        if a.to_lowercase() == b.to_lowercase() {
            return is_all_caps(a) != is_all_caps(b) && a.chars().count() >= 5;
        }
        return a != b;
    }
    let (la, lb) = (fa.chars().count(), fb.chars().count());
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
    let demonym = |x: &str| {
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
    let dist = strsim::levenshtein(fa, fb);
    let both_known =
        |x: &str| lexicon::is_dictionary_name(x) || lexicon::is_english_word(&x.to_lowercase());
    if both_known(a) && both_known(b) {
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
        let prefix: String = fa.chars().take(3).collect();
        fb.starts_with(&prefix) && dist <= if max >= 7 { 2 } else { 1 }
    }
}

/// An ordinary English word that is not also a dictionary name.
fn common_word(w: &str) -> bool {
    lexicon::is_english_word_ci(w) && !lexicon::is_dictionary_name(w)
}

/// A surname translated as a common word in one mention ("Mario Draghi" / "Mario
/// Dragons"): one spelling is an ordinary English word, the other is not a word at all,
/// and they share their first four letters. Called for multi-word names only, where the
/// other words of the name agree.
fn translated_surname(a: &str, b: &str, fa: &str, fb: &str) -> bool {
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
    fa.chars().count() >= 5
        && fb.chars().count() >= 5
        && prefix(fa) == prefix(fb)
        && !fa.starts_with(fb)
        && !fb.starts_with(fa)
        && ((common(a) && foreign(b)) || (common(b) && foreign(a)))
}

fn similar_forms(a: &Form, b: &Form) -> bool {
    if a.acronym || b.acronym {
        return false;
    }
    if a.folded.len() != b.folded.len() {
        return false;
    }
    let multi = a.folded.len() > 1;
    let mut diff = None;
    for i in 0..a.folded.len() {
        if a.raw_tokens[i] != b.raw_tokens[i] {
            if diff.is_some() {
                // More than one token differs: allowed only when all differences are
                // diacritics or look-alike letters.
                return a.folded == b.folded;
            }
            diff = Some(i);
        }
    }
    let Some(i) = diff else {
        return false;
    };
    similar_tokens(
        &a.raw_tokens[i],
        &b.raw_tokens[i],
        &a.folded[i],
        &b.folded[i],
        multi,
    )
}

/// Long forms of country and organisation acronyms that name the same thing as the short
/// form when used as a noun with the article ("the USA" / "the US", "the UNO" / "the UN"):
/// a translation from languages that use the long form keeps it in some sentences only.
/// Without the article ("Virginia, USA", "Team USA") the long form is an address or a
/// fixed name, and stays apart.
const ACRONYM_ALIASES: &[(&str, &str)] = &[("UNO", "UN"), ("USA", "US")];

/// The key an undotted acronym is grouped under: its long form mapped to the short one
/// after "the".
fn acronym_alias(text: &str, prev_word: Option<&str>) -> String {
    if prev_word.is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && let Some(&(_, short)) = ACRONYM_ALIASES.iter().find(|(long, _)| *long == text)
    {
        return short.to_string();
    }
    acronym_key(text)
}

/// The undotted form of a dotted acronym ("U.S." -> "US").
fn acronym_key(s: &str) -> String {
    s.chars().filter(|c| *c != '.').collect()
}

fn collect(doc: &Document, forms: &mut Forms) {
    let mut cache = WordCache::default();
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let toks = &doc.tokens;
    for block in &doc.blocks {
        let block_text = doc.block_text(block);
        if is_all_caps(block_text) {
            continue;
        }
        let range = block.tokens();
        let mut i = range.start;
        while i < range.end {
            let t = &toks[i];
            let text = doc.token_text(t);
            // Dotted acronyms: U . S . (all glued), 2-4 letters.
            if t.kind() == TokenKind::Word && text.len() == 1 && starts_uppercase(text) {
                let mut j = i;
                let mut letters = 0;
                while j + 1 < range.end
                    && doc.token_text(&toks[j]).len() == 1
                    && starts_uppercase(doc.token_text(&toks[j]))
                    && doc.token_text(&toks[j + 1]) == "."
                    && toks[j + 1].glued()
                    && (j == i || toks[j].glued())
                {
                    letters += 1;
                    j += 2;
                }
                if (2..=4).contains(&letters)
                    && !(j < range.end && toks[j].glued() && toks[j].kind() == TokenKind::Word)
                {
                    let start = t.start as usize;
                    let end = toks[j - 1].end() as usize;
                    let written = &doc.text[start..end];
                    // Does the acronym's stop also end the sentence?
                    let sentence_final = doc
                        .sentences
                        .get(doc.sentences.partition_point(|s| s.tokens().end < j))
                        .is_some_and(|s| s.tokens().end == j);
                    let key = acronym_key(written);
                    forms.add(written, || vec![key], (start, end), true, sentence_final);
                    i = j;
                    continue;
                }
            }
            // Undotted acronyms: 2-4 capitals, standing alone.
            if t.kind() == TokenKind::Word
                && (2..=4).contains(&text.len())
                && text.bytes().all(|b| b.is_ascii_uppercase())
                && !(i + 1 < range.end
                    && toks[i + 1].glued()
                    && doc.token_text(&toks[i + 1]) == ".")
                && !(i > range.start && t.glued() && doc.token_text(&toks[i - 1]) == ".")
            {
                let prev_word = toks[range.start..i]
                    .iter()
                    .rev()
                    .find(|p| p.kind() == TokenKind::Word)
                    .map(|p| doc.token_text(p));
                let key = acronym_alias(text, prev_word);
                forms.add(
                    text,
                    || vec![key],
                    (t.start as usize, t.end() as usize),
                    true,
                    false,
                );
                i += 1;
                continue;
            }
            // Capitalised name runs.
            if t.kind() != TokenKind::Word
                || !starts_uppercase(text)
                || t.glued() && i > range.start && toks[i - 1].kind() == TokenKind::Word
            {
                i += 1;
                continue;
            }
            parts.clear(); // (start, end) of each name token
            let mut j = i;
            while j < range.end {
                let tj = &toks[j];
                let tt = doc.token_text(tj);
                if tj.kind() != TokenKind::Word {
                    break;
                }
                let is_particle = PARTICLES.contains(&tt) && !parts.is_empty();
                if !starts_uppercase(tt) && !is_particle {
                    break;
                }
                // An acronym inside a run ("The US Chamber") is collected on its own.
                if !parts.is_empty()
                    && (2..=4).contains(&tt.len())
                    && tt.bytes().all(|b| b.is_ascii_uppercase())
                {
                    break;
                }
                // A dotted acronym ("The U.S. …") is collected on its own.
                if tt.chars().count() == 1
                    && j + 1 < range.end
                    && toks[j + 1].glued()
                    && doc.token_text(&toks[j + 1]) == "."
                {
                    break;
                }
                // Join hyphenated parts: Al-Assad.
                let mut end = tj.end() as usize;
                let mut k = j + 1;
                while k + 1 < range.end
                    && doc.token_text(&toks[k]) == "-"
                    && toks[k].glued()
                    && toks[k + 1].glued()
                    && toks[k + 1].kind() == TokenKind::Word
                {
                    end = toks[k + 1].end() as usize;
                    k += 2;
                }
                if let Some(&(_, prev_end)) = parts.last() {
                    let gap = &doc.text[prev_end..tj.start as usize];
                    if gap != " " && gap != "\u{a0}" {
                        break;
                    }
                }
                parts.push((tj.start as usize, end));
                j = k;
            }
            // Particles cannot end a name.
            while parts
                .last()
                .is_some_and(|&(s, e)| PARTICLES.contains(&&doc.text[s..e]))
            {
                parts.pop();
            }
            // Drop leading common words: sentence-initial words, titles ("Secretary",
            // "State"), function words.
            let mut first = 0;
            while first < parts.len() {
                let (s, e) = parts[first];
                let w = &doc.text[s..e];
                let (english_word, name, stopword) = cache.info(w);
                let common = english_word && !name;
                let initial_word = first == 0 && english_word && is_sentence_initial(doc, i);
                if common || initial_word || stopword {
                    first += 1;
                } else {
                    break;
                }
            }
            let name_parts = &parts[first..];
            let next = j.max(i + 1);
            if name_parts.is_empty() || name_parts.len() > 4 {
                i = next;
                continue;
            }
            if name_parts.len() == 1 {
                let w = strip_possessive(&doc.text[name_parts[0].0..name_parts[0].1]);
                let (english_word, name, _) = cache.info(w);
                if w.chars().count() < 3 || (english_word && !name) {
                    i = next;
                    continue;
                }
            }
            let start = name_parts[0].0;
            let last = name_parts[name_parts.len() - 1];
            let end = last.0 + strip_possessive(&doc.text[last.0..last.1]).len();
            let raw = || {
                name_parts
                    .iter()
                    .map(|&(s, e)| strip_possessive(&doc.text[s..e]).to_string())
                    .collect()
            };
            forms.add(&doc.text[start..end], raw, (start, end), false, false);
            forms.mentions.push(name_parts, end);
            i = next;
        }
    }
}

fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .unwrap_or(s)
}

impl Rule for InconsistentName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let mut forms = Forms {
            forms: Vec::new(),
            index: FxHashMap::default(),
            mentions: Mentions::default(),
        };
        collect(doc, &mut forms);
        let n_doc_forms = forms.forms.len();
        if n_doc_forms < 2 {
            return;
        }
        // Configured canonical spellings join as forms with no mention.
        for canon in &ctx.settings.canonical_names {
            if forms.index.contains_key(canon) {
                continue;
            }
            let raw: Vec<String> = canon.split_whitespace().map(str::to_string).collect();
            if raw.is_empty() {
                continue;
            }
            let id = forms.forms.len();
            forms.forms.push(Form {
                text: canon.clone(),
                folded: raw.iter().map(|t| fold(t)).collect(),
                raw_tokens: raw,
                spans: Vec::new(),
                sentence_final: Vec::new(),
                acronym: false,
            });
            forms.index.insert(canon.clone(), id);
        }
        let all = &forms.forms;
        let mut parent: Vec<usize> = (0..all.len()).collect();
        // Acronyms: same key.
        let mut by_key: HashMap<&str, usize> = HashMap::new();
        for (id, f) in all.iter().enumerate().filter(|(_, f)| f.acronym) {
            match by_key.get(f.raw_tokens[0].as_str()) {
                Some(&other) => union(&mut parent, id, other),
                None => {
                    by_key.insert(f.raw_tokens[0].as_str(), id);
                }
            }
        }
        // Known transliteration variants of one-word names ("Kiev" / "Kyiv").
        let mut by_group: HashMap<usize, usize> = HashMap::new();
        for (id, f) in all
            .iter()
            .enumerate()
            .filter(|(_, f)| !f.acronym && f.raw_tokens.len() == 1)
        {
            if let Some(g) = lexicon::transliteration_group(&f.raw_tokens[0]) {
                match by_group.get(&g) {
                    Some(&other) => union(&mut parent, id, other),
                    None => {
                        by_group.insert(g, id);
                    }
                }
            }
        }
        // Names: buckets keyed by the other tokens, compared within a sorted window.
        let mut buckets: HashMap<(usize, usize, String), Vec<usize>> = HashMap::new();
        for (id, f) in all.iter().enumerate() {
            if f.acronym {
                continue;
            }
            let n = f.folded.len();
            for slot in 0..n {
                let mut key = String::new();
                for (k, t) in f.folded.iter().enumerate() {
                    if k != slot {
                        key.push_str(t);
                        key.push('|');
                    }
                }
                buckets.entry((n, slot, key)).or_default().push(id);
            }
        }
        let mut bucket_list: Vec<_> = buckets.into_iter().collect();
        bucket_list.sort_by(|a, b| a.0.cmp(&b.0));
        for ((_, slot, _), mut ids) in bucket_list {
            if ids.len() < 2 {
                continue;
            }
            ids.sort_by(|&a, &b| {
                all[a].folded[slot]
                    .cmp(&all[b].folded[slot])
                    .then(a.cmp(&b))
            });
            for x in 0..ids.len() {
                for y in x + 1..ids.len().min(x + 1 + WINDOW) {
                    if similar_forms(&all[ids[x]], &all[ids[y]]) {
                        union(&mut parent, ids[x], ids[y]);
                    }
                }
            }
        }
        // Clusters with at least two spellings, one of them in the text.
        let mut clusters: HashMap<usize, Vec<usize>> = HashMap::new();
        for id in 0..all.len() {
            let root = find(&mut parent, id);
            clusters.entry(root).or_default().push(id);
        }
        let mut roots: Vec<usize> = clusters.keys().copied().collect();
        roots.sort_unstable();
        let mut reported: Vec<(usize, usize)> = Vec::new();
        for root in roots {
            let members = &clusters[&root];
            if members.len() < 2 {
                continue;
            }
            let in_text: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&m| !all[m].spans.is_empty())
                .collect();
            if in_text.is_empty() {
                continue;
            }
            let configured = ctx
                .settings
                .canonical_names
                .iter()
                .find_map(|c| members.iter().copied().find(|&m| all[m].text == *c));
            if configured.is_none() && in_text.len() < 2 {
                continue;
            }
            // A spelling with look-alike letters from another script is never the right one.
            let plain: Vec<usize> = in_text
                .iter()
                .copied()
                .filter(|&m| {
                    !all[m]
                        .text
                        .chars()
                        .any(|c| crate::rules::util::confusable(c).is_some())
                })
                .collect();
            let pool = if plain.is_empty() { &in_text } else { &plain };
            let canonical = configured.unwrap_or_else(|| {
                *pool
                    .iter()
                    .max_by(|&&a, &&b| {
                        all[a]
                            .spans
                            .len()
                            .cmp(&all[b].spans.len())
                            .then(all[b].spans[0].0.cmp(&all[a].spans[0].0))
                    })
                    .expect("non-empty")
            });
            let canon = &all[canonical];
            for &m in &in_text {
                if m == canonical {
                    continue;
                }
                let f = &all[m];
                for (k, &(s, e)) in f.spans.iter().enumerate() {
                    let (s, e) = (s as usize, e as usize);
                    let mut replacement = canon.text.clone();
                    if f.sentence_final[k] && !replacement.ends_with('.') {
                        replacement.push('.');
                    }
                    let message = if canon.spans.is_empty() {
                        format!("“{}” is configured to be spelled “{}”", f.text, canon.text)
                    } else {
                        format!(
                            "“{}” is also spelled “{}” in this article",
                            f.text, canon.text
                        )
                    };
                    let fix = Fix::unsafe_(
                        format!("use “{}”", canon.text),
                        vec![Edit::replace(s, e, replacement)],
                    );
                    let diag = ctx.diagnostic(s, e, message).with_fix(fix);
                    ctx.report(diag);
                    reported.push((s, e));
                }
            }
        }
        word_variants(doc, &forms.mentions, &mut reported, ctx);
    }
}

/// A word of a name mention: its span (8 bytes; the text is `doc.text[start..end]`).
type WordMention = (u32, u32);

/// Each distinct word of the name mentions folded and looked up once: its fold (as an
/// index into `folds`) and whether it is a common English word.
#[derive(Default)]
struct WordKeys<'a> {
    by_word: FxHashMap<&'a str, (u32, bool)>,
    fold_ids: FxHashMap<String, u32>,
    folds: Vec<String>,
}

impl<'a> WordKeys<'a> {
    fn get(&mut self, w: &'a str) -> (u32, bool) {
        if let Some(&v) = self.by_word.get(w) {
            return v;
        }
        let folded = fold(w);
        let id = match self.fold_ids.get(&folded) {
            Some(&id) => id,
            None => {
                let id = self.folds.len() as u32;
                self.fold_ids.insert(folded.clone(), id);
                self.folds.push(folded);
                id
            }
        };
        let v = (id, common_word(w));
        self.by_word.insert(w, v);
        v
    }
}

/// A distinct spelling in a bucket: its text, folded form and mentions.
type Spelling<'a> = (&'a str, String, Vec<(usize, usize)>);

/// Where one word of a name is spelled two ways across mentions of different lengths
/// ("Pedro Sanchez" / "Sánchez", "Joe Biden" / "Jill BIDEN", "Sergei Lavrov" / "the
/// Minister Russia Sergey Lavrov"), the whole-name comparison never meets them. Each word
/// is compared within two kinds of buckets: the last words of names under their folded
/// spelling (surnames differing only in accents, look-alike letters or capitals), and the
/// words next to a shared word (a first name before the same surname). Each word falls in
/// at most three buckets and each bucket is compared within a sorted window, so the pass
/// stays linear. Mentions already reported as whole names are not reported again.
fn word_variants(
    doc: &Document,
    mentions: &Mentions,
    reported: &mut [(usize, usize)],
    ctx: &mut Context,
) {
    // Bucket key: (kind, folded key word) -> occurrences (word text, span).
    let mut wk = WordKeys::default();
    let mut buckets: FxHashMap<(u8, u32), Vec<WordMention>> = FxHashMap::default();
    for words in mentions.iter() {
        let n = words.len();
        for (k, &(s, e)) in words.iter().enumerate() {
            let (s, e) = (s as usize, e as usize);
            let w = strip_possessive(&doc.text[s..e]);
            let occ = (s as u32, (s + w.len()) as u32);
            if k + 1 == n {
                let (id, _) = wk.get(w);
                buckets.entry((0, id)).or_default().push(occ);
            }
            // Neighbour buckets only around a word that is a name, not a common word
            // ("Sergei Lavrov", not "Software Carpentry").
            if k + 1 < n {
                let (ns, ne) = words[k + 1];
                let next = strip_possessive(&doc.text[ns as usize..ne as usize]);
                let (id, common) = wk.get(next);
                if !common {
                    buckets.entry((1, id)).or_default().push(occ);
                }
            }
            if k > 0 {
                let (ps, pe) = words[k - 1];
                let prev = &doc.text[ps as usize..pe as usize];
                let (id, common) = wk.get(prev);
                if !common {
                    buckets.entry((2, id)).or_default().push(occ);
                }
            }
        }
    }
    reported.sort_unstable();
    let covered = |reported: &[(usize, usize)], (s, e): (usize, usize)| {
        // Reported spans do not overlap each other: the candidate is covered by the last
        // span starting at or before it.
        let i = reported.partition_point(|r| r.0 <= s);
        i > 0 && reported[i - 1].1 >= e
    };
    let mut new_spans: rustc_hash::FxHashSet<(usize, usize)> = Default::default();
    let mut keys: Vec<&(u8, u32)> = buckets.keys().collect();
    keys.sort_unstable_by(|a, b| {
        (a.0, &wk.folds[a.1 as usize]).cmp(&(b.0, &wk.folds[b.1 as usize]))
    });
    for key in keys {
        let occs = &buckets[key];
        let key_fold = wk.folds[key.1 as usize].clone();
        // Distinct spellings with their first position and mentions.
        let mut spellings: Vec<Spelling<'_>> = Vec::new();
        let mut index: FxHashMap<&str, usize> = FxHashMap::default();
        for &(s, e) in occs {
            let span = (s as usize, e as usize);
            let w = &doc.text[span.0..span.1];
            let id = match index.get(w) {
                Some(&id) => id,
                None => {
                    let fid = wk.get(w).0 as usize;
                    let folded = wk.folds[fid].clone();
                    spellings.push((w, folded, Vec::new()));
                    index.insert(w, spellings.len() - 1);
                    spellings.len() - 1
                }
            };
            spellings[id].2.push(span);
        }
        if spellings.len() < 2 {
            continue;
        }
        let multi = key.0 != 0;
        let mut order: Vec<usize> = (0..spellings.len()).collect();
        order.sort_by(|&a, &b| spellings[a].1.cmp(&spellings[b].1).then(a.cmp(&b)));
        let mut parent: Vec<usize> = (0..spellings.len()).collect();
        for x in 0..order.len() {
            for y in x + 1..order.len().min(x + 1 + WINDOW) {
                let (a, b) = (&spellings[order[x]], &spellings[order[y]]);
                // The key word itself is not a variant of its neighbour.
                if multi && (a.1 == key_fold || b.1 == key_fold) {
                    continue;
                }
                // A common word pairs only as a translated surname: two words of an
                // organisation's name ("Advisor" / "Advisory") are not spellings.
                let similar = if common_word(a.0) || common_word(b.0) {
                    multi && translated_surname(a.0, b.0, &a.1, &b.1)
                } else {
                    similar_tokens(a.0, b.0, &a.1, &b.1, multi)
                };
                if similar {
                    union(&mut parent, order[x], order[y]);
                }
            }
        }
        let mut groups: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for id in 0..spellings.len() {
            let root = find(&mut parent, id);
            groups.entry(root).or_default().push(id);
        }
        let mut roots: Vec<usize> = groups.keys().copied().collect();
        roots.sort_unstable();
        for root in roots {
            let members = &groups[&root];
            if members.len() < 2 {
                continue;
            }
            let canonical = *members
                .iter()
                .max_by(|&&a, &&b| {
                    spellings[a]
                        .2
                        .len()
                        .cmp(&spellings[b].2.len())
                        .then(spellings[b].2[0].0.cmp(&spellings[a].2[0].0))
                })
                .expect("non-empty");
            let canon = spellings[canonical].0;
            for &m in members {
                if m == canonical
                    || spellings[m]
                        .0
                        .chars()
                        .any(|c| crate::rules::util::confusable(c).is_some())
                        && canon
                            .chars()
                            .any(|c| crate::rules::util::confusable(c).is_some())
                {
                    continue;
                }
                let written = spellings[m].0;
                for &span in &spellings[m].2 {
                    if covered(reported, span) || !new_spans.insert(span) {
                        continue;
                    }
                    let fix = Fix::unsafe_(
                        format!("use “{canon}”"),
                        vec![Edit::replace(span.0, span.1, canon.to_string())],
                    );
                    let diag = ctx
                        .diagnostic(
                            span.0,
                            span.1,
                            format!("“{written}” is also spelled “{canon}” in this article"),
                        )
                        .with_fix(fix);
                    ctx.report(diag);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_similarity() {
        let t = |a: &str, b: &str, multi| similar_tokens(a, b, &fold(a), &fold(b), multi);
        assert!(t("Anthony", "Antony", true));
        assert!(t("Sergei", "Sergey", true));
        assert!(t("Zelensky", "Zelenskyy", false));
        assert!(t("Sánchez", "Sanchez", false));
        assert!(t("BIDEN", "Biden", false));
        assert!(!t("Maria", "Mario", true));
        assert!(!t("Austria", "Australia", false));
        assert!(!t("Iran", "Iraq", false));
        assert!(!t("Becker", "Baker", true));
        assert!(!t("Instructor", "Instructors", false));
        assert!(PARTICLES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn translated_surnames_and_aliases() {
        let t = |a: &str, b: &str| translated_surname(a, b, &fold(a), &fold(b));
        assert!(t("Draghi", "Dragons"));
        assert!(!t("Carpentry", "Carpentries"));
        assert!(!t("Advisor", "Advisory"));
        assert_eq!(acronym_alias("USA", Some("the")), "US");
        assert_eq!(acronym_alias("USA", Some("Texas")), "USA");
        assert_eq!(acronym_alias("US", Some("the")), "US");
    }
}
