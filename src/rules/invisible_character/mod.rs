//! `invisible-character`: zero-width and bidi controls, soft hyphens, stray no-break
//! spaces, a byte order mark inside the text, and text not in Unicode NFC.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{Document, TokenKind};
use crate::rules::util::next_byte_where;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct InvisibleCharacter;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::InvisibleCharacter.name(),
    category: "encoding",
    default_on: true,
    large_working_set: false,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    summary: "Invisible characters and text not in Unicode NFC.",
    what: "Characters a reader cannot see but search, spell checking and copy-paste trip over: zero-width spaces and joiners between Latin letters, word joiners, soft hyphens, bidirectional controls, a byte order mark after the start of the file, a no-break space between two ordinary words, and letters written as a base letter plus a combining accent (not NFC), which look identical to the composed letter but do not compare equal.",
    why: "Translation tools, CMS editors and scrapers pass formatting characters through: zero-width spaces from web pages, soft hyphens from justified layouts, bidi marks from right-to-left source text, no-break spaces from French typography, and decomposed accents from macOS file names or PDF extraction.",
    example: "The minis\u{00AD}ters met in Wash\u{200B}ington on Wednesday.",
    use_instead: "The ministers met in Washington on Wednesday.",
    fix_safety: "Safe: removes the invisible character, turns a stray no-break space into a space, or composes the letters (NFC); what the reader sees does not change.",
};

/// Invisible characters that are always removed, with a name for the message.
fn invisible_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{200B}' => "zero-width space",
        '\u{2060}' => "word joiner",
        '\u{00AD}' => "soft hyphen",
        '\u{FEFF}' => "byte order mark",
        '\u{202A}' => "left-to-right embedding",
        '\u{202B}' => "right-to-left embedding",
        '\u{202C}' => "pop directional formatting",
        '\u{202D}' => "left-to-right override",
        '\u{202E}' => "right-to-left override",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first strong isolate",
        '\u{2069}' => "pop directional isolate",
        '\u{180E}' => "Mongolian vowel separator",
        _ => return None,
    })
}

/// Joiners and direction marks are meaningful in some scripts (Persian, Indic, emoji);
/// they are flagged only between Latin letters or spaces.
fn contextual_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{200C}' => "zero-width non-joiner",
        '\u{200D}' => "zero-width joiner",
        '\u{200E}' => "left-to-right mark",
        '\u{200F}' => "right-to-left mark",
        '\u{061C}' => "Arabic letter mark",
        _ => return None,
    })
}

fn is_latin_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c),
    }
}

impl Rule for InvisibleCharacter {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        // Fast path: pure ASCII has none of these.
        if doc.text.is_ascii() {
            return;
        }
        if !scan_non_ascii_runs(doc, ctx) {
            report_words_not_in_nfc(doc, ctx);
        }
    }
}

/// Report the invisible characters of the text; whether the text passed the NFC quick
/// check.
///
/// Only these lead bytes start a character this rule reports: U+00A0 and U+00AD (0xC2),
/// U+061C (0xD8), U+180E (0xE1), U+200B-U+206F (0xE2), U+FEFF (0xEF). The loop jumps from
/// one non-ASCII run to the next (found in vectorisable chunks); the NFC quick check is
/// run on those runs only, which gives the same answer as on the whole text since ASCII
/// resets its state (an ASCII character is an allowed starter).
fn scan_non_ascii_runs(doc: &Document, ctx: &mut Context) -> bool {
    let (text, bytes) = (doc.text, doc.text.as_bytes());
    let mut nfc_yes = true;
    let mut i = 0;
    while let Some(run_start) = next_byte_where(bytes, i, |b| b >= 0x80) {
        // Runs are short (mostly one curly quote or dash): a plain scan for their end.
        let run_end = bytes[run_start..]
            .iter()
            .position(|&b| b < 0x80)
            .map_or(bytes.len(), |off| run_start + off);
        if nfc_yes && is_nfc_quick(text[run_start..run_end].chars()) != IsNormalized::Yes {
            nfc_yes = false;
        }
        i = run_start;
        while i < run_end {
            i = if cannot_be_reported(bytes, i) {
                i + 1
            } else {
                check_char_at(doc, ctx, i)
            };
        }
    }
    nfc_yes
}

