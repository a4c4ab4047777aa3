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

/// Converts byte offsets into another unit.
///
/// One pass over the text marks how many units precede every
/// [`STRIDE`]th byte; an offset is then its mark plus the units of at most
/// `STRIDE - 1` bytes. The marks take a sixteenth of the text's size, and
/// any offset can be asked for: the analysis's offsets need not be
/// gathered and sorted first (on a long text they were the biggest thing
/// in memory while its document was written).
pub struct OffsetMap<'t> {
    text: &'t [u8],
    unit: OffsetUnit,
    /// `marks[i]`: the units of `text[..i * STRIDE]`, with [`ASCII`] set
    /// when the whole stride after it is ASCII. Empty for UTF-8.
    marks: Vec<u32>,
}

/// A mark's flag: the [`STRIDE`] bytes after it are ASCII, one unit each,
/// so an offset among them is the mark plus its bytes, none counted. (A
/// count fits below it: the text is at most `MAX_TEXT_BYTES`, 64 MB.)
const ASCII: u32 = 1 << 31;

/// Bytes between two marks.
const STRIDE: usize = 64;

impl<'t> OffsetMap<'t> {
    pub fn new(text: &'t str, unit: OffsetUnit) -> Self {
        let text = text.as_bytes();
        let mut marks = Vec::new();
        if unit != OffsetUnit::Utf8 {
            marks.reserve(text.len() / STRIDE + 1);
            let mut count = 0usize;
            marks.push(0);
            for chunk in text.chunks_exact(STRIDE) {
                if chunk.is_ascii() {
                    *marks.last_mut().expect("a mark") |= ASCII;
                }
                count += units(unit, chunk);
                // The text is at most `MAX_TEXT_BYTES` (64 MB), so its
                // units fit.
                marks.push(count as u32);
            }
        }
        OffsetMap { text, unit, marks }
    }

    /// The offset, in the map's unit, of byte offset `byte` (the text's
    /// length for any offset past its end). A byte inside a character
    /// counts that character, as the units before the next one.
    pub fn get(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.unit == OffsetUnit::Utf8 {
            return byte;
        }
        let mark = byte / STRIDE;
        let (units_before, ascii) = (self.marks[mark] & !ASCII, self.marks[mark] & ASCII != 0);
        let bytes = &self.text[mark * STRIDE..byte];
        units_before as usize
            + if ascii {
                bytes.len()
            } else {
                units(self.unit, bytes)
            }
    }
}

/// The units of whole or cut characters that begin in `bytes`: one per
/// character, and in UTF-16 a second for each four-byte character (written
/// as two surrogates).
fn units(unit: OffsetUnit, bytes: &[u8]) -> usize {
    // A byte begins a character unless it is a continuation (0b10xx_xxxx).
    let starts = bytes.iter().filter(|&&b| (b as i8) >= -0x40).count();
    match unit {
        OffsetUnit::Utf16 => starts + bytes.iter().filter(|&&b| b >= 0xF0).count(),
        _ => starts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_each_unit() {
        let text = "a\u{e9}\u{1f600}b";
        let chars = OffsetMap::new(text, OffsetUnit::Char);
        let utf16 = OffsetMap::new(text, OffsetUnit::Utf16);
        let utf8 = OffsetMap::new(text, OffsetUnit::Utf8);
        assert_eq!([0, 1, 3, 7, 8].map(|b| chars.get(b)), [0, 1, 2, 3, 4]);
        assert_eq!([0, 1, 3, 7, 8].map(|b| utf16.get(b)), [0, 1, 2, 4, 5]);
        assert_eq!([0, 1, 3, 7, 8].map(|b| utf8.get(b)), [0, 1, 3, 7, 8]);
    }

    /// Every byte offset of a text that mixes one- to four-byte characters
    /// across many strides: the mark and the bytes after it count what
    /// counting every character from the start counts.
    #[test]
    fn agrees_with_counting_from_the_start() {
        let mixed = "Plain a\u{e9}\u{1f600}b \u{5c71}\u{200f}\u{5d0}\u{5d1} \u{2014} ".repeat(40);
        // Whole strides of ASCII between the others, and characters cut
        // at a stride's edges.
        let mut strides = String::new();
        for i in 0..120 {
            strides.push_str(&"plain words ".repeat(i % 13));
            strides.push(['\u{e9}', '\u{1f600}', '\u{2014}', 'x'][i % 4]);
        }
        for (text, unit) in [mixed, strides]
            .iter()
            .flat_map(|t| [OffsetUnit::Char, OffsetUnit::Utf8, OffsetUnit::Utf16].map(|u| (t, u)))
        {
            let map = OffsetMap::new(text, unit);
            for byte in 0..=text.len() + 3 {
                let expected: usize = text
                    .char_indices()
                    .take_while(|&(at, _)| at < byte)
                    .map(|(_, c)| match unit {
                        OffsetUnit::Char => 1,
                        OffsetUnit::Utf8 => c.len_utf8(),
                        OffsetUnit::Utf16 => c.len_utf16(),
                    })
                    .sum();
                let expected = if unit == OffsetUnit::Utf8 {
                    byte.min(text.len())
                } else {
                    expected
                };
                assert_eq!(map.get(byte), expected, "{unit:?} at {byte}");
            }
        }
    }

    #[test]
    fn parses_names() {
        assert_eq!("utf16".parse::<OffsetUnit>(), Ok(OffsetUnit::Utf16));
        assert!("bytes".parse::<OffsetUnit>().is_err());
    }
}
