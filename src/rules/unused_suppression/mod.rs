//! `unused-suppression`: a suppression comment that suppresses nothing. The engine
//! reports it after the other rules have run (see `crate::suppress`); this entry carries
//! its documentation and lets users select or ignore it.

use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct UnusedSuppression;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::UnusedSuppression.name(),
    category: "meta",
    default_on: true,
    large_working_set: false,
    severity: Severity::Warning,
    fix: FixAvailability::Sometimes,
    summary: "A suppression comment that suppresses nothing, or names an unknown rule.",
    what: "An `<!-- mtlint-disable … -->`, `<!-- mtlint-disable-next-line … -->` or `<!-- mtlint-disable-file … -->` comment under which no finding of the named rules occurs, or which names a rule that does not exist.",
    why: "Suppressions outlive the text they were written for: after an edit or a fix they hide nothing, and a misspelt rule name never worked. Reporting them keeps the comments honest, as ruff does with unused `noqa`.",
    example: "<!-- mtlint-disable-next-line repeated-word -->\nThe ministers met in the capital.",
    use_instead: "The ministers met in the capital.",
    fix_safety: "Safe: deletes the comment (its line, when it stands alone); a comment naming an unknown rule is reported without a fix.",
};

impl Rule for UnusedSuppression {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, _doc: &Document, _ctx: &mut Context) {
        // Reported by the engine once every other rule has run.
    }
}
