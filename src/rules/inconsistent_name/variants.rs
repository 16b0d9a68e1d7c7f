//! One word of a name spelled two ways across mentions of different lengths.

use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};
use smallvec::SmallVec;

use crate::diagnostic::{Edit, Fix};
use crate::document::Document;
use crate::rules::Context;
use crate::rules::util::{confusable, is_all_caps};

use super::WINDOW;
use super::collect::strip_possessive;
use super::compare::{find, translated_surname, union};
use super::report::spelling_list;
use super::words::{Mentions, Words};

/// A word of a name mention: its span (8 bytes; the text is `doc.text[start..end]`).
pub(super) type WordMention = (u32, u32);

/// A distinct spelling in a bucket: its text, word id, fold id, whether it is a common
/// word, and its mentions.
pub(super) type Spelling<'a> = (&'a str, u32, u32, bool, Vec<(usize, usize)>);

/// Buckets: (kind, folded key word) -> occurrences (spans).
type Buckets = FxHashMap<(u8, u32), SmallVec<[WordMention; 2]>>;

/// Where one word of a name is spelled two ways across mentions of different lengths
/// ("Pedro Sanchez" / "Sánchez", "Joe Biden" / "Jill BIDEN", "Sergei Lavrov" / "the
/// Minister Russia Sergey Lavrov"), the whole-name comparison never meets them. Each word
/// is compared within two kinds of buckets: the last words of names under their folded
/// spelling (surnames differing only in accents, look-alike letters or capitals), and the
/// words next to a shared word (a first name before the same surname). Each word falls in
/// at most three buckets and each bucket is compared within a sorted window, so the pass
/// stays linear. Mentions already reported as whole names are not reported again.
pub(super) fn word_variants<'a>(
    doc: &'a Document,
    mentions: &Mentions,
    wk: &mut Words<'a>,
    reported: &mut [(usize, usize)],
    canonical: &[String],
    ctx: &mut Context,
) {
    // Is `w` a word of a configured canonical name?
    let configured = |w: &str| {
        canonical
            .iter()
            .any(|c| c.split_whitespace().any(|cw| cw == w))
    };
    let buckets = word_buckets(doc, mentions, wk);
    reported.sort_unstable();
    let mut new_spans: FxHashSet<(usize, usize)> = Default::default();
    // Only buckets with two spellings or more can report anything.
    let text_of = |&(s, e): &WordMention| &doc.text[s as usize..e as usize];
    let mut keys: Vec<&(u8, u32)> = buckets
        .iter()
        .filter(|(_, occs)| {
            let first = text_of(&occs[0]);
            occs[1..].iter().any(|o| text_of(o) != first)
        })
        .map(|(k, _)| k)
        .collect();
    keys.sort_unstable_by(|a, b| (a.0, wk.folds.get(a.1)).cmp(&(b.0, wk.folds.get(b.1))));
    for key in keys {
        let spellings = bucket_spellings(doc, &buckets[key], wk);
        if spellings.len() < 2 {
            continue;
        }
        let parent = union_spellings(&spellings, *key, wk);
        report_spellings(
            &spellings,
            parent,
            reported,
            &mut new_spans,
            &configured,
            ctx,
        );
    }
}

/// Each word of each mention in its buckets (see [`word_variants`]).
fn word_buckets<'a>(doc: &'a Document, mentions: &Mentions, wk: &mut Words<'a>) -> Buckets {
    // Most buckets hold one or two occurrences: inline, in the space of a `Vec`.
    let mut buckets: Buckets =
        FxHashMap::with_capacity_and_hasher(mentions.words.len().min(4096), FxBuildHasher);
    for words in mentions.iter() {
        let n = words.len();
        // A mention written wholly in capitals is display text, not a spelling (see
        // `similar_forms`). Cheap: the scan stops at the first lowercase letter, most
        // often the second byte.
        let (first, last) = (words[0].0 as usize, words[n - 1].1 as usize);
        if is_all_caps(&doc.text[first..last]) {
            continue;
        }
        for (k, &(s, e)) in words.iter().enumerate() {
            let (s, e) = (s as usize, e as usize);
            let w = strip_possessive(&doc.text[s..e]);
            let occ = (s as u32, (s + w.len()) as u32);
            if k + 1 == n {
                let id = wk.id(w);
                buckets.entry((0, wk.fold(id))).or_default().push(occ);
            }
            // Neighbour buckets only around a word that is a name, not a common word
            // ("Sergei Lavrov", not "Software Carpentry").
            if k + 1 < n {
                let (ns, ne) = words[k + 1];
                let next = strip_possessive(&doc.text[ns as usize..ne as usize]);
                let id = wk.id(next);
                let fold = wk.fold(id);
                if !wk.common(id) {
                    buckets.entry((1, fold)).or_default().push(occ);
                }
            }
            if k > 0 {
                let (ps, pe) = words[k - 1];
                let prev = &doc.text[ps as usize..pe as usize];
                let id = wk.id(prev);
                let fold = wk.fold(id);
                if !wk.common(id) {
                    buckets.entry((2, fold)).or_default().push(occ);
                }
            }
        }
    }
    buckets
}

