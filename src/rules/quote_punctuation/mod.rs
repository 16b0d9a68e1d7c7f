//! `quote-punctuation`: a comma or full stop on the other side of the closing quotation
//! mark from where the rest of the article puts it.
//!
//! English has two legitimate conventions, and careful writers mix them on purpose, so
//! the rule only compares placements that every convention treats alike:
//!
//! - American style puts commas and full stops inside the closing mark everywhere. A
//!   quoted phrase in mid-sentence with the punctuation inside (`called it “a
//!   disgrace.”`) is the evidence: British (logical) style never writes that. An article
//!   that does it repeatedly, with nearly everything else inside too, is American, and a
//!   comma or full stop outside is a slip.
//! - Quoted speech (a quotation that starts a sentence, or follows a colon or a comma
//!   and starts with a capital) takes the full stop inside in both conventions, and the
//!   comma before an attribution (`“We will win,” he said`) inside in both too, except
//!   for strict logical punctuation, which puts that comma outside consistently. So
//!   speech is compared with speech, and whichever side dominates (also outside, as
//!   continental typography does) sets the article's rule; a comma is reported only if
//!   the article also has a comma on the dominant side, and a full stop likewise, so
//!   strict logical punctuation stays quiet.
//!
//! Quoted phrases in an article that puts them outside are never compared with each
//! other: British style puts a phrase's punctuation inside when it belongs to the quoted
//! words, which only a reader can judge.

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{BlockKind, Document, is_abbreviation};
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct QuotePunctuation;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::QuotePunctuation.name(),
    category: "typography",
    default_on: true,
    large_working_set: false,
    severity: Severity::Info,
    fix: FixAvailability::Always,
    summary: "A comma or full stop outside the closing quotation mark where the article puts it inside, or the reverse.",
    what: "In one article, the comma or full stop right after a closing double quotation mark placed on the minority side: outside (`“a mutual access agreement”.`) in an article that otherwise writes American style, with commas and full stops inside even after quoted phrases; or, for quoted speech, on the other side from the article's other quoted sentences (a comma is reported only if another comma sits on the dominant side, a full stop likewise). It needs a clear majority: at least four placements on the dominant side and at most one on the other side for every four of them. British style, which puts a phrase's punctuation outside and a full sentence's inside, is never reported.",
    why: "French, German and Spanish set the full stop and the comma after the closing guillemet or quotation mark (« … ». / „…“, sagte er). Machine translation carries that placement over, sentence by sentence, so an article edited to American style keeps a few quotations punctuated the source's way.",
    example: "He felt the force would “contribute greatly to the security of the region,” a senior official said. Ministers welcomed this “modernized alliance,” calling it “a turning point.” They spoke of “strategic competition with China,” according to the ministry. The prime minister then signed a “mutual access agreement”.",
    use_instead: "He felt the force would “contribute greatly to the security of the region,” a senior official said. Ministers welcomed this “modernized alliance,” calling it “a turning point.” They spoke of “strategic competition with China,” according to the ministry. The prime minister then signed a “mutual access agreement.”",
    fix_safety: "Unsafe: moves the comma or full stop to the other side of the quotation mark, as the rest of the article places it, and changes nothing else. Whether a placement was deliberate (a word quoted as a word, a title) is for an editor to judge.",
};

/// Which side of the closing quotation mark the punctuation is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Inside,
    Outside,
}

/// A comma or full stop next to a closing double quotation mark.
#[derive(Debug)]
struct Placement {
    /// The closing quotation mark.
    mark: usize,
    mark_len: usize,
    /// The comma or full stop (one byte).
    punct: usize,
    comma: bool,
    side: Side,
    /// Quoted speech: starts with a capital and opens a sentence, or follows a colon,
    /// a comma or a dash. Anything else is a quoted phrase.
    speech: bool,
    /// One item of a list of quotations (`“Yes,” “No,” “Maybe”`): not evidence.
    list: bool,
    words: usize,
}

