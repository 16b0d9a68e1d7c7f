//! Reporting clusters of name forms: the canonical spelling of each cluster and a
//! finding (with its fix) on every mention of another spelling.

use crate::diagnostic::{Edit, Fix};
use crate::rules::Context;
use crate::rules::util::confusable;

use super::compare::find;
use super::words::Form;

/// Does `s` hold a look-alike letter from another script?
fn has_confusable(s: &str) -> bool {
    s.chars().any(|c| confusable(c).is_some())
}

/// Clusters with at least two spellings as (root, member) pairs, in the order of their
/// roots (a cluster's smallest id); members in id order. Flattens `parent`.
fn clusters(parent: &mut [usize]) -> Vec<(usize, usize)> {
    let n = parent.len();
    let mut size: Vec<u32> = vec![0; n];
    for id in 0..n {
        let root = find(parent, id);
        parent[id] = root;
        size[root] += 1;
    }
    let mut grouped: Vec<(usize, usize)> = (0..n)
        .filter(|&id| size[parent[id]] >= 2)
        .map(|id| (parent[id], id))
        .collect();
    grouped.sort_by_key(|&(root, _)| root);
    grouped
}

/// Report every cluster with one of its spellings in the text; returns the reported
/// spans.
pub(super) fn report_clusters(
    all: &[Form<'_>],
    parent: &mut [usize],
    canonical: &[String],
    ctx: &mut Context,
) -> Vec<(usize, usize)> {
    let grouped = clusters(parent);
    let mut reported: Vec<(usize, usize)> = Vec::new();
    let mut members: Vec<usize> = Vec::new();
    for cluster in grouped.chunk_by(|a, b| a.0 == b.0) {
        members.clear();
        members.extend(cluster.iter().map(|&(_, id)| id));
        report_cluster(all, &members, canonical, &mut reported, ctx);
    }
    reported
}

/// Report one cluster (its members in id order).
fn report_cluster(
    all: &[Form<'_>],
    members: &[usize],
    canonical: &[String],
    reported: &mut Vec<(usize, usize)>,
    ctx: &mut Context,
) {
    let in_text: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&m| !all[m].spans.is_empty())
        .collect();
    if in_text.is_empty() {
        return;
    }
    let configured = canonical
        .iter()
        .find_map(|c| members.iter().copied().find(|&m| all[m].text == *c));
    if configured.is_none() && in_text.len() < 2 {
        return;
    }
    let (canonical, decided) = match configured {
        Some(c) => (c, true),
        None => undecided_or_plain(all, &in_text),
    };
    let canon = &all[canonical];
    let others: Vec<&str> = in_text
        .iter()
        .filter(|&&m| m != canonical)
        .map(|&m| all[m].text)
        .collect();
    for &m in &in_text {
        if m == canonical {
            continue;
        }
        let f = &all[m];
        for (k, &(s, e)) in f.spans.iter().enumerate() {
            let (s, e) = (s as usize, e as usize);
            let mut replacement = canon.text.to_string();
            if f.finals.binary_search(&(k as u32)).is_ok() && !replacement.ends_with('.') {
                replacement.push('.');
            }
            let edits = vec![Edit::replace(s, e, replacement)];
            let (message, fix) = if !decided {
                // Every spelling named, none chosen: the suggestion is shown, never applied.
                let spellings = spelling_list(canon.text, &others, f.text);
                (
                    format!(
                        "“{}” is also spelled {spellings} in this article; which is right?",
                        f.text
                    ),
                    Fix::display_only(format!("use “{}”?", canon.text), edits),
                )
            } else if canon.spans.is_empty() {
                (
                    format!("“{}” is configured to be spelled “{}”", f.text, canon.text),
                    Fix::unsafe_(format!("use “{}”", canon.text), edits),
                )
            } else {
                (
                    format!(
                        "“{}” is also spelled “{}” in this article",
                        f.text, canon.text
                    ),
                    Fix::unsafe_(format!("use “{}”", canon.text), edits),
                )
            };
            let diag = ctx.diagnostic(s, e, message).with_fix(fix);
            ctx.report(diag);
            reported.push((s, e));
        }
    }
}

/// The spelling to show as the alternative when nothing is configured, and whether it is
/// sure: a spelling with look-alike letters from another script is never the right one,
/// so when exactly one spelling has none it is the fix. Otherwise two spellings could
/// both be right and no count between them decides: the most frequent (ties to the
/// first) is only shown.
fn undecided_or_plain(all: &[Form<'_>], in_text: &[usize]) -> (usize, bool) {
    let plain: Vec<usize> = in_text
        .iter()
        .copied()
        .filter(|&m| !has_confusable(all[m].text))
        .collect();
    if plain.len() == 1 {
        return (plain[0], true);
    }
    let pool = if plain.is_empty() { in_text } else { &plain };
    let most = *pool
        .iter()
        .max_by(|&&a, &&b| {
            all[a]
                .spans
                .len()
                .cmp(&all[b].spans.len())
                .then(all[b].spans[0].0.cmp(&all[a].spans[0].0))
        })
        .expect("non-empty");
    (most, false)
}

/// The spellings other than `written`, quoted: "“A”", "“A” and “B”", "“A”, “B” and “C”".
pub(super) fn spelling_list(first: &str, others: &[&str], written: &str) -> String {
    let mut all: Vec<&str> = vec![first];
    all.extend(
        others
            .iter()
            .copied()
            .filter(|&o| o != written && o != first),
    );
    let quoted: Vec<String> = all.iter().map(|s| format!("“{s}”")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => quoted.join(""),
    }
}
