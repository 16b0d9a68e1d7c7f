//! The document model every rule reads: blocks, sentences and tokens with byte spans into
//! the text exactly as read.
//!
//! Flat vectors linked by index ranges keep the model cheap to build and easy to query:
//! a [`Block`] owns a range of [`Sentence`]s and a range of [`Token`]s, a sentence owns a
//! range of tokens. Spans are byte offsets (end exclusive) and always lie on char
//! boundaries. Text the rules must not look into (code, URLs, e-mail addresses, HTML,
//! front matter) never becomes a token and is listed in [`Document::excluded`].

mod markdown;
mod plain;
mod segment;

use std::ops::Range;

pub use crate::span::Span;

pub use plain::looks_like_heading;
pub use segment::is_abbreviation;

/// The input format of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Plain,
    Markdown,
}

impl Format {
    /// The format for a file name: Markdown for `.md`/`.markdown`, plain text otherwise.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else {
            Format::Plain
        }
    }
}

/// What kind of block a piece of the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// The article's title: front matter `title`, the first heading, or the first short line.
    Title,
    /// A heading with its level (1-6; plain-text headings are level 2).
    Heading(u8),
    Paragraph,
    ListItem,
    /// A table cell (Markdown).
    Cell,
}

impl BlockKind {
    pub fn is_heading(self) -> bool {
        matches!(self, BlockKind::Title | BlockKind::Heading(_))
    }
}

/// A block of text: a title, heading, paragraph, list item or table cell.
///
/// Offsets are stored as `u32` (the model addresses at most [`MAX_TEXT_LEN`] bytes) to
/// keep the model small on very large files; the accessors return `usize`.
#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    /// Inside a block quote.
    pub quoted: bool,
    start: u32,
    end: u32,
    line_start: u32,
    line_end: u32,
    tokens: (u32, u32),
    sentences: (u32, u32),
}

impl Block {
    /// Content span start: the first byte of text (markers such as `## ` or `- `
    /// excluded).
    pub fn start(&self) -> usize {
        self.start as usize
    }
    /// Content span end (exclusive): after the last byte of text.
    pub fn end(&self) -> usize {
        self.end as usize
    }
    /// Start of the block's first line.
    pub fn line_start(&self) -> usize {
        self.line_start as usize
    }
    /// End of the block's last line (before the line break).
    pub fn line_end(&self) -> usize {
        self.line_end as usize
    }
    /// The block's tokens, as indexes into [`Document::tokens`].
    pub fn tokens(&self) -> Range<usize> {
        self.tokens.0 as usize..self.tokens.1 as usize
    }
    /// The block's sentences, as indexes into [`Document::sentences`].
    pub fn sentences(&self) -> Range<usize> {
        self.sentences.0 as usize..self.sentences.1 as usize
    }
}

/// A sentence inside a block (16 bytes: offsets and indexes stored as `u32`; its block
/// is the one whose sentence range holds it).
#[derive(Debug, Clone)]
pub struct Sentence {
    span: Span,
    tokens: (u32, u32),
}

impl Sentence {
    pub(crate) fn new(start: usize, end: usize, tokens: Range<usize>) -> Sentence {
        Sentence {
            span: Span::new(start, end),
            tokens: (tokens.start as u32, tokens.end as u32),
        }
    }
    pub fn span(&self) -> Span {
        self.span
    }
    pub fn start(&self) -> usize {
        self.span.start()
    }
    pub fn end(&self) -> usize {
        self.span.end()
    }
    /// The sentence's tokens, as indexes into [`Document::tokens`].
    pub fn tokens(&self) -> Range<usize> {
        self.tokens.0 as usize..self.tokens.1 as usize
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (and digits mixed with letters), with inner apostrophes.
    Word,
    /// Digits, with inner `.`/`,` separators.
    Number,
    /// Any other single non-space character.
    Punct,
}

/// A token: a word, a number or one punctuation character.
///
/// Eight bytes, for a model that stays small on a 100 MB file: the end offset shares its
/// word with the kind and the glued flag, so offsets are limited to [`MAX_TEXT_LEN`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    /// End offset (exclusive) in the low 29 bits, kind in bits 29-30, glued in bit 31.
    packed: u32,
}

/// The longest text the model tokenizes (512 MiB); text beyond it is left unread, and
/// the command line refuses such files with a clear message.
pub const MAX_TEXT_LEN: usize = (1 << 29) - 1;

const END_MASK: u32 = (1 << 29) - 1;
const GLUED_BIT: u32 = 1 << 31;