impl Placement {
    /// The byte range the fix rewrites: the mark and the punctuation.
    fn range(&self) -> (usize, usize) {
        let start = self.mark.min(self.punct);
        (start, start + self.mark_len + 1)
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Characters after which a straight quotation mark opens a quotation.
fn opens_after(c: char) -> bool {
    is_space(c) || matches!(c, '(' | '[' | '—' | '–' | '-' | '/')
}

/// The comma/full-stop placements around closing double quotation marks in one block.
fn block_placements(doc: &Document, start: usize, end: usize, out: &mut Vec<Placement>) {
    let text = doc.text;
    let block = &text[start..end];
    // Straight quotes pair up by order only: with an odd number, or a mark that does not
    // look like an opening or closing one, the pairing is a guess. Skip them then.
    let straight = memchr::memchr_iter(b'"', block.as_bytes())
        .filter(|&i| {
            !block[..i]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_digit())
                && !doc.is_excluded(start + i..start + i + 1)
        })
        .count();
    let mut straight_ok = straight % 2 == 0;
    let mut found = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    // Only `"` and the lead byte of `“`/`”` can start a quotation mark.
    for i in memchr::memchr2_iter(b'"', 0xE2, block.as_bytes()) {
        let c = block[i..].chars().next().expect("a char boundary");
        if !matches!(c, '"' | '“' | '”') || doc.is_excluded(start + i..start + i + c.len_utf8())
        {
            continue;
        }
        let prev = block[..i].chars().next_back();
        let next = block[i + c.len_utf8()..].chars().next();
        let closes = match c {
            '“' => {
                open = Some((i, c.len_utf8()));
                false
            }
            '”' => open.is_some(),
            _ => {
                if prev.is_some_and(|p| p.is_ascii_digit()) {
                    // An inch mark (12").
                    continue;
                }
                if open.is_none() {
                    if !prev.is_none_or(opens_after) || next.is_none_or(is_space) {
                        straight_ok = false;
                    }
                    open = Some((i, 1));
                    false
                } else {
                    if prev.is_none_or(is_space) {
                        straight_ok = false;
                    }
                    true
                }
            }
        };
        if !closes {
            continue;
        }
        let (o, olen) = open.take().expect("a quotation is open");
        let uses_straight = c == '"' || olen == 1;
        if let Some(p) = placement(block, o, olen, i, c.len_utf8()) {
            found.push((p, uses_straight));
        }
    }
    for (mut p, uses_straight) in found {
        if uses_straight && !straight_ok {
            continue;
        }
        p.mark += start;
        p.punct += start;
        if !doc.is_excluded(p.punct..p.punct + 1) {
            out.push(p);
        }
    }
}

/// The placement for a quotation opened at `o` and closed at `c` (offsets in `block`),
/// if a comma or full stop touches the closing mark.
fn placement(block: &str, o: usize, olen: usize, c: usize, clen: usize) -> Option<Placement> {
    let before = block[..c].chars().next_back()?;
    let after_mark = &block[c + clen..];
    let (side, punct, content) = if matches!(before, ',' | '.') {
        // `…,” he said`: the mark ends the word run.
        if after_mark.chars().next().is_some_and(|a| !is_space(a)) {
            return None;
        }
        (Side::Inside, c - 1, &block[o + olen..c - 1])
    } else {
        let a = after_mark.chars().next()?;
        if !matches!(a, ',' | '.') {
            return None;
        }
        // `…”. The` / `…”, he said`, not `”.,` or an ellipsis.
        if after_mark[1..].chars().next().is_some_and(|n| !is_space(n)) {
            return None;
        }
        (Side::Outside, c + clen, &block[o + olen..c])
    };
    let comma = block.as_bytes()[punct] == b',';
    // The quoted words must end on a letter or digit: after `?`, `!`, `…` or a closing
    // bracket there is no placement to choose.
    let last = content.chars().next_back()?;
    if !last.is_alphanumeric() {
        return None;
    }
    let first = content.chars().next()?;
    if is_space(first) {
        return None;
    }
    if side == Side::Inside && !comma {
        // `“Washington, D.C.”`, `“and so on, etc.”`: the full stop belongs to the word.
        let word = content
            .rsplit(|ch: char| is_space(ch) || ch == '“' || ch == '"')
            .next()
            .unwrap_or("");
        // Initials and dotted abbreviations (`D.C`, `a.m`), not a file name (`notes.txt`).
        let dotted = word.contains('.')
            && word
                .split('.')
                .all(|part| (1..=2).contains(&part.chars().count()));
        if word.chars().count() == 1 || dotted || is_abbreviation(word) {
            return None;
        }
    }
    // What precedes the opening mark, past a quotation that just closed (`.” “We…`).
    let before_open = block[..o]
        .trim_end()
        .trim_end_matches(['”', '"', '’', ')'])
        .trim_end();
    let speech = first.is_uppercase()
        && before_open
            .chars()
            .next_back()
            .is_none_or(|p| matches!(p, ':' | '.' | '?' | '!' | ',' | '-' | '—' | '–' | '('));
    let list = comma && {
        let rest = if side == Side::Inside {
            after_mark
        } else {
            &after_mark[1..]
        };
        rest.trim_start().starts_with(['"', '“'])
    };
    Some(Placement {
        mark: c,
        mark_len: clen,
        punct,
        comma,
        side,
        speech,
        list,
        words: content.split_whitespace().count(),
    })
}

/// At least four on the dominant side, at most one on the other for every four.
fn dominates(major: usize, minor: usize) -> bool {
    major >= 4 && minor * 4 <= major
}

impl Rule for QuotePunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let mut all = Vec::new();
        for block in &doc.blocks {
            if block.kind.is_heading() || block.kind == BlockKind::Cell {
                continue;
            }
            block_placements(doc, block.start(), block.end(), &mut all);
        }
        let counted = || all.iter().filter(|p| !p.list);
        let count = |f: &dyn Fn(&Placement) -> bool| counted().filter(|p| f(p)).count();
        let inside = count(&|p| p.side == Side::Inside);
        let outside = count(&|p| p.side == Side::Outside);
        let phrases_inside = count(&|p| p.side == Side::Inside && !p.speech);
        // American style: quoted phrases punctuated inside, and nearly everything else.
        let american = phrases_inside >= 3 && dominates(inside, outside);
        // Quoted speech counted once by side and punctuation (linear in the quotations):
        // speech[inside?][comma?].
        let mut speech = [[0usize; 2]; 2];
        for q in counted().filter(|q| q.speech) {
            speech[usize::from(q.side == Side::Inside)][usize::from(q.comma)] += 1;
        }
        let on = |side: Side| {
            let row = speech[usize::from(side == Side::Inside)];
            row[0] + row[1]
        };
        for p in &all {
            // A lone quoted word is often a word quoted as a word (`the answer is
            // "yes".`), punctuated logically on purpose.
            if p.list || p.words < 2 {
                continue;
            }
            let punct = if p.comma { "comma" } else { "full stop" };
            let (dominant, n, total, what) = if american {
                if p.side == Side::Inside {
                    continue;
                }
                (
                    Side::Inside,
                    inside,
                    inside + outside,
                    "commas and full stops after quotations",
                )
            } else if p.speech {
                let other_side = match p.side {
                    Side::Inside => Side::Outside,
                    Side::Outside => Side::Inside,
                };
                let (mine, other) = (on(p.side), on(other_side));
                // The same punctuation must appear on the dominant side too: strict
                // logical punctuation puts a quoted sentence's full stop inside and the
                // comma before an attribution outside, consistently.
                let same_kind =
                    speech[usize::from(other_side == Side::Inside)][usize::from(p.comma)];
                if !dominates(other, mine) || same_kind == 0 {
                    continue;
                }
                (
                    other_side,
                    other,
                    mine + other,
                    "commas and full stops after quoted sentences",
                )
            } else {
                continue;
            };
            let mark = &doc.text[p.mark..p.mark + p.mark_len];
            let p_char = if p.comma { "," } else { "." };
            let (where_now, where_then, replacement) = match dominant {
                Side::Inside => ("outside", "inside", format!("{p_char}{mark}")),
                Side::Outside => ("inside", "outside", format!("{mark}{p_char}")),
            };
            let (start, end) = p.range();
            let fix = Fix::unsafe_(
                format!("move the {punct} {where_then} the quotation mark"),
                vec![Edit::replace(start, end, replacement)],
            );
            let diag = ctx
                .diagnostic(
                    start,
                    end,
                    format!(
                        "{punct} {where_now} the closing quotation mark; this article puts {what} {where_then} ({n} of {total} times)"
                    ),
                )
                .with_fix(fix);
            ctx.report(diag);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Format, Settings, lint};

