//! Plain-text front end: blocks are lines and runs of lines, headings are recognised the
//! way a reader does (a short line standing alone, without a final full stop).

use super::{BlockKind, Builder};

/// The byte length of a list marker at the start of `line` ("- ", "* ", "• ", "1. ",
/// "12) "), if any.
pub(crate) fn list_marker_len(line: &str) -> Option<usize> {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    for marker in ["- ", "* ", "• ", "+ ", "– "] {
        if trimmed.starts_with(marker) {
            return Some(indent + marker.len());
        }
    }
    let digits = trimmed.bytes().take_while(|b| b.is_ascii_digit()).count();
    if (1..=3).contains(&digits) {
        let rest = &trimmed[digits..];
        if rest.starts_with(". ") || rest.starts_with(") ") {
            return Some(indent + digits + 2);
        }
    }
    None
}

/// Does a line look like a heading, judged by its text alone?
pub fn looks_like_heading(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.len() > 150 {
        return false;
    }
    let words = line.split_whitespace().count();
    if words > 16 {
        return false;
    }
    if !line.chars().any(char::is_alphabetic) {
        return false;
    }
    let last = line.chars().last().unwrap_or('.');
    !matches!(last, '.' | ',' | ';' | ':' | '…')
}

fn ends_sentence(line: &str) -> bool {
    matches!(
        line.trim_end().chars().last(),
        Some('.' | '!' | '?' | ':' | ';' | '"' | '”' | ')' | '…' | '’' | '»')
    )
}

/// The offset of the first "<!--" in `bytes`: its '<' found with memchr (most segments
/// hold none, and a searcher set up per segment would cost more than the scan).
fn find_comment_open(bytes: &[u8]) -> Option<usize> {
    memchr::memchr_iter(b'<', bytes).find(|&i| bytes[i..].starts_with(b"<!--"))
}

/// Add a segment, leaving out HTML comments (suppression comments and notes), which are
/// excluded from every rule.
fn segment_without_comments(text: &str, builder: &mut Builder<'_>, range: std::ops::Range<usize>) {
    let mut from = range.start;
    while let Some(pos) = find_comment_open(&text.as_bytes()[from..range.end]) {
        let start = from + pos;
        let end = text[start..range.end]
            .find("-->")
            .map_or(range.end, |i| start + i + 3);
        builder.segment(from..start);
        builder.exclude(start..end);
        from = end;
    }
    builder.segment(from..range.end);
}

pub(crate) fn parse(text: &str, builder: &mut Builder<'_>) {
    // Collect lines as (start, end-without-newline).
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let mut end = pos + line.len();
        if line.ends_with('\n') {
            end -= 1;
            if end > pos && text.as_bytes()[end - 1] == b'\r' {
                end -= 1;
            }
        }
        lines.push((pos, end));
        pos += line.len();
    }
    let is_blank = |&(s, e): &(usize, usize)| text[s..e].trim().is_empty();
    let mut first_block = true;
    let mut i = 0;
    while i < lines.len() {
        if is_blank(&lines[i]) {
            i += 1;
            continue;
        }
        // A run of non-blank lines.
        let run_start = i;
        while i < lines.len() && !is_blank(&lines[i]) {
            i += 1;
        }
        let run = &lines[run_start..i];
        let single_line_run = run.len() == 1;
        let mut k = 0;
        while k < run.len() {
            let (s, e) = run[k];
            let line = &text[s..e];
            if let Some(marker) = list_marker_len(line) {
                builder.begin_block(BlockKind::ListItem, false);
                segment_without_comments(text, builder, s + marker..e);
                builder.end_block();
                first_block = false;
                k += 1;
                continue;
            }
            // Join hard-wrapped lines: a long line that does not end a sentence continues
            // into the next one (unless that is a list item).
            let mut last = k;
            while last + 1 < run.len() {
                let (ps, pe) = run[last];
                let prev = &text[ps..pe];
                let (ns, ne) = run[last + 1];
                if prev.trim_end().chars().count() >= 50
                    && !ends_sentence(prev)
                    && list_marker_len(&text[ns..ne]).is_none()
                {
                    last += 1;
                } else {
                    break;
                }
            }
            let kind = if single_line_run && looks_like_heading(line) {
                if first_block {
                    BlockKind::Title
                } else {
                    BlockKind::Heading(2)
                }
            } else {
                BlockKind::Paragraph
            };
            builder.begin_block(kind, false);
            segment_without_comments(text, builder, s..run[last].1);
            builder.end_block();
            first_block = false;
            k = last + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{BlockKind, Document, Format};

    #[test]
    fn headings_are_short_lines_standing_alone() {
        let text = "Japan and the US Meet\n\nThe ministers met on Wednesday.\n\nMeeting with Joe Biden\n\nThe talks went on. They ended.\nA photo caption line without period\n";
        let doc = Document::parse(text, Format::Plain);
        let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Title,
                BlockKind::Paragraph,
                BlockKind::Heading(2),
                BlockKind::Paragraph,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn list_items_and_wrapped_lines() {
        let text = "Intro\n\nThis paragraph was wrapped by an editor at a fixed width so it\ncontinues on the next line.\n- first item\n- second item\n";
        let doc = Document::parse(text, Format::Plain);
        assert_eq!(doc.blocks.len(), 4);
        assert_eq!(doc.blocks[1].kind, BlockKind::Paragraph);
        assert!(doc.block_text(&doc.blocks[1]).ends_with("next line."));
        assert_eq!(doc.blocks[2].kind, BlockKind::ListItem);
        assert_eq!(doc.block_text(&doc.blocks[3]), "second item");
    }
}
