//! Offset units: the analysis works in UTF-8 bytes; callers count in
//! characters (Unicode scalar values), UTF-8 bytes or UTF-16 code units.

use serde::{Deserialize, Serialize};

/// The unit in which a [`Document`](crate::Document) reports offsets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// Unicode scalar values: Python's `str` indices, Rust's `chars()`.
    #[default]
    Char,
    /// UTF-8 bytes: Rust's `str` indices.
    Utf8,
    /// UTF-16 code units: JavaScript's string indices.
    Utf16,
}

impl OffsetUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            OffsetUnit::Char => "char",
            OffsetUnit::Utf8 => "utf8",
            OffsetUnit::Utf16 => "utf16",
        }
    }

    fn width(self, c: char) -> usize {
        match self {
            OffsetUnit::Char => 1,
            OffsetUnit::Utf8 => c.len_utf8(),
            OffsetUnit::Utf16 => c.len_utf16(),
        }
    }
}

impl std::str::FromStr for OffsetUnit {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "char" => Ok(OffsetUnit::Char),
            "utf8" => Ok(OffsetUnit::Utf8),
            "utf16" => Ok(OffsetUnit::Utf16),
            other => Err(format!(
                "unknown offset unit {other:?}: use char, utf8 or utf16"
            )),
        }
    }
}

/// Converts byte offsets into another unit in one pass over the text.
///
/// All offsets that will be asked for are given up front; conversion then
/// costs O(n + k log k) for a text of n bytes and k offsets.
pub struct OffsetMap {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl OffsetMap {
    pub fn new(text: &str, unit: OffsetUnit, mut offsets: Vec<usize>) -> Self {
        // The offsets come mostly in runs already in order (spans in
        // document order), which the stable sort merges instead of
        // partitioning.
        offsets.sort();
        offsets.dedup();
        if unit == OffsetUnit::Utf8 {
            return OffsetMap {
                units: offsets.clone(),
                bytes: offsets,
            };
        }
        let mut units = Vec::with_capacity(offsets.len());
        let mut count = 0;
        let mut chars = text.char_indices().peekable();
        for &target in &offsets {
            while let Some(&(at, c)) = chars.peek() {
                if at >= target {
                    break;
                }
                count += unit.width(c);
                chars.next();
            }
            units.push(count);
        }
        OffsetMap {
            bytes: offsets,
            units,
        }
    }

    /// The offset, in the map's unit, of a byte offset given to [`OffsetMap::new`].
    pub fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            Err(_) => panic!("offset {byte} was not registered with the OffsetMap"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_each_unit() {
        let text = "a\u{e9}\u{1f600}b";
        let ends = vec![0, 1, 3, 7, 8];
        let chars = OffsetMap::new(text, OffsetUnit::Char, ends.clone());
        let utf16 = OffsetMap::new(text, OffsetUnit::Utf16, ends.clone());
        let utf8 = OffsetMap::new(text, OffsetUnit::Utf8, ends);
        assert_eq!([0, 1, 3, 7, 8].map(|b| chars.get(b)), [0, 1, 2, 3, 4]);
        assert_eq!([0, 1, 3, 7, 8].map(|b| utf16.get(b)), [0, 1, 2, 4, 5]);
        assert_eq!([0, 1, 3, 7, 8].map(|b| utf8.get(b)), [0, 1, 3, 7, 8]);
    }

    #[test]
    fn parses_names() {
        assert_eq!("utf16".parse::<OffsetUnit>(), Ok(OffsetUnit::Utf16));
        assert!("bytes".parse::<OffsetUnit>().is_err());
    }
}