    fn spans(text: &str) -> Vec<String> {
        lint(text, Format::Plain, &Settings::default())
            .into_iter()
            .filter(|d| d.rule == "quote-punctuation")
            .map(|d| text[d.start()..d.end()].to_string())
            .collect()
    }

    const AMERICAN: &str = "She called the plan “a real turning point,” then left. \
        He spoke of “a long and difficult road,” and sat down. \
        They promised “new talks within a month.” \
        “We will sign,” the minister said.";

    #[test]
    fn flags_the_minority_placement_in_an_american_article() {
        let text = format!("{AMERICAN} Officials signed a “mutual access agreement”.");
        assert_eq!(spans(&text), vec!["”."]);
        let text = format!("{AMERICAN} “We are not there yet”, he added.");
        assert_eq!(spans(&text), vec!["”,"]);
        assert!(spans(AMERICAN).is_empty());
    }

    #[test]
    fn british_style_is_quiet() {
        // Phrases outside, full sentences inside: consistent logical punctuation.
        let text = "She called the plan “a real turning point”, then left. \
            He spoke of “a long and difficult road”. They promised “new talks”. \
            “We will sign,” the minister said. He added: “It is done.” \
            Critics called it “a disgrace”. “It is a good day,” she said. \
            The dictionary defines it as “able to last a long time.”";
        assert!(spans(text).is_empty(), "{:?}", spans(text));
    }

