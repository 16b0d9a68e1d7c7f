//! `tense-shift`: one speaker's words attributed in the past, then in the present.

use crate::diagnostic::Severity;
use crate::document::{BlockKind, Document, TokenKind};
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct TenseShift;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::TenseShift.name(),
    category: "words",
    default_on: true,
    large_working_set: false,
    severity: Severity::Info,
    fix: FixAvailability::Never,
    summary: "An attribution that shifts from \"said\" to \"says\" within one paragraph.",
    what: "A paragraph that attributes a quotation with a past-tense reporting verb (\"a senior diplomat said\") and then goes on with the present (\"…, he says.\") for the same speaker.",
    why: "French and German news mix the present and the past in attributions; machine translation carries each sentence's tense over, so one paragraph ends up switching tense mid-attribution, which English news style does not do.",
    example: "A senior diplomat said the talks went well. “We are ready to deter any attack,” he says.",
    use_instead: "A senior diplomat said the talks went well. “We are ready to deter any attack,” he said.",
    fix_safety: "No fix: which tense the article uses is a choice for the editor.",
};

/// (Keep [`may_matter`] in step with this list.)
const PAST: &[&str] = &["added", "explained", "said", "stressed", "told"];
const PRONOUNS: &[&str] = &["he", "she", "they"];

/// Could a word with this first byte and length be in [`PAST`] or be "say" or "says"?
fn may_matter(first: u8, len: u32) -> bool {
    matches!(
        (first, len),
        (b's', 3 | 4 | 8) | (b't', 4) | (b'a', 5) | (b'e', 9)
    )
}

impl Rule for TenseShift {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        // A finding needs the word "say" or "says" as it stands: a paragraph whose text
        // lacks "say" (searched with SIMD, far cheaper than reading its tokens) has none.
        let say = memchr::memmem::Finder::new("say");
        for block in &doc.blocks {
            if block.kind != BlockKind::Paragraph
                || say.find(doc.block_text(block).as_bytes()).is_none()
            {
                continue;
            }
            let toks = doc.block_tokens(block);
            let mut past_seen = false;
            for k in 0..toks.len() {
                let t = &toks[k];
                if t.kind() != TokenKind::Word {
                    continue;
                }
                // Only a word of the first letter and length of one in PAST, "say" or
                // "says" matters: most words are passed over without slicing the text.
                if !may_matter(doc.text.as_bytes()[t.start as usize], t.end() - t.start) {
                    continue;
                }
                let w = doc.token_text(t);
                if PAST.contains(&w) {
                    past_seen = true;
                    continue;
                }
                // "…,” he says." / "…, she says," after a past attribution.
                if past_seen
                    && (w == "says" || w == "say")
                    && k >= 1
                    && PRONOUNS.contains(&doc.token_text(&toks[k - 1]).to_lowercase().as_str())
                    && k >= 2
                    && matches!(doc.token_text(&toks[k - 2]), "," | "”" | "\"")
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| matches!(doc.token_text(n), "." | ","))
                {
                    let start = toks[k - 1].start as usize;
                    let diag = ctx.diagnostic(
                        start,
                        t.end() as usize,
                        format!("“{}” after “said” earlier in the paragraph: the attribution shifts tense", &doc.text[start..t.end() as usize]),
                    );
                    ctx.report(diag);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn pre_test_lets_every_word_through() {
        for w in super::PAST.iter().chain(&["say", "says"]) {
            assert!(super::may_matter(w.as_bytes()[0], w.len() as u32), "{w}");
        }
    }
}