/// The byte at `i` cannot start a character this rule reports: a lead byte outside the
/// list above, or U+2010..U+203F other than the controls (curly quotes, dashes: E2 80
/// 90..A9 and AF..BF; the controls are E2 80 8B..8F and AA..AE). Settles most bytes
/// without decoding a character.
fn cannot_be_reported(bytes: &[u8], i: usize) -> bool {
    !matches!(bytes[i], 0xC2 | 0xD8 | 0xE1 | 0xE2 | 0xEF)
        || (bytes[i] == 0xE2
            && bytes.get(i + 1) == Some(&0x80)
            && matches!(bytes.get(i + 2), Some(0x90..=0xA9 | 0xAF..=0xBF)))
}

/// Look at the character at `i` (a possible invisible one) and report it; where the scan
/// goes on.
fn check_char_at(doc: &Document, ctx: &mut Context, i: usize) -> usize {
    let text = doc.text;
    let c = text[i..].chars().next().expect("char boundary");
    let invisible = invisible_name(c);
    // Most characters here are curly quotes and dashes: settled without looking at
    // their neighbours.
    if invisible.is_none() && contextual_name(c).is_none() && c != '\u{00A0}' {
        return i + c.len_utf8();
    }
    let prev = text[..i].chars().next_back();
    let next = text[i + c.len_utf8()..].chars().next();
    let name = match invisible {
        Some(_) if c == '\u{FEFF}' && i == 0 => None,
        Some(n) => Some(n),
        None => contextual_name(c).filter(|_| is_latin_context(prev) && is_latin_context(next)),
    };
    if let Some(name) = name {
        // One finding for a run of invisible characters.
        let mut end = i + c.len_utf8();
        while let Some(n) = text[end..].chars().next() {
            if invisible_name(n).is_some() || contextual_name(n).is_some() {
                end += n.len_utf8();
            } else {
                break;
            }
        }
        if !doc.is_excluded(i..end) {
            let fix = Fix::safe(format!("remove the {name}"), vec![Edit::delete(i, end)]);
            let diag = ctx
                .diagnostic(
                    i,
                    end,
                    format!("invisible {name} (U+{:04X}) in the text", c as u32),
                )
                .with_fix(fix);
            ctx.report(diag);
        }
        return end;
    }
    // A no-break space between two ordinary lowercase words.
    if c == '\u{00A0}'
        && prev.is_some_and(|p| p.is_lowercase())
        && next.is_some_and(|n| n.is_lowercase())
        && !doc.is_excluded(i..i + 2)
    {
        let fix = Fix::safe("use a normal space", vec![Edit::replace(i, i + 2, " ")]);
        let diag = ctx
            .diagnostic(i, i + 2, "stray no-break space (U+00A0) between two words")
            .with_fix(fix);
        ctx.report(diag);
    }
    i + c.len_utf8()
}

/// Text not in NFC: report each word that changes under NFC.
fn report_words_not_in_nfc(doc: &Document, ctx: &mut Context) {
    for t in &doc.tokens {
        if t.kind() != TokenKind::Word {
            continue;
        }
        let w = doc.token_text(t);
        if w.is_ascii() || is_nfc_quick(w.chars()) == IsNormalized::Yes {
            continue;
        }
        let nfc: String = w.nfc().collect();
        if nfc != w {
            let span = t.span();
            let fix = Fix::safe(
                format!("compose the accents: “{nfc}”"),
                vec![Edit::replace(span.start(), span.end(), nfc.clone())],
            );
            let diag = ctx
                .diagnostic(
                    span.start(),
                    span.end(),
                    format!("“{nfc}” is written with combining accents (not NFC)"),
                )
                .with_fix(fix);
            ctx.report(diag);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Format, Settings, lint};

    fn rules(text: &str) -> Vec<String> {
        lint(text, Format::Plain, &Settings::default())
            .into_iter()
            .filter(|d| d.rule == "invisible-character")
            .map(|d| text[d.start()..d.end()].to_string())
            .collect()
    }

    #[test]
    fn finds_invisible_characters() {
        assert_eq!(rules("Wash\u{200B}ington is big.").len(), 1);
        assert_eq!(rules("\u{FEFF}A title\n\nText\u{FEFF} here.").len(), 1);
        assert_eq!(rules("He met Jose\u{301} on Monday.").len(), 1);
        assert_eq!(rules("the\u{00A0}minister said").len(), 1);
        assert!(rules("Mr.\u{00A0}Smith paid 10\u{00A0}km.").is_empty());
        assert!(rules("Emoji 👩\u{200D}💻 stays.").is_empty());
        assert!(rules("José met Zoë.").is_empty());
    }
}