    #[test]
    fn speech_is_compared_with_speech() {
        let text = "He said: “We will win.” She said: “We are ready.” \
            They said: “It is over.” I said: “Good news for all.” \
            He added: “We are not done yet”.";
        assert_eq!(spans(text), vec!["”."]);
        // Continental placement throughout, one sentence the other way.
        // A full stop that ends an abbreviation is not a placement.
        let text = "“We will win”, he said. “We are ready”, she said. \
            “It is over”, they said. “Good news for all”, I said. \
            He said: “It is done”. She said: “It is late”. \
            “We are not done yet,” he added. They said: “We land at 8 a.m.”";
        assert_eq!(spans(text), vec![",”"]);
        // Strict logical punctuation: full stops inside, attribution commas outside.
        let text = "He said: “We will win.” She said: “We are ready.” \
            They said: “It is over.” I said: “Good news for all.” \
            “We are not done yet”, he added.";
        assert!(spans(text).is_empty());
        // Commas and full stops of quoted speech count together.
        let text = "“We will win,” he said. She said: “We are ready.” \
            “It is over,” they said. I said: “Good news for all.” \
            “We are not done yet”, he added.";
        assert_eq!(spans(text), vec!["”,"]);
    }

    #[test]
    fn needs_a_clear_majority_and_skips_doubtful_quotes() {
        // Three inside, one outside: not enough evidence.
        let text = "She called it “a real turning point,” then left. \
            He spoke of “a long road,” and sat down. They promised “new talks.” \
            Officials signed a “mutual access agreement”.";
        assert!(spans(text).is_empty());
        // A lone word quoted as a word, an abbreviation, a question.
        let text = format!(
            "{AMERICAN} The answer was “yes”. They met in “Washington, D.C.” He asked “why not?”."
        );
        assert!(spans(&text).is_empty(), "{:?}", spans(&text));
        // Straight quotes are judged when they pair up cleanly, and not otherwise.
        let text = "She called it \"a real turning point,\" then left. He spoke of \"a long road,\" \
            and sat. They promised \"new talks.\" Then \"it rained,\" he said. \
            They signed a \"mutual agreement\".";
        assert_eq!(spans(text), vec!["\"."]);
        let text = format!("{text} A stray \" mark.");
        assert!(spans(&text).is_empty());
    }

    #[test]
    fn fixes_move_only_the_punctuation() {
        let text = format!("{AMERICAN} Officials signed a “mutual access agreement”.");
        let out = crate::fix::fix_text(
            &text,
            Format::Plain,
            &Settings::default(),
            crate::Applicability::Unsafe,
        );
        assert_eq!(
            out.text,
            format!("{AMERICAN} Officials signed a “mutual access agreement.”")
        );
        let straight = AMERICAN.replace(['“', '”'], "\"");
        let text = format!("{straight} They signed a \"mutual access agreement\".");
        let out = crate::fix::fix_text(
            &text,
            Format::Plain,
            &Settings::default(),
            crate::Applicability::Unsafe,
        );
        assert!(out.text.ends_with("agreement.\""), "{}", out.text);
    }
}
