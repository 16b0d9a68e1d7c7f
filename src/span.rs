//! [`Span`]: a byte range of the text, the one span type of the document model, the
//! diagnostics and the fixes.
//!
//! Offsets are stored as `u32` (texts are at most [`MAX_TEXT_LEN`] bytes, 512 MiB), so a
//! token, a sentence, a finding or an edit keeps its span in eight bytes; they are read as
//! `usize`, ready to index the text.

use std::ops::Range;

use crate::document::MAX_TEXT_LEN;

/// The bytes `start..end` of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    start: u32,
    end: u32,
}

impl Span {
    /// The span `start..end`; both at most [`MAX_TEXT_LEN`], `start <= end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end && end <= MAX_TEXT_LEN, "{start}..{end}");
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// An empty span at `at` (an insertion point).
    pub fn at(at: usize) -> Span {
        Span::new(at, at)
    }

    pub fn start(self) -> usize {
        self.start as usize
    }

    pub fn end(self) -> usize {
        self.end as usize
    }

    pub fn len(self) -> usize {
        self.end() - self.start()
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn range(self) -> Range<usize> {
        self.start()..self.end()
    }

    /// Do the two spans share a byte?
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Is `other` inside this span?
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The same span `by` bytes earlier.
    pub fn shifted_back(self, by: usize) -> Span {
        Span::new(self.start() - by, self.end() - by)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_back_what_it_stores() {
        let s = Span::new(3, 10);
        assert_eq!((s.start(), s.end(), s.len()), (3, 10, 7));
        assert_eq!(s.range(), 3..10);
        assert!(!s.is_empty() && Span::at(4).is_empty());
        assert_eq!(Span::from(2..5), Span::new(2, 5));
        assert_eq!(s.shifted_back(3), Span::new(0, 7));
    }

    #[test]
    fn overlap_and_containment() {
        let a = Span::new(0, 5);
        assert!(a.overlaps(Span::new(4, 6)));
        assert!(!a.overlaps(Span::new(5, 6)), "touching spans share no byte");
        assert!(a.contains(Span::new(1, 5)) && !a.contains(Span::new(1, 6)));
    }
}
