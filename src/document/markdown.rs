//! Markdown front end (CommonMark with tables, via pulldown-cmark's offset iterator).
//!
//! Code, HTML, images and front matter are excluded; front matter's `title` becomes the
//! title block.

use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use super::{BlockKind, Builder};

fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The span of the `title` value in a YAML (`title: …`) or TOML (`title = …`) front matter
/// held in `text[range]`.
fn front_matter_title(
    text: &str,
    range: std::ops::Range<usize>,
    kind: MetadataBlockKind,
) -> Option<(usize, usize)> {
    let mut pos = range.start;
    for line in text[range.clone()].split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        let trimmed = line.trim_end();
        let sep = match kind {
            MetadataBlockKind::YamlStyle => ':',
            MetadataBlockKind::PlusesStyle => '=',
        };
        let Some(rest) = trimmed.strip_prefix("title") else {
            continue;
        };
        let rest_trim = rest.trim_start();
        let Some(value) = rest_trim.strip_prefix(sep) else {
            continue;
        };
        let value_trimmed = value.trim();
        if value_trimmed.is_empty() {
            continue;
        }
        let offset_in_line = trimmed.len() - value.len() + (value.len() - value.trim_start().len());
        let mut start = line_start + offset_in_line;
        let mut end = start + value_trimmed.len();
        let bytes = text.as_bytes();
        if end - start >= 2 {
            let (q1, q2) = (bytes[start], bytes[end - 1]);
            if (q1 == b'"' || q1 == b'\'') && q1 == q2 {
                start += 1;
                end -= 1;
            }
        }
        return (start < end).then_some((start, end));
    }
    None
}

pub(crate) fn parse(text: &str, builder: &mut Builder<'_>) {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES;
    let mut quote_depth = 0usize;
    let mut skip_depth = 0usize; // inside code blocks, HTML blocks, images, metadata
    let mut metadata: Option<MetadataBlockKind> = None;
    let mut have_title = false;
    let mut seen_block = false;
    // Is the open block a list item that has not received text yet?
    let mut item_open = false;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(tag) => match tag {
                Tag::MetadataBlock(kind) => {
                    metadata = Some(kind);
                    skip_depth += 1;
                    builder.exclude(range);
                }
                Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::Image { .. } => {
                    skip_depth += 1;
                    builder.exclude(range);
                }
                Tag::BlockQuote(_) => quote_depth += 1,
                Tag::Heading { level, .. } => {
                    let kind = if !have_title && !seen_block && level == HeadingLevel::H1 {
                        have_title = true;
                        BlockKind::Title
                    } else {
                        BlockKind::Heading(level_number(level))
                    };
                    builder.begin_block(kind, quote_depth > 0);
                    seen_block = true;
                    item_open = false;
                }
                Tag::Item => {
                    builder.begin_block(BlockKind::ListItem, quote_depth > 0);
                    seen_block = true;
                    item_open = true;
                }
                Tag::Paragraph => {
                    if !item_open {
                        builder.begin_block(BlockKind::Paragraph, quote_depth > 0);
                    }
                    item_open = false;
                    seen_block = true;
                }
                Tag::TableCell => {
                    builder.begin_block(BlockKind::Cell, quote_depth > 0);
                    seen_block = true;
                    item_open = false;
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::MetadataBlock(_) => {
                    skip_depth = skip_depth.saturating_sub(1);
                    metadata = None;
                }
                TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::Image => {
                    skip_depth = skip_depth.saturating_sub(1);
                }
                TagEnd::BlockQuote(_) => quote_depth = quote_depth.saturating_sub(1),
                TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell => {
                    builder.end_block();
                    item_open = false;
                }
                _ => {}
            },
            Event::Text(_) => {
                if let Some(kind) = metadata {
                    if let Some((s, e)) = front_matter_title(text, range, kind) {
                        builder.begin_block(BlockKind::Title, false);
                        builder.segment(s..e);
                        builder.end_block();
                        have_title = true;
                    }
                } else if skip_depth == 0 {
                    item_open = false;
                    builder.segment(range);
                }
            }
            Event::Code(_)
            | Event::Html(_)
            | Event::InlineHtml(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::FootnoteReference(_) => builder.exclude(range),
            _ => {}
        }
    }
    builder.end_block();
    // A Markdown article without a marked-up title whose first block is a short line
    // without a final full stop reads as titled by that line.
    if !have_title {
        builder.promote_first_heading_like_paragraph();
    }
}

#[cfg(test)]
mod tests {
    use super::super::{BlockKind, Document, Format};

    #[test]
    fn markdown_blocks_and_exclusions() {
        let text = "---\ntitle: \"Japan and the US\"\ndate: 2023-01-11\n---\n\n# Japan and the US\n\nSome `code_here` and <b>html</b> text.\n\n- item one\n- item two\n\n```\nlet x = 1;\n```\n\n> A quoted paragraph.\n";
        let doc = Document::parse(text, Format::Markdown);
        let kinds: Vec<(BlockKind, &str)> = doc
            .blocks
            .iter()
            .map(|b| (b.kind, doc.block_text(b)))
            .collect();
        assert_eq!(kinds[0], (BlockKind::Title, "Japan and the US"));
        assert_eq!(kinds[1], (BlockKind::Heading(1), "Japan and the US"));
        assert_eq!(kinds[3], (BlockKind::ListItem, "item one"));
        assert_eq!(kinds[4], (BlockKind::ListItem, "item two"));
        assert!(doc.blocks[5].quoted);
        let words: Vec<&str> = doc
            .block_tokens(&doc.blocks[2])
            .iter()
            .map(|t| doc.token_text(t))
            .collect();
        assert_eq!(words, vec!["Some", "and", "html", "text", "."]);
        assert!(doc.tokens.iter().all(|t| doc.token_text(t) != "let"));
    }
}