/// The distinct spellings of a bucket's occurrences, in order of first occurrence.
fn bucket_spellings<'a>(
    doc: &'a Document,
    occs: &[WordMention],
    wk: &mut Words<'a>,
) -> Vec<Spelling<'a>> {
    let mut spellings: Vec<Spelling<'_>> = Vec::new();
    let mut index: FxHashMap<&str, usize> = FxHashMap::default();
    for &(s, e) in occs {
        let span = (s as usize, e as usize);
        let w = &doc.text[span.0..span.1];
        let id = match index.get(w) {
            Some(&id) => id,
            None => {
                let wid = wk.id(w);
                let fold = wk.fold(wid);
                let common = wk.common(wid);
                spellings.push((w, wid, fold, common, Vec::new()));
                index.insert(w, spellings.len() - 1);
                spellings.len() - 1
            }
        };
        spellings[id].4.push(span);
    }
    spellings
}

/// Union the similar spellings of the bucket `key`, compared within a window of their
/// sorted folds.
fn union_spellings(spellings: &[Spelling<'_>], key: (u8, u32), wk: &mut Words<'_>) -> Vec<usize> {
    let key_fold = key.1;
    let multi = key.0 != 0;
    let mut order: Vec<usize> = (0..spellings.len()).collect();
    let folds = &wk.folds;
    order.sort_unstable_by(|&a, &b| {
        folds
            .get(spellings[a].2)
            .cmp(folds.get(spellings[b].2))
            .then(a.cmp(&b))
    });
    let mut parent: Vec<usize> = (0..spellings.len()).collect();
    for x in 0..order.len() {
        for y in x + 1..order.len().min(x + 1 + WINDOW) {
            let (a, b) = (&spellings[order[x]], &spellings[order[y]]);
            // The key word itself is not a variant of its neighbour.
            if multi && (a.2 == key_fold || b.2 == key_fold) {
                continue;
            }
            // A common word pairs only as a translated surname: two words of an
            // organisation's name ("Advisor" / "Advisory") are not spellings.
            let similar = if a.3 || b.3 {
                multi && translated_surname(a.0, b.0, wk.folds.get(a.2), wk.folds.get(b.2))
            } else {
                wk.similar(a.1, b.1, multi)
            };
            if similar {
                union(&mut parent, order[x], order[y]);
            }
        }
    }
    parent
}

/// Reported spans do not overlap each other: `span` is covered by the last reported span
/// starting at or before it (`reported` is sorted).
fn covered(reported: &[(usize, usize)], (s, e): (usize, usize)) -> bool {
    let i = reported.partition_point(|r| r.0 <= s);
    i > 0 && reported[i - 1].1 >= e
}

/// Report each group of two spellings or more of one bucket.
fn report_spellings(
    spellings: &[Spelling<'_>],
    mut parent: Vec<usize>,
    reported: &[(usize, usize)],
    new_spans: &mut FxHashSet<(usize, usize)>,
    configured: &dyn Fn(&str) -> bool,
    ctx: &mut Context,
) {
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
        let (canonical, decided) = group_canonical(spellings, members, configured);
        let canon = spellings[canonical].0;
        let has_confusable = |s: &str| s.chars().any(|c| confusable(c).is_some());
        let others: Vec<&str> = members
            .iter()
            .filter(|&&m| m != canonical)
            .map(|&m| spellings[m].0)
            .collect();
        for &m in members {
            if m == canonical || has_confusable(spellings[m].0) && has_confusable(canon) {
                continue;
            }
            let written = spellings[m].0;
            for &span in &spellings[m].4 {
                if covered(reported, span) || !new_spans.insert(span) {
                    continue;
                }
                let edits = vec![Edit::replace(span.0, span.1, canon.to_string())];
                let (message, fix) = if decided {
                    (
                        format!("“{written}” is also spelled “{canon}” in this article"),
                        Fix::unsafe_(format!("use “{canon}”"), edits),
                    )
                } else {
                    let spellings = spelling_list(canon, &others, written);
                    (
                        format!(
                            "“{written}” is also spelled {spellings} in this article; which is right?"
                        ),
                        Fix::display_only(format!("use “{canon}”?"), edits),
                    )
                };
                let diag = ctx.diagnostic(span.0, span.1, message).with_fix(fix);
                ctx.report(diag);
            }
        }
    }
}

/// The canonical spelling of a group of spellings and whether it is sure: a configured
/// one (`configured` tells whether a spelling is a word of a configured name), else the
/// only one without look-alike letters from another script when the others have them.
/// Otherwise the most frequent (ties to the first) is only shown: two spellings that could
/// both be right are not decided by counting them.
fn group_canonical(
    spellings: &[Spelling<'_>],
    members: &[usize],
    configured: impl Fn(&str) -> bool,
) -> (usize, bool) {
    if let Some(&m) = members.iter().find(|&&m| configured(spellings[m].0)) {
        return (m, true);
    }
    let plain: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&m| !spellings[m].0.chars().any(|c| confusable(c).is_some()))
        .collect();
    if plain.len() == 1 {
        return (plain[0], true);
    }
    let most = *members
        .iter()
        .max_by(|&&a, &&b| {
            spellings[a]
                .4
                .len()
                .cmp(&spellings[b].4.len())
                .then(spellings[b].4[0].0.cmp(&spellings[a].4[0].0))
        })
        .expect("non-empty");
    (most, false)
}
