//! The known transliteration variants of names (`data/transliterations.txt`) as a static
//! table laid out by `build.rs`.

use crate::lexicon::keys::StaticMap;

include!(concat!(env!("OUT_DIR"), "/transliteration_tables.rs"));

/// The group of known transliteration variants a name belongs to ("Kiev" and "Kyiv"
/// share one), if any.
pub fn transliteration_group(name: &str) -> Option<usize> {
    TRANSLITERATIONS.get(name).map(|i| TRANSLITERATION_GROUP[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_share_a_group() {
        assert_eq!(transliteration_group("Kyiv"), transliteration_group("Kiev"));
        assert!(transliteration_group("Kyiv").is_some());
        assert_eq!(transliteration_group("Zzzzz"), None);
    }
}