impl Token {
    pub fn new(start: usize, end: usize, kind: TokenKind, glued: bool) -> Token {
        debug_assert!(start <= end && end <= MAX_TEXT_LEN);
        let kind_bits = match kind {
            TokenKind::Word => 0,
            TokenKind::Number => 1,
            TokenKind::Punct => 2,
        };
        Token {
            start: start as u32,
            packed: (end as u32 & END_MASK) | (kind_bits << 29) | if glued { GLUED_BIT } else { 0 },
        }
    }
    /// End offset (exclusive).
    pub fn end(&self) -> u32 {
        self.packed & END_MASK
    }
    pub fn kind(&self) -> TokenKind {
        match (self.packed >> 29) & 3 {
            0 => TokenKind::Word,
            1 => TokenKind::Number,
            _ => TokenKind::Punct,
        }
    }
    /// No whitespace (and no excluded text) between the previous token of the block and
    /// this one.
    pub fn glued(&self) -> bool {
        self.packed & GLUED_BIT != 0
    }
    pub(crate) fn set_glued(&mut self, glued: bool) {
        if glued {
            self.packed |= GLUED_BIT;
        } else {
            self.packed &= !GLUED_BIT;
        }
    }
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end() as usize
    }
    /// The token's bytes, as the one span type.
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end() as usize)
    }
    pub fn is_word(&self) -> bool {
        self.kind() == TokenKind::Word
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("start", &self.start)
            .field("end", &self.end())
            .field("kind", &self.kind())
            .field("glued", &self.glued())
            .finish()
    }
}

/// A parsed article.
#[derive(Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    pub format: Format,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// Spans no rule looks into, sorted.
    pub excluded: Vec<Range<usize>>,
    /// Byte offsets of line starts, built on first use.
    line_starts: std::sync::OnceLock<Vec<u32>>,
}

impl<'a> Document<'a> {
    pub fn parse(text: &'a str, format: Format) -> Document<'a> {
        let mut builder = Builder::new(text);
        match format {
            Format::Plain => plain::parse(text, &mut builder),
            Format::Markdown => markdown::parse(text, &mut builder),
        }
        builder.finish(format)
    }

    /// The 1-based line of byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        let starts = self.line_starts.get_or_init(|| {
            let mut v = vec![0];
            v.extend(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i as u32 + 1));
            v
        });
        starts.partition_point(|&s| s as usize <= offset)
    }

    pub fn token_text(&self, token: &Token) -> &'a str {
        &self.text[token.range()]
    }

    pub fn block_text(&self, block: &Block) -> &'a str {
        &self.text[block.start()..block.end()]
    }

    pub fn sentence_text(&self, sentence: &Sentence) -> &'a str {
        &self.text[sentence.start()..sentence.end()]
    }

    pub fn block_tokens(&self, block: &Block) -> &[Token] {
        &self.tokens[block.tokens()]
    }

    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        &self.tokens[sentence.tokens()]
    }

    pub fn block_sentences(&self, block: &Block) -> &[Sentence] {
        &self.sentences[block.sentences()]
    }

    /// Is any byte of `range` inside an excluded span?
    pub fn is_excluded(&self, range: Range<usize>) -> bool {
        let idx = self.excluded.partition_point(|r| r.end <= range.start);
        self.excluded
            .get(idx)
            .is_some_and(|r| r.start < range.end.max(range.start + 1))
    }

    /// The index of the block containing byte `offset`, if any.
    pub fn block_at(&self, offset: usize) -> Option<usize> {
        let idx = self.blocks.partition_point(|b| b.end() <= offset);
        self.blocks
            .get(idx)
            .filter(|b| b.start() <= offset)
            .map(|_| idx)
    }

    /// The byte range that removes block `idx` together with the line break(s) separating
    /// it from the previous block (or from the next one, for the first block), so that the
    /// article reads as if the block had never been there.
    pub fn block_removal(&self, idx: usize) -> Range<usize> {
        let block = &self.blocks[idx];
        if idx > 0 {
            let prev = &self.blocks[idx - 1];
            if prev.line_end() <= block.line_start() {
                return prev.line_end()..block.line_end();
            }
        }
        if let Some(next) = self.blocks.get(idx + 1)
            && block.line_end() <= next.line_start()
        {
            return block.line_start()..next.line_start();
        }
        // The only block: remove its lines and the line break after them.
        let mut end = block.line_end();
        let bytes = self.text.as_bytes();
        if bytes.get(end) == Some(&b'\r') {
            end += 1;
        }
        if bytes.get(end) == Some(&b'\n') {
            end += 1;
        }
        block.line_start()..end
    }
}

/// Collects blocks and tokenizes their text segments; shared by the plain-text and
/// Markdown front ends.
pub(crate) struct Builder<'a> {
    text: &'a str,
    blocks: Vec<Block>,
    sentences: Vec<Sentence>,
    tokens: Vec<Token>,
    excluded: Vec<Range<usize>>,
    /// The block under construction.
    open: Option<OpenBlock>,
}

struct OpenBlock {
    kind: BlockKind,
    quoted: bool,
    start: usize,
    end: usize,
    first_token: usize,
    /// End of the last segment (to know whether the next segment is glued to it).
    last_end: usize,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str) -> Builder<'a> {
        Builder {
            text,
            blocks: Vec::new(),
            sentences: Vec::new(),
            tokens: Vec::with_capacity(text.len() / 5),
            excluded: Vec::new(),
            open: None,
        }
    }

    pub(crate) fn exclude(&mut self, range: Range<usize>) {
        if range.start < range.end {
            self.excluded.push(range);
        }
    }

    pub(crate) fn begin_block(&mut self, kind: BlockKind, quoted: bool) {
        self.end_block();
        self.open = Some(OpenBlock {
            kind,
            quoted,
            start: usize::MAX,
            end: 0,
            first_token: self.tokens.len(),
            last_end: usize::MAX,
        });
    }

    /// Add a segment of the open block's text (opens a paragraph if none is open).
    pub(crate) fn segment(&mut self, mut range: Range<usize>) {
        if range.end > MAX_TEXT_LEN {
            // Beyond what a token can address: left unread (the command line refuses
            // such files before they get here).
            let mut end = MAX_TEXT_LEN;
            while !self.text.is_char_boundary(end) {
                end -= 1;
            }
            range.end = end;
        }
        if range.start >= range.end {
            return;
        }
        if self.open.is_none() {
            self.begin_block(BlockKind::Paragraph, false);
        }
        let open = self.open.as_mut().expect("block is open");
        let glued_to_previous = open.last_end == range.start;
        open.start = open.start.min(range.start);
        open.end = open.end.max(range.end);
        open.last_end = range.end;
        let first = self.tokens.len();
        segment::tokenize(self.text, range, &mut self.tokens, &mut self.excluded);
        if !glued_to_previous && let Some(t) = self.tokens.get_mut(first) {
            t.set_glued(false);
        }
    }

    pub(crate) fn end_block(&mut self) {
        let Some(open) = self.open.take() else {
            return;
        };
        let token_range = open.first_token..self.tokens.len();
        if open.start >= open.end || token_range.is_empty() {
            // Nothing rules can read (only excluded text): drop the block.
            self.tokens.truncate(open.first_token);
            return;
        }
        let (start, end) = trim_span(self.text, open.start, open.end);
        let line_start = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.text[end..]
            .find('\n')
            .map_or(self.text.len(), |i| end + i);
        let line_end = if line_end > end && self.text.as_bytes()[line_end - 1] == b'\r' {
            line_end - 1
        } else {
            line_end
        };
        let first_sentence = self.sentences.len();
        segment::split_sentences(
            self.text,
            &self.tokens,
            token_range.clone(),
            &mut self.sentences,
        );
        self.blocks.push(Block {
            kind: open.kind,
            quoted: open.quoted,
            start: start as u32,
            end: end as u32,
            line_start: line_start as u32,
            line_end: line_end as u32,
            tokens: (token_range.start as u32, token_range.end as u32),
            sentences: (first_sentence as u32, self.sentences.len() as u32),
        });
    }

    /// Make the first block the title when it is a paragraph that reads like a heading
    /// (one short line without a final full stop).
    pub(crate) fn promote_first_heading_like_paragraph(&mut self) {
        if let Some(first) = self.blocks.first_mut()
            && first.kind == BlockKind::Paragraph
            && !self.text[first.start()..first.end()].contains('\n')
            && plain::looks_like_heading(&self.text[first.start()..first.end()])
        {
            first.kind = BlockKind::Title;
        }
    }

    fn finish(mut self, format: Format) -> Document<'a> {
        self.end_block();
        self.excluded.sort_by_key(|r| (r.start, r.end));
        // Blocks come out in text order from both front ends, except front-matter titles,
        // which are first anyway.
        Document {
            text: self.text,
            format,
            blocks: self.blocks,
            sentences: self.sentences,
            tokens: self.tokens,
            excluded: self.excluded,
            line_starts: std::sync::OnceLock::new(),
        }
    }
}

fn trim_span(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let trimmed_start = s.len() - s.trim_start().len();
    start += trimmed_start;
    let s = &text[start..end];
    end = start + s.trim_end().len();
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_sentences_of_plain_text() {
        let text = "A Title Here\n\nThe U.S. Secretary met Mr. Smith on Jan. 11 at 3.5 p.m. in Washington. Then he left.\n";
        let doc = Document::parse(text, Format::Plain);
        assert_eq!(doc.blocks.len(), 2);
        assert_eq!(doc.blocks[0].kind, BlockKind::Title);
        assert_eq!(doc.blocks[1].kind, BlockKind::Paragraph);
        let sentences: Vec<&str> = doc
            .block_sentences(&doc.blocks[1])
            .iter()
            .map(|s| doc.sentence_text(s))
            .collect();
        assert_eq!(
            sentences,
            vec![
                "The U.S. Secretary met Mr. Smith on Jan. 11 at 3.5 p.m. in Washington.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn urls_and_emails_are_excluded() {
        let text = "Write to jane@example.org or see https://example.org/a_b?x=1 today.";
        let doc = Document::parse(text, Format::Plain);
        let words: Vec<&str> = doc.tokens.iter().map(|t| doc.token_text(t)).collect();
        assert_eq!(words, vec!["Write", "to", "or", "see", "today", "."]);
        assert_eq!(doc.excluded.len(), 2);
    }

    #[test]
    fn block_removal_takes_the_separator() {
        let text = "Title\n\nBody text.\n\nLeave a Reply\n";
        let doc = Document::parse(text, Format::Plain);
        let r = doc.block_removal(2);
        let mut out = text.to_string();
        out.replace_range(r, "");
        assert_eq!(out, "Title\n\nBody text.\n");
    }
}
